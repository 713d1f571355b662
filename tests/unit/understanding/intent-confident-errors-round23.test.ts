import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Confident errors of sets 116–118 at first reading (a measurement round: scored once, not
 * otherwise fixed), with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 * (Sets 110–115 had their confident errors fixed by their rounds' helpers:
 * intent-misses-sets110-112.test.ts and intent-misses-sets113-115.test.ts.)
 */
const corpus: IntentCase[] = [
  // An assistant's formula of a decline read as "accept" (h116_052): "please accept his apologies" is no acceptance.
  [
    'On behalf of Mr. Dan Mihalache, Regional Director, please accept his apologies – due to prior commitments he will not be able to participate in the Local Learning Lab on 17 January.',
    'unknown',
  ],
  ['Please accept our apologies, we will not be able to attend.', 'no'],
  ['Please accept her apologies.', 'unknown'],
  ['We accept the invitation with pleasure.', 'yes', 1],
  ['Accept.', 'yes', 1],
];

describeIntentCorpus('confident errors of sets 116–118', corpus);
