import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Confident errors of sets 104–106 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A fixed appointment of one's own that cannot be missed (h104_044).
  ['Din păcate am o operație programată luni la 9:30 și nu am cum să lipsesc. Vă rog să mă păstrați pe listă pentru sesiunile următoare.', 'no'],
  ['Am programare la medic dimineața, dar vin după, nu pot să lipsesc de la așa ceva.', 'yes', 1],
  // A plan in the past tense undone by its "but" (h104_069), in both languages.
  [
    "I was planning to join, but we've just been told we have an accreditation visit that morning. I'll send written comments on the action plan by Friday instead.",
    'no',
  ],
  ['I was going to come, but something came up.', 'unknown'],
  ['Aveam de gând să vin, dar am primit un control.', 'unknown'],
  ['Voiam să vă confirm că vin.', 'yes', 1],
  ['I was planning to join anyway, see you there!', 'yes', 1],
  // A named colleague connecting in the sender's place is the institution's answer (h106_037).
  ['Eu nu voi putea participa, dar din partea instituției noastre se va conecta colega mea, dna Gabriela Toma.', 'yes', 1],
  ['Nu mă pot conecta. Colega mea nu știe dacă se va conecta.', 'no'],
  ['Nu vin eu. Colega mea se va conecta.', 'unknown'],
];

describeIntentCorpus('confident errors of sets 104–106', corpus);
