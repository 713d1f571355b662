import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/understanding/analyze-text';
import { extractDetails } from '../../../shared/understanding/details';
import { detectIntent } from '../../../shared/understanding/intent';

/*
 * Rules of the thirteenth evaluation (its two confident errors), each with cases that must NOT
 * trigger it. Same format as intent-corpus.test.ts: [text, intent, headcount?].
 */
type Case = [string, string, number?];

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

describe('intent corpus: thirteenth evaluation', () => {
  it.each(corpus)('%s → %s', (text, intent, headcount) => {
    const result = detectIntent(text);
    expect(result.intent).toBe(intent);
    const details = extractDetails(text, analyzeText(text), result.intent, result.delegated ?? false);
    if (headcount !== undefined) expect(details.headcount).toBe(headcount);
  });
});
