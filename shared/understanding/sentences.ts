import { LOCALES } from './intent-locales';
import { compileStickyPhrases } from './phrase-table';
import type { PhraseMatcher } from './phrase-table';
import { matchKey } from './text-normalize';

// Not after a title's abbreviation: "vor participa conf. dr. arh. Ioana Dima" is one sentence
// (cut after each title, the names fell out of the clause that says who comes).
const TITLE_ABBREVIATIONS = ['dr', 'drd', 'conf', 'prof', 'arh', 'asist', 'lect', 'ing', 'ec', 'mr', 'mrs', 'ms', 'dl', 'dna', 'd-na', 'd-l',
  // A form's count: "Nr. colegi care se conectează: 1". "pentru" typed short: "Confirm pt. mine și pentru Alex" (h540_070).
  'nr', 'pt',
  // "prof. univ. dr. Elena Dumitrescu", "Șl. dr. Laura Popa" (h124_053): a university's titles.
  'univ', 'șl', 'sl', 'habil',
  // An urban planner's, a lawyer's, a judge's: "colegul meu, urb. Cosmin Vasiu" (h232_008).
  'urb', 'av', 'jud'];
// "…one or two slides maximum, I promise :)\nIs it OK?": a typed smiley ends a sentence like an emoji.
// French "M." (Monsieur) before a name, upper-case only, after a blank and before a capital: "Our director, M. Julien Martin,
// will attend" (h560_055); not "10 A.M. Not sure …".
const CASED_TITLES = ['M'];
const EMOTICON = '(?:^|\\s)[:;]-?[)(DP]';
// Phone replies end a sentence with an emoji instead of a full stop ("Vin și eu 🙂 Pot aduce și un
// student?"): an emoji followed by a capital starts a new sentence. (No `i` flag: it would make
// \p{Lu} match every letter, so the titles are listed in each case.)
// Nor after a measure's abbreviation before its number: "(max. 10 minute), dacă programul permite" (h148_018) is
// one sentence; "5 minutes max. See you" still ends at the stop; nor "(5 Min.) über …" (h558_004), a measure in brackets
// before a lower-case word ("(ca. 5 Min.) Wenn möglich" ends there). (The assertions are conjoined, so their order
// does not change the split; reordering them was measured to make no difference in speed either.)
const SENTENCE_END = new RegExp(
  `(?:(?<=[.!?…]["'”»)\\]]*)(?<!(?:^|[^\\p{L}])(?:${TITLE_ABBREVIATIONS.flatMap((t) => [t, t[0]!.toUpperCase() + t.slice(1), t.toUpperCase()]).join('|')})\\.)(?<!(?:^|\\s)(?:${CASED_TITLES.join('|')})\\.(?=\\s+\\p{Lu}))(?!(?<=(?:^|[^\\p{L}])(?:max|Max|min|aprox|approx|cca|ca)\\.)\\s+\\d)(?!(?<=(?:^|[^\\p{L}])(?:min|Min|max|Max|aprox|approx|cca|ca)\\.\\))\\s+\\p{Ll})\\s+|(?<=\\p{Extended_Pictographic}\\uFE0F?|${EMOTICON})\\s+(?=\\p{Lu}))`,
  'u',
);
const QUESTION_END = /\?[\s"'”»)\]]*$/;

let disclaimers: PhraseMatcher | null = null;
let tags: PhraseMatcher | null = null;
/** The last comma-separated part of a sentence ending in "?". */
const LAST_PART = /^(.*\S)\s*,\s*([^,]{1,40}\?[\s"'”»)\]]*)$/su;
/** The same after a spaced dash ("I'll join the Zoom and say a few words - would 5 minutes work?"). */
const LAST_DASHED_PART = /^(.*\S)\s+[-–—]\s+([^,–—]{1,40}\?[\s"'”»)\]]*)$/su;

/**
 * The text without its legal footers: a paragraph (between blank lines) opening like one
 * ("CONFIDENTIALITY NOTICE: …", "Acest mesaj este confidențial…") is full of "accept",
 * "participate" and "not" that answer nothing.
 */
function withoutDisclaimers(text: string): string {
  disclaimers ??= compileStickyPhrases(LOCALES.flatMap((l) => l.disclaimerOpeners));
  const matcher = disclaimers;
  // The first paragraph is the sender's own words, however it opens ("This email is to confirm…").
  let first = true;
  return text
    .split(/\n[ \t]*\n/)
    .filter((paragraph) => {
      if (first && paragraph.trim() !== '') {
        first = false;
        return true;
      }
      const key = matchKey(paragraph.slice(0, 120));
      const start = /[a-z0-9]/.exec(key)?.index ?? -1;
      return start < 0 || matcher.matchAt(key, [start]).length === 0;
    })
    .join('\n\n');
}

/** One sentence; `confirmed` when a tag after it asks to confirm its last part ("…, nu?", "…, right?"). */
export interface Sentence {
  text: string;
  question: boolean;
  confirmed?: boolean;
}

/** Paragraphs (wrapped lines joined, legal footers dropped) cut into sentences, each marked when it asks. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const paragraph of joinWrappedLines(withoutDisclaimers(text))) {
    for (const piece of pausedConditions(paragraph.split(SENTENCE_END))) {
      const sentence = piece.trim();
      if (sentence === '') continue;
      const tagged = QUESTION_END.test(sentence) ? splitTag(sentence) : null;
      // Not a tag closing an aside still open: "Sorry, I have a board meeting at the same time (10:00 Kaunas time is
      // 11:00 yours, right? – yes, it clashes)" (h77_052) asks about the aside; the clause around it says no.
      const confirmed = tagged !== null && isConfirmingTag(tagged[1]) && tagged[0].lastIndexOf('(') <= tagged[0].lastIndexOf(')');
      if (tagged) out.push({ text: tagged[0], question: false, ...(confirmed ? { confirmed } : {}) }, { text: tagged[1], question: true });
      else if (QUESTION_END.test(sentence) && asksInAside(sentence)) {
        // "I will join the Zoom meeting on Wednesday at 11:00 (10:00 your time? – I assume …)" (h455_005): the question
        // is an aside opened after the statement, which still answers.
        const open = sentence.lastIndexOf('(');
        out.push({ text: sentence.slice(0, open).trim(), question: false }, { text: sentence.slice(open), question: true });
      } else out.push({ text: sentence, question: QUESTION_END.test(sentence) });
    }
  }
  return out;
}

/**
 * "Da, desigur, voi veni bucuros... daca reusiti sa mutati sedinta intr-o zi in care nu lucrez." (h585_009): an ellipsis
 * before a lowercase condition that runs to the sentence's end pauses; the condition governs the yes before it. Not after
 * a refusal ("Nu pot participa miercuri... dacă se mută întâlnirea, vin cu drag"), not before a condition with a clause of
 * its own ("... if you need anything, just let me know"), nor one contrary to fact ("... dacă n-aș fi pe un vas").
 */
function pausedConditions(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const before = out[out.length - 1];
    const next = piece.trim();
    if (before !== undefined && PAUSED.test(before.trim()) && PAUSED_CONDITION.test(next) && !/[,;–—]/.test(next) && !REFUSAL_WORD.test(before) && !CONTRARY.test(next)) {
      out[out.length - 1] = `${before.trim()} ${next}`;
    } else out.push(piece);
  }
  return out;
}
const PAUSED = /(?:\.\.\.|…)$/;
const PAUSED_CONDITION = /^(?:dacă|daca|if|cu condiția|cu conditia)\s/;
const REFUSAL_WORD = /(?<!\p{L})(?:nu|n-|not|can't|cannot|won't|no)(?!\p{L})/iu;
const CONTRARY = /^(?:dacă|daca|if)\s+(?:n-|nu\s+)?(?:aș|as|am|ar|ai|ați|ati)\s+fi(?!\p{L})|^if (?:it|i|we) (?:weren't|wasn't|were not|was not)/iu;

/** Whether a sentence asks only inside a bracket it opened after some words of its own, the bracket still open. */
function asksInAside(sentence: string): boolean {
  const open = sentence.lastIndexOf('(');
  return open > 0 && open > sentence.lastIndexOf(')') && /\p{L}{2,}/u.test(sentence.slice(0, open)) && !sentence.slice(0, open).includes('?');
}

/** "ajung pe la 10:30, e ok?" → the statement and its tag question; null when the last part is no tag. */
function splitTag(sentence: string): [string, string] | null {
  for (const pattern of [LAST_PART, LAST_DASHED_PART]) {
    const parts = pattern.exec(sentence);
    if (parts && isTagQuestion(parts[2]!)) return [parts[1]!, parts[2]!];
  }
  return null;
}

let confirming: PhraseMatcher | null = null;

/** Whether a tag asks to confirm the statement as a fact ("…, nu?", "…, right?"): then the statement is asked too. */
export function isConfirmingTag(text: string): boolean {
  confirming ??= compileStickyPhrases(LOCALES.flatMap((l) => l.confirmingTags));
  return matchesWhole(confirming, text);
}

/** Whether `text` is only a tag question ("e ok?", "right?", "would 5 minutes work?"), nothing else. */
export function isTagQuestion(text: string): boolean {
  tags ??= compileStickyPhrases(LOCALES.flatMap((l) => l.tagQuestions));
  return matchesWhole(tags, text);
}

/** Whether one phrase of `matcher` covers all of `text` (folded; punctuation around it ignored). */
function matchesWhole(matcher: PhraseMatcher, text: string): boolean {
  const key = matchKey(text).replace(/[^a-z0-9]+$/, '');
  const start = /[a-z0-9]/.exec(key)?.index ?? -1;
  return start >= 0 && matcher.matchAt(key, [start]).some((match) => match.end === key.length);
}

const ENDS_WITH_EMOTICON = new RegExp(`${EMOTICON}$`);
const LIST_ITEM = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s+/;
// A form filled in by hand, one field a line ("Organisation: Rijeka 2020 – legacy office" /
// "Participation: online" / "Intervention: no"): a field line never continues the one before;
// a label may open with an abbreviation ("Nr. colegi care se conectează: 1").
const FIELD_LINE = /^(?:[-*•·–]\s*)?\p{Lu}[\p{L}'’-]*\.?(?:[ /][\p{L}'’-]+){0,4}[ \t]*:[ \t]+\S/u;

/**
 * Plain-text clients wrap at 72–78 columns, which would cut "Vă confirm / participarea" in
 * two; a long line that does not end a sentence continues on the next one. Short lines
 * ("Da", "Mulțumesc,") and list items stay separate.
 */
function joinWrappedLines(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let lastIsField = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      if (current) out.push(current);
      current = '';
      continue;
    }
    const isField = FIELD_LINE.test(line);
    const fields = lastIsField && isField;
    lastIsField = isField;
    if (current && current.length >= 40 && !/[.!?:;]$/.test(current) && !ENDS_WITH_EMOTICON.test(current) && !LIST_ITEM.test(line) && !fields) current += ` ${line}`;
    else {
      if (current) out.push(current);
      current = line;
    }
  }
  if (current) out.push(current);
  return out;
}

