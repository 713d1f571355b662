import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEvent } from '../../../shared/events/check-event';
import { findWeekdayDates } from '../../../shared/events/find-weekday-dates';
import event2020 from '../../../events/lll-2020-01.json';
import event2021 from '../../../events/lll-2021-01.json';

const seed = (prefix: string) => {
  const dir = new URL('file:///work/shared/seeds/');
  const name = ['000_f2aa77d4bc126224.txt', '002_28373ce532c7dd19.txt'].find((n) => n.startsWith(prefix))!;
  return { source: `seeds/${name}`, text: readFileSync(new URL(name, dir), 'utf8') };
};
const around = new Date('2020-01-20T10:00:00+02:00');

describe('findWeekdayDates', () => {
  it('reads Romanian and English forms, with or without diacritics', () => {
    const found = findWeekdayDates('miercuri, 17.01.2021 · Marţi 12/01/21 · marti 12.01.2021 · luni, 20 ianuarie 2020 · Wednesday, January 15th, 2020 · Sun 2021-01-17 · sâmbătă, 18 ian.', around);
    expect(found.map((f) => [f.snippet, f.weekday, f.year, f.month, f.day, f.yearWritten])).toEqual([
      ['miercuri, 17.01.2021', 3, 2021, 1, 17, true],
      ['Marţi 12/01/21', 2, 2021, 1, 12, true],
      ['marti 12.01.2021', 2, 2021, 1, 12, true],
      ['luni, 20 ianuarie 2020', 1, 2020, 1, 20, true],
      ['Wednesday, January 15th, 2020', 3, 2020, 1, 15, true],
      ['Sun 2021-01-17', 7, 2021, 1, 17, true],
      ['sâmbătă, 18 ian.', 6, 2020, 1, 18, false],
    ]);
  });

  it('ignores dates without a weekday and weekday-like words inside others', () => {
    expect(findWeekdayDates('01.08.2021- 31.07.2022, organizate în 30 septembrie 2019; lunile 12.01.2021', around)).toEqual([]);
  });
});

describe('checkEvent', () => {
  it('passes the seed events as they are', () => {
    expect(checkEvent(event2020, { file: 'events/lll-2020-01.json' }).problems).toEqual([]);
    expect(checkEvent(event2021, { file: 'events/lll-2021-01.json' }).problems).toEqual([]);
  });

  it('catches the online invitation: "miercuri, 17.01.2021" was a Sunday, "vineri, 12.01.2021" a Tuesday', () => {
    const { problems } = checkEvent(event2021, { texts: [seed('000')] });
    expect(problems).toEqual([
      'seeds/000_f2aa77d4bc126224.txt line 7: "miercuri, 17.01.2021": 17.01.2021 is a Sunday (duminică), not a Wednesday (miercuri) — it is the event day',
      'seeds/000_f2aa77d4bc126224.txt line 19: "vineri, 12.01.2021": 12.01.2021 is a Tuesday (marți), not a Friday (vineri) — it is the RSVP deadline',
    ]);
  });

  it('finds the 2020 invitation consistent ("luni, 20 ianuarie 2020", "miercuri, 15.01.2020")', () => {
    expect(checkEvent(event2020, { texts: [seed('002')] }).problems).toEqual([]);
  });

  it('checks free-text fields of the event itself, in both languages', () => {
    const data = {
      ...event2020,
      description: { ro: 'Ne vedem vineri, 20 ianuarie 2020.', en: 'See you on Friday, 20 January 2020.' },
      location: { place: { ...event2020.location.place, notes: { ro: 'Intrarea din spate, joi 31.02.2020' } } },
    };
    expect(checkEvent(data).problems).toEqual([
      'description.ro: "vineri, 20 ianuarie 2020": 20.01.2020 is a Monday (luni), not a Friday (vineri) — it is the event day',
      'description.en: "Friday, 20 January 2020": 20.01.2020 is a Monday (luni), not a Friday (vineri) — it is the event day',
      'location.place.notes.ro: "joi 31.02.2020": there is no such date as 31.02.2020',
    ]);
  });

  it('wants the deadline before the start, offsets of the zone, and the agenda inside the event', () => {
    const data = {
      ...event2021,
      rsvpDeadline: '2021-01-17',
      startsAt: '2021-07-17T11:00:00+02:00',
      endsAt: '2021-07-17T13:30:00+02:00',
    };
    expect(checkEvent(data).problems).toEqual([
      'startsAt: 2021-07-17T11:00:00+02:00 has offset +02:00 but Europe/Bucharest is at +03:00 on that date, so it means 12:00 local time',
      'endsAt: 2021-07-17T13:30:00+02:00 has offset +02:00 but Europe/Bucharest is at +03:00 on that date, so it means 14:30 local time',
      "agenda[0]: 11:00–11:05 is outside the event's 12:00–14:30",
      "agenda[1]: 11:05–11:10 is outside the event's 12:00–14:30",
      "agenda[2]: 11:10–13:20 is outside the event's 12:00–14:30",
    ]);
    expect(checkEvent({ ...event2021, rsvpDeadline: '2021-01-17' }).problems).toEqual(['rsvpDeadline: 2021-01-17 (Sunday, 17 January 2021) is not before the start 2021-01-17T11:00:00+02:00']);
  });

  it('reports schema problems one per line: unknown zone, a link that is not a URL, a wrong file name', () => {
    const bad = { ...event2021, timeZone: 'Europe/Timisoara', location: { online: { platform: 'Zoom', url: 'zoom meeting 861 6449 1694' } } };
    expect(checkEvent(bad).problems).toEqual(['timeZone: is not an IANA time zone', 'location.online.url: Invalid URL']);
    expect(checkEvent(event2021, { file: 'events/other.json' }).problems).toEqual(['id: "lll-2021-01" does not match the file name "other.json"']);
  });
});
