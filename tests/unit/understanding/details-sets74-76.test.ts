import { describe, expect, it } from 'vitest';
import { asYes } from './details-as-yes';

describe('headcount (sets 74–76): the link passed to one "who will attend too", an executive along', () => {
  it.each([
    ['Confirm participarea mea. Vă rog să trimiteți linkul și colegei mele, conf. dr. Adina Pop (adina.pop@e-uvt.ro), care va participa și ea.', 2],
    ['Confirm participarea. Trimiteți linkul și colegei mele Ana, care va participa și ea.', 2],
    ["I'll be there on Friday the 17th together with our CTO, Bogdan. We'd love to present.", 2],
    ['I will attend, accompanied by our curator.', 2],
    // Negatives: the one counted once, whom the sender spoke with, a link passed on to no one coming.
    ['Vin cu colega mea Ana, care va participa și ea la sesiune.', 2],
    ["I'll attend; I discussed it with our CEO, who agrees.", 1],
    ['Confirm participarea. Am trimis linkul și colegei mele, care nu poate veni.', 1],
    ['Vin. Am vorbit cu colega mea, care va participa la alt atelier.', 1],
  ])('%s → %s', (text, headcount) => {
    expect(asYes(text).headcount).toBe(headcount);
  });
});

describe('speaker (sets 74–76): the 5 minutes signed up for, an offer asking only its length, listening mostly, "nu prezint"', () => {
  it.each([
    ['Ne conectăm eu și Paula. Aș avea niște comentarii, așa că mă înscriu și eu la cele 5 minute.', true],
    ["I'll join the Zoom on the 17th and would be happy to say a few words on how we piloted the vouchers - would 5 minutes work?", true],
    ['Nu am nimic impotriva, particip. Nu cred ca voi avea interventii, mai mult ascult.', false],
    ['Da, vin. Nu prezint.', false],
    ['Da, vin, nu prezentăm de data asta.', false],
    // Negatives: the 5 minutes turned down, a question that only asks, a length asked with nothing offered, "nu prezint interes".
    ['Vin, dar nu mă înscriu la cele 5 minute.', false],
    ['Would you like me to say a few words - would 5 minutes work?', null],
    ["I'll join. Is 5 minutes enough for each partner?", null],
    ['Vin. Subiectul nu prezintă interes pentru noi, dar ascult.', null],
    ['Particip. Nu mai mult de o oră, apoi plec.', null],
  ])('%s → %s', (text, speaker) => {
    expect(asYes(text).speaker).toBe(speaker);
  });
});
