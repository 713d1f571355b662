import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * The two confident errors of sets 74–76 at first reading, with cases that must keep their
 * answer. Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const corpus: IntentCase[] = [
  // "accept" is also Romanian for "I accept": the English formula of a decline was a yes (h76_013).
  ['Please accept my apologies, I will be on annual leave that week. My colleague Andrei Popa may be interested; I have forwarded him your invitation.', 'no'],
  ['Please accept my apologies.', 'unknown'],
  ['Kindly accept our sincere apologies, we cannot attend.', 'no'],
  ['I accept the invitation, please accept my apologies for the late reply.', 'yes', 1],
  ['Accept invitația, mulțumesc!', 'yes'],
  // A clash resolved: "so I can connect after all" was left to the model, which read a no (h74_087).
  ['Good news - our board meeting has been moved to the afternoon, so I can connect after all. No need to give me a speaking slot.', 'yes', 1],
  ['Our board meeting has been moved, so I can dial in after all.', 'yes', 1],
  ['Can I connect after all?', 'unknown'],
  ["I can't come after all.", 'no'],
  ["I can't connect after all.", 'unknown'],
  // Two replies the model used to settle, now left to it no longer (its per-word strength guard): the rules read them (h57_070, h68_056).
  ["We're on! Two of us from Leeuwarden (me and Sjoerd). Neither of us plans to speak though.", 'yes', 2, false],
  ["We're on leave that week.", 'unknown'],
  ['Are we on?', 'unknown'],
  ["I'll be in Timisoara that week anyway so yes, happy to drop by. Just to listen though, no presentation from my side this time.", 'yes', 1, false],
  ["I'd be happy to drop by, but I'm travelling that week.", 'no'],
];

describeIntentCorpus('confident errors of sets 74–76', corpus);
