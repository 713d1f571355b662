import { matchKey } from '../text-normalize';

// Never ':', ';' or ',': the packed model (naive-bayes.ts) separates its entries with them.
const WORD = /[a-z0-9']+|[?!]/g;

/**
 * The features the intent model reads in a reply: its folded words and pairs of adjacent
 * words, each counted once (a "da" repeated is not more of a yes). "?" and "!" are words too:
 * a question is the strongest sign that nothing was answered yet.
 */
export function modelTokens(text: string): Set<string> {
  const words = matchKey(text).match(WORD) ?? [];
  const out = new Set<string>(words);
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}
