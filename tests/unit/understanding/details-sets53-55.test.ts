import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 53–55): counted both, a plus sign, help that is not company', () => {
  it.each([
    ["Just to confirm that I'm travelling with Sanne, so you can count us both (she may have written you already).", 2],
    ['Please include us both.', 2],
    ["Sounds good, I'll join + my colleague Lina.", 2],
    ["I'll come + a colleague from finance.", 2],
    // Negatives: a plus sign between others, help from a colleague who does not come, no number.
    ["I'll come. I asked my colleague + my boss, they can't.", 1],
    ['I will join from Kaunas. No problem if so, I will manage with a colleague translating in the chat.', 1],
    ['Count us in!', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 53–55): a wish after a clause, the floor given, presenting on the day, listening mostly', () => {
  it.each([
    ['Am dori, dacă programul permite, să facem o scurtă intervenție (5-10 min) despre serviciile EEN.', true],
    ['Vă confirm că voi fi prezent. De aceea v-aș ruga, dacă se poate, să îmi dați cuvântul în prima parte.', true],
    ['Am câteva observații legate de bugetul acțiunii 2 — le prezint miercuri, mă conectez sigur.', true],
    ['Confirming my attendance. If there is a slot, I would also present briefly (5-7 min) our support scheme.', true],
    ['I will attend. Also I would like to give short comment about our experience with creative vouchers, maybe 5 min if it is possible.', true],
    ['Count me in. If useful I can take 5 minutes to say how we ran the creative vouchers in Friesland.', true],
    ['Voi fi prezentă ca participant, fără o prezentare sau intervenție din partea noastră.', false],
    ['Da, ma conectez, dar de pe telefon, sunt pe teren. Nu prea o sa pot vorbi.', false],
    ['I confirm I will attend online. I will mostly listen this time.', false],
    // Negatives: presented to someone else, the wish denied, a way explained, a comment written, a presentation asked about.
    ['Le prezint luni conducerii și revin.', null],
    ['Nu e cazul să facem o scurtă prezentare.', false],
    ['Vin. Am văzut că trebuie să facem o scurtă prezentare a firmei?', null],
    ["I'll come. It takes 5 minutes to explain how to get there.", null],
    ['I would like to give a short comment on the draft: action 2 is too vague.', null],
    ['I will attend. I would present it briefly to my board first.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
