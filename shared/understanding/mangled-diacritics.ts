import { LOCALES } from './intent-locales';
import { matchKey } from './text-normalize';

// A letter, "?", a letter ("confirm?m", "asocia?iei"): what an old webmail leaves of ă ș ț î â.
const INSIDE_WORD = /\p{L}\?\p{L}/gu;
/**
 * "?i" standing alone: "și" lost to a code page; no question ends on a lone "i". Lower-case only: a capital Ș lost leaves
 * "?i" too, and " ?I " may be an English "I" after a stray question mark.
 */
const LOST_SI = /(?<!\p{L})\?i(?!\p{L})/u;
/**
 * " ? " between words, the next one lower-case: a dash ("–", not in ISO-8859-2) lost to the code page, as in "în calitate de
 * observatori ? nu vom avea intervenții" (h391_038). A question's mark has no space before it in Romanian or English, and the
 * next sentence starts with a capital. Or the English "I", always a capital: "I will attend, but only to listen ? I won't
 * present anything" (h201_016).
 */
const LOST_DASH = /(?<=[\p{L}\d).,]) \?(?= (?:\p{Ll}|I[ '’]))/gu;
// A word ending in "?" that the sentence goes on after in lower case ("A? vrea 5 minute", h534_056): a lost "ș", counted
// with those inside words when a letter in its place makes a word the tables know ("Pot participa si eu? sau doar
// colegii? multumesc" asks twice: "eua" and "colegiia" are no words).
const ENDING_GOES_ON = /(?<!\p{L})(\p{L}+)\?(?=[ \t]+\p{Ll})/gu;

function lostEndings(text: string): number {
  let count = 0;
  for (const match of text.matchAll(ENDING_GOES_ON)) {
    const folded = matchKey(match[1]!);
    if (CANDIDATES.some((letter) => knownWords().has(folded + letter))) count++;
  }
  return count;
}
// A word opening on "?" after a space ("dl Nicolae Pavel - ?ef serviciu", h534_067): a lost "Ș" or "Ț"; a question's mark
// has a space after it, a link's ("…/j/123?pwd=") no space before.
const OPENING_WORD = /(?<=^|\s)\?\p{Ll}{2,}/gu;
// A run of letters with "?" in or around it ("confirm?m", "V?", "?i", "dou?"), tried at word
// starts only (the look-behind), so a long word costs its length once, not its square.
const WORD_WITH_MARK = /(?<!\p{L})\p{L}*\?[\p{L}?]*/gu;
// After a word, what continues a sentence: a "?" there was a letter ("V? confirm?m").
const GOES_ON = /^[ \t]+\p{Ll}/u;
/** What a lost Romanian letter folds to, most frequent first (ă, ș, ț, î/â). */
const CANDIDATES = ['a', 's', 't', 'i'];

let vocabulary: ReadonlySet<string> | null = null;

/** Every word the phrase tables know, folded: what a repaired word should be. */
function knownWords(): ReadonlySet<string> {
  vocabulary ??= new Set(JSON.stringify(LOCALES).match(/[a-z]{2,}/g) ?? []);
  return vocabulary;
}

/**
 * Repairs Romanian text whose diacritics a mail client turned into "?" ("V? confirm?m
 * participarea … dou? persoane"), for reading only: each such "?" becomes the letter that makes
 * its word one the tables know, else "a" (ă is the most frequent). Text with fewer than two
 * "?" inside words is returned as is: a question mark there is a question. A dash lost the same way
 * (" ? " before a lower-case word) is put back first.
 */
export function repairMangledDiacritics(text: string): string {
  text = text.replace(LOST_DASH, ' –');
  const marks = (text.match(INSIDE_WORD) ?? []).length + lostEndings(text) + (text.match(OPENING_WORD) ?? []).length;
  if (marks < 2 && !LOST_SI.test(text)) return text;
  const words = knownWords();
  return text.replace(WORD_WITH_MARK, (word: string, offset: number) => {
    if (!/\p{L}/u.test(word)) return word;
    // "Vin?" then a new line or a capital: a question's own mark stays.
    const question = word.endsWith('?') && !GOES_ON.test(text.slice(offset + word.length, offset + word.length + 2));
    const body = question ? word.replace(/\?+$/, '') : word;
    if (!body.includes('?')) return word;
    const tail = word.slice(body.length);
    // "Elena Rusu ?i Cristian Neagu" (h380_005): "și", the commonest word, before any other candidate ("ai" is a word too).
    if (body === '?i') return `si${tail}`;
    const folded = matchKey(body);
    const letter = CANDIDATES.find((candidate) => words.has(folded.replace(/\?/g, candidate))) ?? 'a';
    return body.replace(/\?/g, letter) + tail;
  });
}
