import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Confident errors of sets 107–109 at first reading, with cases that must keep their answer.
 * Same format as intent-corpus.test.ts: [text, intent, headcount?, speaker?].
 * (The two out-of-office notices written only in words, h107_086 and h109_052, are in robots.test.ts.)
 */
const corpus: IntentCase[] = [
  // A wife writing for her husband: "Eu nu vin, doar el" is no refusal of the invitation (h107_021).
  [
    'Va scriu eu in locul sotului meu, Victor Gheorghe (Atelierul de ceramica Gheorghe), el nu prea sta pe email. Mi-a zis sa va spun ca vine luni la 10. Eu nu vin, doar el.',
    'unknown',
  ],
  ['Nu vin eu, vine doar soțul meu.', 'unknown'],
  ['Nu vin, doar îmi cer scuze.', 'no'],
  ['Vin doar eu.', 'yes', 1],
  // Getting away from work in time is a condition of one's own (h109_065).
  ['Nu cred ca ajung, dar daca scap mai devreme de la job trec pe acolo', 'maybe'],
  ['Nu cred că ajung.', 'no'],
  ['Vin, dar plec mai devreme.', 'yes', 1],
  // The head's refusal and a named stand-in from the institution (h107_042, ambiguous in its set).
  [
    'Domnul președinte Sorin Bălan vă mulțumește pentru invitație, însă agenda dânsului din 17.01 nu permite participarea. Din partea CCIAT se va conecta doamna Georgiana Rădulescu, director Departament Proiecte.',
    'yes',
    1,
  ],
  ['Vin și eu, vine și soția mea.', 'yes', 2],
];

describeIntentCorpus('confident errors of sets 107–109', corpus);
