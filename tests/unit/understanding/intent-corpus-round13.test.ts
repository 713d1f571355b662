import { describeIntentCorpus, type IntentCase } from '../../helpers/intent-corpus';

/*
 * Rules of the thirteenth evaluation (its two confident errors), each with cases that must NOT
 * trigger it. Same format as intent-corpus.test.ts: [text, intent, headcount?].
 */
type Case = IntentCase;

const corpus: Case[] = [
  // Impossibility negates what follows it.
  ['Ne va fi imposibil să fim alături de dumneavoastră de data aceasta.', 'no'],
  ['În perioada respectivă suntem în turneu, astfel că ne va fi imposibil să fim alături de dumneavoastră.', 'no'],
  ['Nimic nu e imposibil, vin cu drag!', 'yes', 1],
  ['Confirm participarea, chiar dacă pare imposibil de ajuns la timp.', 'yes', 1],
  // A counterfactual wish with an intensifier in the middle, then the clash.
  ['Aș fi vrut foarte mult să vin, dar ședința se suprapune cu atelierul.', 'no'],
  ['Mi-ar fi plăcut mult să particip, dar sunt plecat.', 'no'],
  ['Aș vrea foarte mult să vin!', 'yes', 1],
];

describeIntentCorpus('intent corpus: thirteenth evaluation', corpus);
