import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 93–95): "eu + o colegă", an unnamed colleague named between commas, a visiting colleague', () => {
  it.each([
    ['Confirm, vin eu + o colega', 2],
    ['Count me in. A colleague, Femke Bakker, will also join from our office.', 2],
    ["I'll be there with a visiting Erasmus colleague from Szeged, Dr. Péter Tóth.", 2],
    // Negatives: a colleague who only forwarded, a visiting colleague spoken of, not brought.
    ['Vin eu. O colegă mi-a trimis invitația.', 1],
    ["I'll be there. A colleague sent me the invitation.", 1],
    ["I'll be there. We had a visiting colleague from Szeged last week.", 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 93–95): a word between the wish and the verb, glad to present, "o să vorbească", coming to listen', () => {
  it.each([
    ['Venim 4. Am vrea și noi să prezentăm bunele practici.', true],
    ['Confirm participarea. Aș dori de asemenea să intervin în secțiunea de comentarii.', true],
    ['Participăm 2 persoane; aș prezenta eu câteva minute despre remanufacturarea cartușelor.', true],
    ['Vom participa 3 persoane. Ne-am bucura să prezentăm pe scurt un proiect.', true],
    ['Venim sigur, eu și colega Oana. Oana o să vorbească.', true],
    ['Count me in. We would be glad to share a short example from the volunteer programme.', true],
    ['Va confirm participarea mea. Vin ca sa ascult, nu am pregatit nimic de prezentat.', false],
    // Negatives: a wish to attend, glad to attend, someone unrelated speaking, a wish with no verb of speaking.
    ['Am vrea și noi să participăm.', null],
    ['M-aș bucura să particip.', null],
    ['Vin. Primarul o să vorbească la deschidere, am citit în program.', null],
    ['Count me in. Happy to share the slides afterwards.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
