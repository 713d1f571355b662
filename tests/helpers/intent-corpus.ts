import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../shared/understanding/analyze-text';
import { extractDetails } from '../../shared/understanding/details';
import { detectIntent } from '../../shared/understanding/intent';

/** One line of an intent corpus: text, intent, and when given, headcount and speaker. */
export type IntentCase = [string, string, (number | null)?, (boolean | null)?];

/** Runs a corpus of one-line replies through intent and details, one test per line. */
export function describeIntentCorpus(title: string, corpus: readonly IntentCase[]): void {
  describe(title, () => {
    it.each(corpus)('%s → %s', (text, intent, headcount, speaker) => {
      const result = detectIntent(text);
      expect(result.intent).toBe(intent);
      const details = extractDetails(text, analyzeText(text), result.intent, result.delegated ?? false);
      if (headcount !== undefined) expect(details.headcount).toBe(headcount);
      if (speaker !== undefined) expect(details.speaker).toBe(speaker);
    });
  });
}
