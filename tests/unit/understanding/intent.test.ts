import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../../shared/understanding/intent';
import type { Intent } from '../../../shared/understanding/types';

const cases: [string, Intent][] = [
  // From the issue, Romanian
  ['Vă confirm că nu voi putea participa.', 'no'],
  ['Nu am nimic împotrivă, particip.', 'yes'],
  ['Confirm participarea, dar nu voi lua cuvântul.', 'yes'],
  ['Din păcate nu pot ajunge.', 'no'],
  ['Nu voi putea fi prezent.', 'no'],
  ['Particip cu plăcere!', 'yes'],
  ['Voi fi prezent.', 'yes'],
  ['Vom participa.', 'yes'],
  ['Da, vin.', 'yes'],
  ['Ok, confirm.', 'yes'],
  ['Încă nu știu sigur, vă anunț.', 'maybe'],
  ['Probabil.', 'maybe'],
  ['Posibil să ajung.', 'maybe'],
  ['Voi încerca să ajung.', 'maybe'],
  ['Se poate participa și online?', 'unknown'],
  ['Unde va avea loc?', 'unknown'],
  ['Nu confirm.', 'no'],
  ['Confirm că voi participa.', 'yes'],
  ['Confirm că NU voi participa.', 'no'],
  // Without diacritics, with cedillas
  ['Va confirm participarea. Multumesc!', 'yes'],
  ['Din pacate nu pot participa, sunt plecat.', 'no'],
  ['Vă mulţumesc pentru invitaţie. Particip.', 'yes'],
  ['Nu voi putea fi prezentă, îmi pare rău.', 'no'],
  // English, from the issue
  ['Count me in!', 'yes'],
  ["I'll be there.", 'yes'],
  ['I’ll be there.', 'yes'],
  ['I will attend.', 'yes'],
  ['Happy to join.', 'yes'],
  ["Unfortunately I can't make it.", 'no'],
  ["I won't be able to attend.", 'no'],
  ["I'm afraid I have to decline.", 'no'],
  ['Not sure yet.', 'maybe'],
  ['Maybe.', 'maybe'],
  ['Tentatively yes.', 'maybe'],
  ['Is there parking?', 'unknown'],
  // Traps
  ['Mulțumesc pentru invitație.', 'unknown'],
  ['Vă rog să-mi trimiteți link-ul.', 'unknown'],
  // Taken back in so many words ("de fapt"): the later answer is the answer.
  ['Da, particip. De fapt nu, nu pot.', 'no'],
  ['Da, particip. Nu, nu pot.', 'unknown'],
  ['Aș fi dorit să particip, dar nu pot.', 'no'],
  ['Nu pot ajunge la ora 10, dar vin după prânz.', 'yes'],
  ['Nu pot ajunge la timp.', 'unknown'],
  ['Confirm primirea invitației.', 'unknown'],
  ['Vă mulțumesc pentru invitația de a participa.', 'unknown'],
  ['Pot veni cu un coleg?', 'unknown'],
  ['Particip. Este parcare?', 'yes'],
  ['Nu am primit agenda și particip.', 'yes'],
  ['Nu știu dacă pot participa.', 'maybe'],
  ['Sunt în concediu în perioada respectivă.', 'no'],
  ['Din păcate.', 'unknown'],
  ['Ok', 'unknown'],
  ['No problem, I will be there.', 'yes'],
  ['No, sorry', 'no'],
  ["I'd love to come but I can't.", 'no'],
  // Someone attends in the sender's place: the organisation's yes only when named or known by a definite relation
  // ("vine fratele meu în locul meu", h588_070); onBehalfOf sends it to review.
  ['Colegul meu va participa în locul meu.', 'yes'],
  ['Nu pot participa, dar colegul meu Ion Pop va participa în locul meu.', 'yes'],
  ['Nu, mulțumesc.', 'no'],
  ['Vineri sunt liber, vin.', 'yes'],
  ['I am not sure I can attend.', 'maybe'],
  ['We are unable to attend.', 'no'],
  ["I can't wait to attend!", 'yes'],
  ['Nu cred că voi putea participa.', 'no'],
  ['Mi-ar fi plăcut să particip, dar sunt în deplasare.', 'no'],
];

describe('detectIntent', () => {
  it.each(cases)('%s → %s', (text, expected) => {
    expect(detectIntent(text).intent).toBe(expected);
  });

  it('returns the deciding phrase as evidence, as written', () => {
    const result = detectIntent('Bună ziua,\n\nDin păcate nu pot ajunge.\n\nCu stimă');
    expect(result.evidence).toBe('nu pot ajunge');
    expect(result.confidence).toBeGreaterThan(0.8);
  });

  it('marks a substitution as delegated', () => {
    expect(detectIntent('My colleague John Smith will attend in my place.')).toMatchObject({ intent: 'yes', delegated: true });
    expect(detectIntent("I can't come, but my colleague John Smith will attend in my place.")).toMatchObject({ intent: 'yes', delegated: true });
    expect(detectIntent('Eu nu pot, dar va participa colega mea.')).toMatchObject({ intent: 'unknown', delegated: true });
    expect(detectIntent('Vom participa eu și colega mea.').delegated).toBeUndefined();
  });

  it('keeps confidence low for unknown', () => {
    expect(detectIntent('Unde va avea loc?').confidence).toBeLessThan(0.5);
  });

  it('reads the subject only when the body says nothing', () => {
    expect(detectIntent('Bună ziua,', 'Confirmare participare').intent).toBe('yes');
    expect(detectIntent('Nu pot participa.', 'Confirmare participare').intent).toBe('no');
  });

  it('lets the subject answer over a practical question, not over one that asks about coming', () => {
    expect(detectIntent('Va exista și o sală pentru parcarea bicicletelor?', 'Confirm participarea, 2 persoane').intent).toBe('yes');
    expect(detectIntent('Mai pot participa dacă vin cu mașina personală?', 'Confirm participarea').intent).toBe('unknown');
  });

  it('joins lines a plain-text client wrapped', () => {
    const text = 'Bună ziua, în urma invitației primite săptămâna trecută vă confirm\nparticiparea mea la atelier.';
    expect(detectIntent(text).intent).toBe('yes');
  });
});
