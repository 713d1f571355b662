import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules from sets 35–37 (intent, headcount, speaker), each with cases that must NOT trigger
 * it. Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // Another person's refusal is not the sender's: "so it'll just be me" was read as no (set 36).
  ["Small change: my colleague won't be able to come after all (she's sick), so it'll just be me on Monday.", 'yes', 1],
  ["My colleague won't be able to come, so it will be just me.", 'yes', 1],
  ["She can't make it, but I will be there.", 'yes', 1],
  ["My colleague won't be able to come.", 'unknown'],
  ["I won't be able to come.", 'no'],
  ["Unfortunately I can't make it, and my colleague can't either.", 'no'],
  ['It will be just me and Ana.', 'yes', 2],
  // A named subject before an English refusal is someone else (the case as written tells).
  ["Small change: Marta won't be able to come after all (she's sick), so it'll just be me on Monday.", 'yes', 1],
  ["Marta won't be able to come after all.", 'unknown'],
  ['Ana Pop cannot attend, so it will be just me.', 'yes', 1],
  ["Unfortunately won't be able to come.", 'no'],
  ["Sadly can't make it.", 'no'],
  ["Won't be able to come, sorry.", 'no'],
];

describeIntentCorpus('intent corpus, round 35 (sets 35–37)', corpus);
