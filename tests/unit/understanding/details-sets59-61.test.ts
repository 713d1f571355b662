import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 59–61): a junior after a word on the office, plural roles named, a colleague by format, the sender closing a count', () => {
  it.each([
    ['Codeweave will be there on Jan 20 - myself and our CSR intern, Bogdan Tănase.', 2],
    ['I am happy to confirm that I will attend, together with our programme coordinators Andrei Toma and Bianca Roth.', 3],
    ['Eu voi participa fizic, iar colegul meu Vlad Iordache online (este plecat din oras).', 2],
    ['Eu voi participa fizic, iar colegul meu online.', 2],
    ['Da, vom participa: doi colegi online și eu fizic.', 3],
    ['Vin doi colegi și eu.', 3],
    // Negatives: a count already holding the names, a place or an office after a plural role, a day before a format,
    // a colleague who cannot, the sender's own clause after the count.
    ["I'll attend together with my two colleagues Ana Pop and Dan Ilie.", 3],
    ['I will attend, together with our colleagues in Novi Sad.', 1],
    ['I will attend, together with our partners from Rijeka Tourist Board.', 1],
    ["I'll join online, and Friday online is fine.", 1],
    ['Eu voi participa fizic, iar colegul meu nu poate nici online.', 1],
    ['Particip online, iar Primăria fizic.', 1],
    ['Vor participa doi colegi, și eu, din păcate, nu pot.', 2],
    ['Vom participa doi colegi și eu voi trimite materialele.', 2],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 59–61): a request that stands, the conditional slot, minutes taken or offered, comments on an action', () => {
  it.each([
    ['Vine și Ilinca Tudose, deci suntem 2. Rămâne valabilă rugămintea cu cele 5 minute, dacă se poate.', true],
    ['Vom fi doi: eu și Larisa Pârvu. Aș folosi cele 5 minute ca să vă spun ce am învățat din microgranturi.', true],
    ['Confirm participarea. Aș avea câteva comentarii la acțiunea 2, pe care le-aș prezenta în cele 5 minute alocate.', true],
    ['Vor fi conectați subsemnata și domnul Marius Boldea, director, care va susține și o scurtă intervenție.', true],
    ["Yes!! This time we're in - me and my colleague Dana. I'd love to take 5 minutes in the comments slot to pitch a small idea.", true],
    ["I'll join the Zoom on Wednesday. Happy to share 2-3 minutes on how the SME voucher pilot went, if that's useful.", true],
    ["Yes - and I'd like to comment on action 1 (the mentoring scheme), if there's still a slot for me.", true],
    ['Voi fi prezent pe Zoom, dar nu voi lua cuvântul – prefer să vă trimit comentariile în scris, e mai eficient decât 5 minute de intervenție.', false],
    // Negatives: a request taken back, a request no longer standing, comments in writing, a colleague alone speaking without the sender's party.
    ['Vin. Renunț la rugămintea cu cele 5 minute.', null],
    ['Vin. Rugămintea cu cele 5 minute nu mai e valabilă.', null],
    ["I'd like to comment on action 1 in writing after the meeting.", false],
    ['Confirm. Domnul Pop va susține și o scurtă intervenție.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
