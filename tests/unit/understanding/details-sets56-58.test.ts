import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 56–58): a partner closed by where they connect from, a lone count, one more wishing to come', () => {
  it.each([
    ['Hey, suntem pe listă! Ne conectăm eu și Raluca de pe același laptop 🙂', 2],
    ['Ok, venim. Doi.\n\nTudor', 2],
    ['We will attend. Three.', 3],
    ["I'm happy to confirm that I will join.\n\nAlso my colleague Milica Jovanović from the Novi Sad 2022 Foundation would like to attend, so I forwarded her the link.", 2],
    ['I will join. My colleague Ana Pop from the city office would also like to attend.', 2],
    // Negatives: a lone number after a singular answer, a colleague who only asked, an organisation after "eu și".
    ['Vin. Doi.', 1],
    ['I will join. Also my colleague asked whether she could attend.', 1],
    ['Particip eu și Primăria de pe Zoom.', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 56–58): the conditional offer, leave asked to intervene, listening only', () => {
  it.each([
    ['Dacă organizatorii sunt de acord, am avea o scurtă prezentare (max. 10 min) despre apelurile POR.', true],
    ['Confirm, mă conectez. Aș avea și eu câteva comentarii despre acțiunea 2, dacă se poate să intervin.', true],
    ['Cu siguranță voi fi prezent pe Zoom miercuri. Aș dori, dacă se poate, să intervin și eu cu câteva comentarii în secțiunea dedicată stakeholderilor.', true],
    ['Buna ziua, confirm si eu. Ma conectez de la birou. Nu am ceva de prezentat, ascult doar.', false],
    ['Confirm, vin. Nu am avea o prezentare de data asta.', false],
    // Negatives: no need to intervene said, listening to others before deciding, a question about a presentation.
    ['Confirm, vin. Nu cred că e nevoie să intervin cu comentarii.', null],
    ['Vin. Ascult doar ce spun colegii, apoi decid.', null],
    ['Vin. Aș avea o întrebare despre prezentare.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
