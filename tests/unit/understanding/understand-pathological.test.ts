import { describe, expect, it } from 'vitest';
import { understand } from '../../../shared/understanding/understand';

/*
 * Bounded time for the whole pipeline, not only trimming (trim-pathological.test.ts): the
 * reader's scope rules look across clauses and must not grow faster than the clauses do. Same
 * bound and CPU-time measure as there. Found this way: "Vin, dar nu pot, " × 1 MB took 130 s
 * (a cubic pass pairing every yes with every no, each re-reading every clause for days), and
 * "dacă a, " × 1 MB 944 ms (every condition re-reading the rest of its sentence), "a, B, " × 1 MB
 * 949 ms (every comma re-reading the sentence before it for a relation word; now 57 ms).
 */
const MB = 1 << 20;
const BOUND_MS = 1500;
const repeat = (unit: string, bytes = MB): string => unit.repeat(Math.ceil(bytes / unit.length));
const mail = (body: string, type = 'text/plain') =>
  Buffer.from(`From: a@b.ro\r\nTo: rsvp@x.ro\r\nSubject: Re: x\r\nMIME-Version: 1.0\r\nContent-Type: ${type}; charset=utf-8\r\n\r\n${body}\r\n`);

/** Distinct words sharing their first letter ("bxa bxb …"). */
const words = (first: string, count: number): string => Array.from({ length: count }, (_, i) => `${first}x${i.toString(36)}`).join(' ');
/** An Outlook-style iMIP REPLY: the body's text and a calendar COMMENT. */
const calendarMail = (body: string, comment: string): Buffer =>
  Buffer.from(
    [
      'From: a@b.ro', 'To: rsvp@x.ro', 'Subject: Accepted: x', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary="b1"', '',
      '--b1', 'Content-Type: text/plain; charset=utf-8', '', body, '',
      '--b1', 'Content-Type: text/calendar; charset=utf-8; method=REPLY', '',
      'BEGIN:VCALENDAR', 'METHOD:REPLY', 'BEGIN:VEVENT', 'UID:x1', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.ro', `COMMENT:${comment}`, 'END:VEVENT', 'END:VCALENDAR', '',
      '--b1--', '',
    ].join('\r\n'),
  );

const SHAPES: [string, () => Buffer, ('reply' | 'calendar')?][] = [
  ['1 MB of "daca a," clauses in one sentence', () => mail(repeat('daca a, '))],
  ['1 MB of "Vin, dar nu pot, " in one sentence', () => mail(repeat('Vin, dar nu pot, '))],
  ['1 MB of "if possible, I will come; otherwise not, "', () => mail(repeat('if possible, I will come; otherwise not, '))],
  ['1 MB of "my colleague, Ion Pop, will attend, "', () => mail(repeat('my colleague, Ion Pop, will attend, '))],
  ['1 MB of "Vin. Nu pot." sentences', () => mail(repeat('Vin. Nu pot. '))],
  // Form fields one a line (set 61), and a hoped-for way with its fallback.
  ['1 MB of form lines ("Participation: online\nIntervention: no\n")', () => mail(repeat('Participation: online\nIntervention Of The Day: no\n'))],
  ['1 MB of one long label-like line ("Ab Cd Ef Gh Ij ")', () => mail(`${repeat('Ab Cd Ef Gh Ij ')}: da`)],
  ['1 MB of "Sper sa vin, daca nu, intru, "', () => mail(repeat('Sper sa vin, daca nu, intru, '))],
  ['1 MB of "Nu știu dacă pot, poate, "', () => mail(repeat('Nu știu dacă pot, poate, '))],
  ['1 MB of "Vin pe 18, nu pot pe 23, "', () => mail(repeat('Vin pe 18, nu pot pe 23, '))],
  // Headcount (sets 44–46): lower-case words between a verb of arrival and "cu", numbers added online.
  ['1 MB of "Vin trec pe la voi joi, " with no companion', () => mail(`Particip. ${repeat('Vin trec pe la voi joi, ')}`)],
  ['1 MB of "2 persoane si 1 " with nothing online', () => mail(`Particip. ${repeat('2 persoane si 1 ')}`)],
  ['1 MB of numbers taken back ("am zis 2 persoane dar ")', () => mail(`Particip. ${repeat('am zis 2 persoane dar ')}`)],
  // Many phrases in one clause: blanking the others per phrase was cubic (5.5 s).
  ['1 MB of "Vom fi 2 persoane " in one clause', () => mail(`Particip. ${repeat('Vom fi 2 persoane ')}`)],
  ['1 MB of ", B" appositions in one sentence', () => mail(repeat('a, B, '))],
  ['1 MB of a list headed by the sender ("Vin: eu, Ana Pop Ilie Dan Vlad, ")', () => mail(`Vin: ${repeat('eu, Ana Pop Ilie Dan Vlad, ')}și Ion`)],
  ['1 MB of counted groups ("2 participants + 1 from ")', () => mail(repeat('Confirming 2 participants + 1 from '))],
  ['particip + 1 MB of spaces', () => mail(`particip${' '.repeat(MB)}`)],
  // A count then a padded tail: "pentru amândouă" looked for after every blank took minutes
  // (19k spaces, 120 s; 6k, 30 s). Not 1 MB: a body that long is read in part, and the blanks never reach it.
  ['a count + 6k spaces + a word ("Vin 3      …x")', () => mail(`Vin 3${' '.repeat(6_000)}x`)],
  ['a count + 20k spaces and tabs + a word', () => mail(`Vin 3${repeat(' \t', 20_000)}x`)],
  ['a count + 1 MB of " ." + a word', () => mail(`Vin 3${repeat(' .')}x`)],
  ['1 MB of named companions ("Vin împreună cu Ana Pop Ilie și cu Dan, ")', () => mail(`Vin împreună cu ${repeat('Ana Pop Ilie și cu Dan, ')}`)],
  ['1 MB of digit sums ("1+1 2+2 ")', () => mail(`Particip ${repeat('1+1 2+2 ')}`)],
  ['1 MB of coordinated reasons before a refusal ("la ora 11 am curs si a b si ")', () => mail(`${repeat('la ora 11 am curs si a b si ')}nu pot participa`)],
  ['1 MB of totals and colleagues online ("we are 2 people and our colleague Ana will follow online, ")', () => mail(repeat('we are 2 people and our colleague Ana will follow online, '))],
  ['1 MB of abbreviated titles in a list ("Vor participa dl. conf. dr. Ana Pop, ")', () => mail(repeat('Vor participa dl. conf. dr. Ana Pop, '))],
  ['1 MB of separate comers ("Vin, iar Ana vine, ")', () => mail(repeat('Vin, iar Ana vine, '))],
  // Sets 47–49: a question opened by "but" (each "but" looks ahead), a filler beside an unknown word.
  ['1 MB of "I can\'t, but who " in one question', () => mail(`${repeat("I can't, but who ")}?`)],
  ['"No, " + 1 MB of "bine " before a Romanian sentence', () => mail(`No, ${repeat('bine ')}. Vin și eu.`)],
  ['1 MB of role-then-name list items ("- eleva Ana Pop")', () => mail(`Vor participa:\n${repeat('- eleva Ana Pop\n')}`)],
  ['1 MB of names joined by "+" after an answer ("yes - Ana Pop + Dan + ")', () => mail(`yes - ${repeat('Ana Pop + Dan + ')}`)],
  ['1 MB of capitalised words in a list after an intro ("Vor participa Director Economic Ana, ")', () => mail(`Vor participa ${repeat('Director Economic Ana Pop SRL, ')}`)],
  ['a role-then-name list item of 1 MB ("- eleva a.b-a.b-…")', () => mail(`Vor participa:\n- Ion Pop\n- eleva ${repeat('a.b-')} Ana Pop`)],
  ['a list item of 1 MB of titles before no name ("- Prof. dr. dr. dr. … x")', () => mail(`Vor participa:\n- Ion Pop\n- Prof. ${repeat('dr. ')}x`)],
  ['1 MB of named comers ("Ana Pop will also Dan Ilie will also ")', () => mail(`Vin. ${repeat('Ana Pop Dan will also ')}come`)],
  ['1 MB of names brought ("I\'ll bring Ana Pop Dan Ilie ")', () => mail(`Yes. ${repeat("I'll bring Ana Pop Dan Ilie ")}wine`)],
  ['1 MB of names brought at a sentence start ("Bringing Ana Pop Dan. ")', () => mail(`Yes. ${repeat('Bringing Ana Pop Dan ')}wine`)],
  ['1 MB of "so will" comers ("and so will Ana Pop Dan ")', () => mail(`Yes. ${repeat('and so will Ana Pop Dan ')}wine`)],
  ['1 MB of a sender-headed list with roles in brackets ("myself, Ana Pop (Programs), ")', () => mail(`Yes: ${repeat('myself, Ana Pop (Programs), ')}and Ion`)],
  ['1 MB of few words asked for ("Pot sa spun doua vorbe? ")', () => mail(`Vin. ${repeat('Pot sa spun doua vorbe? ')}`)],
  ['1 MB of refusals to speak before a "but" in one question ("Nu voi prezenta, dar nu, ")', () => mail(`Vin. ${repeat('Nu voi prezenta, dar nu, ')}?`)],
  ['1 MB of auxiliaries before a negated phrase ("Ana won\'t won\'t … be able to come")', () => mail(`Ana ${repeat("won't ")}be able to come`)],
  ['a 1 MB word among mangled diacritics ("V? confirm?m aaaa…")', () => mail(`V? confirm?m ${'a'.repeat(MB)}?b`)],
  ['a line of 1 MB of spaces and tabs around a declaration ("( \\t … Răspuns automat \\t … x")', () => mail(`Vin.\n(${repeat(' \t')}Răspuns automat${repeat(' \t')}x`)],
  ['1 MB of a word after a delegate sent by title ("we will send Mr. aaaa…", then "(venim de la aaaa…")', () => mail(`We cannot attend; we will send Mr. ${'a'.repeat(MB)}'s x. Ora e devreme (venim de la ${'b'.repeat(MB)}.`)],
  ['1 MB of a hybrid room split by format without its last format ("Eu fizic, Ana, Ana, …")', () => mail(`Da, vin. ${repeat('Eu fizic, Ana, Ana, Ana si Dan ')}`)],
  // A calendar comment compared with the body word by word, letters lost allowed: only for a comment of a few lines (46 s).
  ['a 300 KB calendar comment against a 300 KB body of distinct words', () => calendarMail(words('b', 30_000), words('a', 30_000)), 'calendar'],
  ['40k nested coloured spans under "see my answers below"', () => mail(`<p>See my answers below.</p>${'<span style="color:red">a '.repeat(40_000)}${'</span>'.repeat(40_000)}`, 'text/html')],
];

describe('understand: bounded time on pathological input', () => {
  it.each(SHAPES)('%s', async (_name, make, kind) => {
    const raw = make();
    const before = process.cpuUsage();
    const u = await understand(raw);
    const spent = process.cpuUsage(before);
    expect((spent.user + spent.system) / 1000).toBeLessThan(BOUND_MS);
    expect(u.kind).toBe(kind ?? 'reply');
  });
});
