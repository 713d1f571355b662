import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Misses of the twenty-seventh session's held-out sets (509 on) at first reading, one table per
 * round of three sets, with cases that must keep their answer; the first table holds older
 * known misses mended between rounds.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 */
const olderMisses: IntentCase[] = [
  // A rhetorical question that says yes (h507_039); a refusal refused.
  ['Lavinia dragă, Cum să nu vin?! Am așteptat sesiunea asta de la cea din septembrie. Vin cu soțul meu, Andrei, care are un atelier de ceramică și vrea să audă despre rețele. Pupici, Irina', 'yes', 2],
  ['How could I say no to that! See you on Monday.', 'yes', 1],
  ['I can\'t say no to this one. Count me in.', 'yes', 1],
  ['Nu pot veni, îmi pare rău.', 'no'],
  // Glad words, then a regret and an absence without a "no" (first seen while mending h507_039).
  ['Yes of course, but unfortunately I am away that week.', 'no'],
  ['Da sigur, dar din păcate sunt plecată în acea săptămână.', 'no'],
  ['Da, sigur, dar din păcate sunt plecată în acea săptămână.', 'no'],
  ['Of course! Unfortunately I\'m in Brussels that day.', 'no'],
  ['Yes, but unfortunately I will be 10 minutes late.', 'yes', 1],
];

describeIntentCorpus('older misses mended in the twenty-seventh session', olderMisses);
