import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Intent rules from sets 56–58 (the two confident errors of their first encounter), each with
 * cases that must NOT trigger it. Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // "I'll come back to you" promises an answer; it never holds the yes "I'll come" (h56_023).
  ['Thank you for your message. I have received the invitation and will discuss it with our management; I\'ll come back to you shortly.', 'maybe'],
  ["We'll come back to you next week.", 'maybe'],
  ["I'll come, and I'll come back to you with the names.", 'yes', 1],
  ["I'll come.", 'yes', 1],
  // "Mi-ar fi făcut (mare) plăcere să vin, dar …": a counterfactual wish, then the reason (h58_045).
  ['Mi-ar fi făcut mare plăcere să vin, mai ales că am lipsit și în septembrie, dar luni dimineață am o prezentare la un client în București. Sper să prind următoarea sesiune.', 'no'],
  ['Mi-ar fi făcut plăcere să particip, dar sunt plecat.', 'no'],
  ['Mi-ar face mare plăcere să vin!', 'yes', 1],
  ['Mi-ar fi făcut plăcere.', 'unknown'],
];

describeIntentCorpus('intent corpus: sets 56–58', corpus);
