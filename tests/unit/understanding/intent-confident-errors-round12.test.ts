import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Confident errors of sets 83, 85 and 86 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // The subject after its verb, as Serbian and Croatian word order has it (h86_073).
  ['from our side will participate nobody this time, because all colleagues are on the winter holiday until 18th.', 'no'],
  ['From us will attend nobody.', 'no'],
  ['Will attend two of us.', 'yes', 2],
  // "Come back" is a return to work, not coming (h86_048, an out-of-office in words only).
  ['I will come back on 11 January.', 'unknown'],
  ['Yes, I will come back on the 20th for the lab.', 'yes', 1],
  ["I'll come, back from Vienna the day before.", 'yes', 1],
  // A registration for someone else beside the sender's own refusal (h85_022).
  ['Buna ziua, eu nu pot veni, sunt internata. Dar va rog sa notati pe vecina mea doamna Rodica Baciu de la asociatia de proprietari, ea doreste sa participe si nu are email.', 'yes', 1],
  ['Eu nu pot veni, dar colega mea doreste sa participe.', 'unknown'],
  ['Colega mea ar vrea sa participe, eu nu stiu inca.', 'maybe'],
];

describeIntentCorpus('confident errors of sets 83, 85 and 86', corpus);
