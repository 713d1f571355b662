import { describe, expect, it } from 'vitest';
import { quotedStartHours } from '../../../shared/understanding/quoted-topic';

const reply = 'Nu pot la ora 11.';
/** A reply above its quoted invitation, long enough to be one. */
const mail = (invitation: string): string => `${reply}\n\nPe 5 ian. 2021 la 14:32, Lavinia Simion a scris:\n\n> ${invitation}\n> ${'Vă rugăm să confirmați participarea. '.repeat(8)}`;

describe('quotedStartHours', () => {
  it('reads the hour the quoted invitation says the meeting starts at', () => {
    expect(quotedStartHours(mail('Discuția va avea loc miercuri, 17.01.2021, începând cu ora 11 pe platforma Zoom.'), reply)).toEqual([11]);
    expect(quotedStartHours(mail('luni, 20 ianuarie 2020, începând cu ora 10,00, în Spațiul Expozițional'), reply)).toEqual([10]);
    expect(quotedStartHours(mail('The lab starts at 11:00 on Zoom.'), reply)).toEqual([11]);
  });

  it('takes "începe la ora" as a start, not another hour of the programme nor the quote header\'s time', () => {
    expect(quotedStartHours(mail('Atelierul începe la ora 10. Prânz de la ora 13.'), reply)).toEqual([10]);
  });

  it('reads nothing without a quote long enough to be the invitation', () => {
    expect(quotedStartHours(`${reply}\n\n> începând cu ora 11`, reply)).toEqual([]);
    expect(quotedStartHours(null, reply)).toEqual([]);
  });
});
