import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Confident errors of sets 93–95 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // "Of course" closing a statement about speaking answers nothing (h93_053): only answers block the rule.
  ["I'm an Erasmus student at UVT doing my thesis on circular business models. Would it be possible for me to attend as an observer? I wouldn't speak, of course.", 'unknown', undefined, false],
  ["I will attend. I wouldn't speak, of course.", 'yes', 1, false],
  ['Of course!', 'yes', 1],
];

describeIntentCorpus('confident errors of sets 93–95', corpus);
