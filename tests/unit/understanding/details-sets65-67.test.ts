import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('speaker (sets 65–67): an invitation that asks for a short case', () => {
  it.each([
    ['Vă confirm participarea. Aș prezenta cu plăcere un caz scurt: cum am mutat arhiva asociației în cloud.', true],
    ['Dacă mai e loc, am prezenta și noi un mini-caz despre platforma de crowdfunding.', true],
    ['Sigur că vin :) Pot să vă povestesc 3 minute despre aplicația pe care am făcut-o cu voluntarii.', true],
    ["I'd love to join, and yes, I can do a short case on how we moved our library lending to a digital system.", true],
    ['Please register me. We are mainly interested in hearing what the NGOs need, so no case study from our side.', false],
    ['Confirm prezența mea. Referitor la studiul de caz, preferăm să participăm ca auditori.', false],
    // Negatives: a case declined, someone else's case, a story told elsewhere, listening as the sender's own role.
    ['Vin, dar nu pot să vă povestesc 3 minute, nu am pregătit nimic.', false],
    ["I can't do a short case this time, but I'll attend.", null],
    ['Vin. Colega mea a prezentat un caz data trecută.', null],
    ['Particip doar ca ascultător.', false],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});

describe('headcount: a names list after a verb that opens the sentence (re-read)', () => {
  it.each([
    ['Vin Oana, Cristi și Larisa.', 3],
    ['Din partea echipei vin Oana, Cristi și Larisa.', 3],
    // Negatives: one name is no list; names in a sentence of their own without a verb of coming.
    ['Vin Ana.', 1],
    ['Vin eu. Am vorbit cu Ana și Dan ieri.', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});
