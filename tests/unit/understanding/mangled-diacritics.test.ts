import { describe, expect, it } from 'vitest';
import { repairMangledDiacritics } from '../../../shared/understanding/mangled-diacritics';
import { understand } from '../../../shared/understanding/understand';

describe('diacritics an old webmail turned into "?"', () => {
  it('are put back for reading, from the words the tables know (set 38)', () => {
    expect(repairMangledDiacritics('V? confirm?m participarea. Vom fi dou? persoane, asocia?iei.')).toBe('Va confirmam participarea. Vom fi doua persoane, asociatiei.');
  });

  it('leave real questions alone: a "?" ending a word before a new line, a capital or the end', () => {
    expect(repairMangledDiacritics('Mul?umesc pentru invita?ie. Pot veni cu un coleg?\nDa?')).toBe('Multumesc pentru invitatie. Pot veni cu un coleg?\nDa?');
    // One "?" inside a word is no pattern: the text is read as written.
    expect(repairMangledDiacritics('Pot veni? Mul?umesc')).toBe('Pot veni? Mul?umesc');
  });

  it('count a mark ending a word the sentence goes on after, or opening a word, with those inside words (h534_056, h534_067)', () => {
    expect(repairMangledDiacritics('Confirm. A? vrea 5 minute pentru comentarii la ac?iunea 1.')).toBe('Confirm. As vrea 5 minute pentru comentarii la actiunea 1.');
    expect(repairMangledDiacritics('Confirmăm trei reprezentan?i: dl Nicolae Pavel - ?ef serviciu.')).toBe('Confirmăm trei reprezentanti: dl Nicolae Pavel - sef serviciu.');
    // A link's "?" has no space before it, a question's no lower-case word after it: alone, neither is a pattern.
    expect(repairMangledDiacritics('Intru pe https://zoom.us/j/861?pwd=abc. Vin? Da')).toBe('Intru pe https://zoom.us/j/861?pwd=abc. Vin? Da');
  });

  it('read a lone "?i" as "și", the commonest word, even with no other mark inside a word (h380_005)', () => {
    expect(repairMangledDiacritics('Elena Rusu ?i Cristian Neagu vor participa.')).toBe('Elena Rusu si Cristian Neagu vor participa.');
    // Not "ai", which the tables know too and would be tried first.
    expect(repairMangledDiacritics('Vom fi dou? persoane, eu ?i colega.')).toBe('Vom fi doua persoane, eu si colega.');
  });

  it('read " ? " before a lower-case word as the dash a code page lost, not a question (h391_038)', async () => {
    expect(repairMangledDiacritics('în calitate de observatori ? nu vom avea intervenții.')).toBe('în calitate de observatori – nu vom avea intervenții.');
    // A question's own mark: no space before it, or a capital after it.
    expect(repairMangledDiacritics('Pot veni cu un coleg? Mulțumesc')).toBe('Pot veni cu un coleg? Mulțumesc');
    expect(repairMangledDiacritics('Vine ? Nu știu')).toBe('Vine ? Nu știu');
    const raw = Buffer.from('From: a@b.ro\r\nTo: rsvp@x.ro\r\nSubject: Re: Invitatie\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBună ziua, ADR Vest va participa cu două persoane (Oana Vasilescu și Mircea Dobre), în calitate de observatori ? nu vom avea intervenții.\r\n');
    expect(await understand(raw)).toMatchObject({ kind: 'reply', intent: 'yes', headcount: 2, speaker: false });
  });

  it('turn a garbled confirmation into the answer it is, the reply text untouched', async () => {
    const raw = Buffer.from('From: a@b.ro\r\nTo: rsvp@x.ro\r\nSubject: Re: Invitatie\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nV? confirm?m participarea. Vom fi dou? persoane: subsemnata ?i domnul Vasiu, pre?edintele asocia?iei.\r\n');
    const u = await understand(raw);
    expect(u).toMatchObject({ kind: 'reply', intent: 'yes', headcount: 2 });
    expect(u.text).toContain('V? confirm?m');
  });
});
