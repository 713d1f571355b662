/** Typing slips in long answer words, read as the word meant. */

const VOWEL = /[aeiou]/;

/**
 * "confim particparea" → "confirm participarea": a word one slip away from a long stem of the
 * tables is read as that stem. A slip is a letter left out, doubled or swapped with its
 * neighbour (or one vowel for another in stems of nine letters or more), never in the first
 * two letters nor the last one, where inflections differ ("participat", "participi",
 * "confirma") and where "conform" differs from "confirm". Returns the corrector for
 * `stems`; its index is built on first use (a Lambda's import time is part of every cold start).
 * @param stems the long stems of the phrase tables (`typoTargets`), read on first use.
 */
export function typoCorrector(stems: () => readonly string[]): (folded: string) => string {
  let built: { targets: Set<string>; index: Map<string, string[]>; word: RegExp } | null = null;
  return (folded) => {
    if (built === null) {
      const targets = new Set(stems());
      const index = new Map<string, string[]>();
      for (const target of targets) index.set(target.slice(0, 2), [...(index.get(target.slice(0, 2)) ?? []), target]);
      // Only whole words of five letters or more that start like a stem are looked at.
      const word = new RegExp(`(?<![a-z0-9'-])(?:${[...index.keys()].join('|')})[a-z]{3,}(?![a-z0-9'-])`, 'g');
      built = { targets, index, word };
    }
    const { targets, index, word } = built;
    return folded.replace(word, (found) => {
      if (targets.has(found)) return found;
      for (const target of index.get(found.slice(0, 2)) ?? []) if (oneSlip(found, target)) return target;
      return found;
    });
  };
}

function oneSlip(word: string, target: string): boolean {
  const last = target.length - 1;
  if (target.length < 6 || word[word.length - 1] !== target[last]) return false;
  const dropped = (long: string, short: string): boolean => {
    for (let i = 2; i < long.length - 1; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
    return false;
  };
  if (word.length === target.length - 1) return dropped(target, word);
  if (word.length === target.length + 1) return dropped(word, target);
  if (word.length !== target.length) return false;
  let i = 2;
  while (i < last && word[i] === target[i]) i++;
  if (i >= last) return false;
  // Neighbours swapped inside the word, or one vowel for another in a long stem.
  if (i + 1 < last && word[i] === target[i + 1] && word[i + 1] === target[i] && word.slice(i + 2) === target.slice(i + 2)) return true;
  return target.length >= 9 && VOWEL.test(word[i]!) && VOWEL.test(target[i]!) && word.slice(i + 1) === target.slice(i + 1);
}
