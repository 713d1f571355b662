import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Confident errors of sets 101–103 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A stand-in only if he manages leaves the sender's refusal standing (h101_074).
  [
    'Din păcate miercuri am programată deja o mică intervenție la spital, așa că de data asta nu mă pot conecta. Îl rog pe colegul meu Horia să intre în locul meu dacă reușește.',
    'no',
  ],
  ["Sadly I can't make it. I've asked Tom to join in my place if he can.", 'no'],
  // A stand-in who comes is still the organisation's answer.
  ['Nu pot veni. Îl trimit pe colegul meu Horia în locul meu.', 'yes', 1],
];

describeIntentCorpus('confident errors of sets 101–103', corpus);
