import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Confident errors of sets 98–100 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // A list of participants registered by a sender who does not come (h99_068).
  [
    'Please register the following participants from Continental Automotive Romania:\n1. Andrei Georgescu – group A\n2. Laura Weber – group A\n3. Dan Mihalache – group B\n\nI will not attend personally. None of them will present.',
    'yes',
  ],
  ['Vă rog să înregistrați următorii participanți: Ana Pop și Dan Ene. Eu nu voi putea veni.', 'yes'],
  ['I will not attend personally.', 'no'],
];

describeIntentCorpus('confident errors of sets 98–100', corpus);
