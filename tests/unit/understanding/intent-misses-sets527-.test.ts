import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Misses of the twenty-eighth session's held-out sets (527 on) at first reading, one table per
 * round of three sets, with cases that must keep their answer; the first table holds older
 * known misses mended between rounds (set 525's last two, whole mails, are fixtures:
 * ro-forwarded-colleague-yes-*, ro-yes-to-a-commissions-meeting).
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const olderMisses: IntentCase[] = [
  // A companion joining, said by the sender in a follow-up: the model read it once; the rule reads it now.
  ['Bună ziua,\n\nRevin la mesajul anterior: se va alătura și doctoranda mea, Andra Pop, doar ca observator.\n\nCorina', 'yes', 2, false],
];

describeIntentCorpus('older misses mended in the twenty-eighth session', olderMisses);
