import { LOCALES, matchKey } from './analyze-text';

// Split on what is not a word: no match object per word (this reads every reply).
const NOT_WORD = /[^\p{L}']+/u;
const ROMANIAN_LETTERS = /[ăâîșțşţĂÂÎȘȚŞŢ]/g;
const CUES = new Map<string, Map<string, number>>();
for (const locale of LOCALES) {
  for (const cue of locale.languageCues) {
    const key = matchKey(cue);
    const weights = CUES.get(key) ?? new Map<string, number>();
    weights.set(locale.language, 1);
    CUES.set(key, weights);
  }
}

/**
 * Tells Romanian from English by frequent function words and Romanian letters. Returns null
 * when the text is too short or evenly mixed to say.
 */
export function detectLanguage(text: string): 'ro' | 'en' | null {
  const scores = { ro: 0, en: 0 };
  scores.ro += Math.min(5, (text.match(ROMANIAN_LETTERS) ?? []).length);
  for (const word of matchKey(text).split(NOT_WORD)) {
    const weights = CUES.get(word);
    if (!weights) continue;
    // A word both languages use ("nu"/"no" differ, but "cu", "am"…) tells nothing.
    if (weights.size > 1) continue;
    for (const language of weights.keys()) scores[language as 'ro' | 'en']++;
  }
  if (scores.ro === scores.en || Math.max(scores.ro, scores.en) < 1) return null;
  return scores.ro > scores.en ? 'ro' : 'en';
}
