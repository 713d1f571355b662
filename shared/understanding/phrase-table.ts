/**
 * The phrase tables (`locales/intent-*.ts`) are data a translator can extend. A phrase is
 * written in folded form (lower-case, no diacritics, ş/ţ → s/t) with a small syntax:
 *
 * - words separated by single spaces (matching any run of white space);
 * - `(a|b|c)` alternatives, `(a|b|)` an optional word;
 * - `word*` any word starting with `word` (inflections: `prezent*` → prezent, prezenta, prezenti);
 * - `...` a gap of up to four words ("nu ... participa");
 * - `#` a number, in digits or words (details tables only);
 * - `^` at the start: only at the start of a clause; `$` at the end: only at its end.
 *
 * Matches respect word boundaries: `particip` does not match inside `participati`. Phrases
 * are ASCII once folded; a phrase with other letters will not match at a word boundary.
 */
export interface IntentLocale {
  language: 'ro' | 'en';
  /** Clear acceptances. */
  yes: string[];
  /** Clear refusals (a negated `yes` phrase is a refusal too, so only what negation misses). */
  no: string[];
  /** A wish to come ("aș dori să particip", "I'd love to come"): a yes, unless a "but" follows with a reason. */
  wish: string[];
  /** Hedged answers: not sure, will try, will let you know. */
  maybe: string[];
  /**
   * Hedges that qualify only the verb of their own clause ("poate", "probably", "s-ar
   * putea"): about attendance only beside an answer or in a sentence about the event, not in
   * one about something else ("we will probably submit the report").
   */
  modalHedges: string[];
  /** Conditional perfect ("aș fi venit", "I would have loved"): with a "but" after it and nothing else said, a refusal. */
  counterfactuals: string[];
  /** Deferrals ("revin", "I'll get back to you"): a hedge only when no answer follows them. */
  deferrals: string[];
  /** Words tying a sentence to the event or to being there ("atelier", "late", "online"). */
  eventCues: string[];
  /** Short function words that carry no topic, for telling whether a hedge's clause is about something else. */
  fillers: string[];
  /**
   * Arrival and possibility words ("ajung", "we could come") that read as attendance only in
   * a plain answer: in a message that asks something they describe the trip, not an answer.
   */
  softYes: string[];
  /**
   * Someone else attends ("va participa", "my colleague will attend"): the organisation's
   * yes, but a substitution when the sender refuses for themself or speaks only of a colleague.
   */
  othersYes: string[];
  /**
   * The organisation says who represents it ("instituția va fi reprezentată de", "we confirm
   * the participation of two representatives"): its yes, even when the sender stays away.
   */
  orgYes: string[];
  /** Someone attends in the sender's place ("în locul meu", "instead of me"): the sender is not coming. */
  substitute: string[];
  /**
   * Passing the invitation to someone else ("vezi dacă poți participa tu", "forwarding this to
   * you"): a mail to a colleague, in which nobody has answered yet.
   */
  handover: string[];
  /** Doubt about a companion ("nu știu dacă vine și colegul meu"): hedges the companion, not the sender. */
  othersMaybe: string[];
  /**
   * A condition on what the organiser does ("dacă ni le puteți trimite"): a hedge only for an
   * answer that follows it; after the answer it belongs to a request.
   */
  requestCondition: string[];
  /** Another occasion ("poate la următoarea sesiune", "next time"): answers in its clause are about that one. */
  otherOccasion: string[];
  /** Words naming a person close to the sender ("colegul meu", "my deputy"). */
  relations: string[];
  /** The sender among the subjects ("eu și", "I and", "join me"): "I and two colleagues will attend" includes the sender. */
  withSelf: string[];
  /**
   * A difficulty ("mi-ar fi greu", "it would be hard"): the attendance verb it governs ("să
   * ajung") is no answer, and a yes beside it is not sure unless a "but" settles it.
   */
  difficulty: string[];
  /**
   * Long stems typed fast ("confim", "particparea"): a word one slip away (a letter left out,
   * doubled or swapped, inside the word) is read as the stem. Never negators.
   */
  typoTargets: string[];
  /** Hints that never decide alone ("ok"). */
  weakYes: string[];
  /** Regret without an answer ("din păcate", "sorry"): supports a refusal, never decides alone. */
  weakNo: string[];
  /** A reason for not coming ("sunt plecat", "another commitment"): a refusal when nothing else is said. */
  excuses: string[];
  /** Phrases that look like answers and are not; they mask what they cover ("nu am nimic împotrivă"). */
  neutral: string[];
  /** Wants to speak. */
  speakerYes: string[];
  /**
   * Someone else will speak ("Gabriel va prezenta", "she will present"): the sender's party
   * wants the floor only when that someone comes with the sender or in their place.
   */
  othersSpeaker: string[];
  /** Will only listen. */
  speakerNo: string[];
  /** Words that make a clause a question even without "?" (at its start). */
  questionStarts: string[];
  /**
   * Question openings that ask leave for the sender ("could I", "pot să"): a wish to speak
   * asked this way ("Could I have 5 minutes to present…?") is still a wish to speak.
   */
  selfRequests: string[];
  /**
   * What someone asks for when they will not be there ("the recording", "materialele"): a
   * question about it does not hold back a refusal the way a question about coming does.
   */
  afterwardRequests: string[];
  /** Subordinators that make an answer in the same clause conditional ("vin dacă nu plouă"). */
  conditionals: string[];
  /**
   * Subordinators that, opening a clause of their own, make the answers after it in the
   * sentence conditional ("Dacă se face online, particip"). Not "unless": "Unless something
   * urgent comes up, I'll be there" is a commitment with the usual proviso.
   */
  conditionOpeners: string[];
  /** Words that negate a following `yes` phrase in the same clause. */
  negators: string[];
  /** Conjunctions that open a contrasting clause ("dar", "but"). */
  contrast: string[];
  /** After a refusal, words that make it a constraint instead ("nu pot ajunge LA ORA 10"). */
  partial: string[];
  /** Frequent function words, to tell the language. */
  languageCues: string[];
  details: DetailsLocale;
}

export interface DetailsLocale {
  numberWords: Record<string, number>;
  /** `#` is the total number of people ("vom fi #", "# persoane"). */
  totals: string[];
  /** `#` people come in addition to the sender ("cu # colegi"). */
  extras: string[];
  /** One more person ("cu un coleg", "with my colleague"). */
  companion: string[];
  /** Introduces a list of attendees, one name per line or comma-separated. */
  attendeeListIntro: string[];
  /** Precedes the name of the person the sender answers for. */
  onBehalf: string[];
  /** A constraint, request or remark worth showing to the organiser. */
  noteCues: string[];
}

/** Matches on folded text end at a word boundary (letters, digits); they start at word starts. */
export const WORD_END = '(?![a-z0-9])';
const GAP = '(?:[\\s]+[^\\s]+){0,4}?';
const SPACE = '[\\s]+';

/** Converts one phrase of the mini-syntax to a regular-expression source (no flags, no outer word boundaries). */
function phraseSource(phrase: string, numberSource = '\\d{1,3}'): string {
  let text = phrase.trim();
  const atStart = text.startsWith('^');
  const atEnd = text.endsWith('$');
  if (atStart) text = text.slice(1).trim();
  if (atEnd) text = text.slice(0, -1).trim();

  const items = splitTopLevel(text, /\s/);
  let source = '';
  items.forEach((item, index) => {
    if (item === '...') {
      source += GAP;
      return;
    }
    const optional = optionalGroup(item);
    const body = optional !== null ? `(?:${optional.map((alt) => compileItem(alt, numberSource)).join('|')})` : compileItem(item, numberSource);
    const first = index === 0;
    // An optional word carries its own separator, so that its absence leaves a single space.
    if (optional !== null) source += first ? `(?:${body}${SPACE})?` : `(?:${SPACE}${body})?`;
    else source += first || (index === 1 && optionalGroup(items[0] ?? '') !== null) ? body : SPACE + body;
  });
  // Word boundaries are ASCII on purpose: the text is folded (no diacritics), and Unicode
  // property classes repeated over hundreds of phrases made V8 spend seconds compiling.
  const left = atStart ? '(?<=^[^a-z0-9]*)' : '';
  const right = atEnd ? '(?=[^a-z0-9]*$)' : '';
  return `${left}${source}${right}`;
}

/** Splits at separators outside parentheses; empty parts are dropped unless `keepEmpty`. */
function splitTopLevel(text: string, separator: RegExp, keepEmpty = false): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth === 0 && separator.test(char)) {
      if (keepEmpty || current !== '') out.push(current);
      current = '';
    } else current += char;
  }
  if (keepEmpty || current !== '') out.push(current);
  return out;
}

/** `(a|b|)` → ['a', 'b']; anything else → null. */
function optionalGroup(item: string): string[] | null {
  if (!item.startsWith('(') || !item.endsWith(')')) return null;
  if (closingParen(item, 0) !== item.length - 1) return null;
  const inner = item.slice(1, -1);
  const alternatives = splitAlternatives(inner);
  if (!alternatives.some((alt) => alt.trim() === '')) return null;
  return alternatives.map((alt) => alt.trim()).filter((alt) => alt !== '');
}

function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** `a|b|` → ['a', 'b', ''] at the top level: an empty alternative makes a group optional. */
function splitAlternatives(text: string): string[] {
  return splitTopLevel(text, /\|/, true);
}

function compileItem(item: string, numberSource: string): string {
  let out = '';
  for (let i = 0; i < item.length; i++) {
    const char = item[i]!;
    if (item.startsWith('...', i)) {
      out += GAP + SPACE;
      i += 2;
    } else if (char === '(') out += '(?:';
    else if (char === ')' || char === '|') out += char;
    else if (char === '*') out += '[a-z0-9]*';
    else if (char === '#') out += `(?:${numberSource})`;
    else if (/\s/.test(char)) {
      out += SPACE;
      while (/\s/.test(item[i + 1] ?? '')) i++;
    } else if (char === '-') out += '[-\\s]?';
    else out += char.replace(/[.+?^${}[\]\\]/g, '\\$&');
  }
  return out;
}

/** Matches phrases at word starts; see {@link compileStickyPhrases}. */
export interface PhraseMatcher {
  /** Every match starting at one of `starts`, overlapping ones included. */
  matchAt(folded: string, starts: readonly number[]): { start: number; end: number }[];
}

/** As {@link PhraseMatcher}, telling which list each match came from. */
export interface TaggedPhraseMatcher<T> {
  /** At most one match per start: the first phrase (longest written first) of any list that matches there. */
  matchAt(folded: string, starts: readonly number[]): { start: number; end: number; tag: T }[];
}

/**
 * Compiles phrases into sticky regexes, one per first letter, run only at word starts: V8
 * then tries a few dozen alternatives at a handful of positions per clause instead of all of
 * them at every character, which was most of the cost of understanding a reply.
 */
export function compileStickyPhrases(phrases: readonly string[], numberSource?: string): PhraseMatcher {
  // Even indexing the phrases by first letter costs ~30 ms for all tables: done on first
  // use, not when the module loads (a Lambda's import time is part of every cold start).
  let built: TaggedPhraseMatcher<null> | null = null;
  return { matchAt: (folded, starts) => (built ??= buildStickyPhrases([{ tag: null, phrases }], numberSource)).matchAt(folded, starts) };
}

/**
 * Several small lists in one pass ("substitute", "difficulty", …): one regex per first letter
 * for all of them, each phrase in its own group so the match tells its list. Cheaper than a
 * matcher per list when the lists rarely match at the same word. Built on first use.
 */
export function compileTaggedPhrases<T>(lists: readonly { tag: T; phrases: readonly string[] }[], numberSource?: string): TaggedPhraseMatcher<T> {
  let built: TaggedPhraseMatcher<T> | null = null;
  return { matchAt: (folded, starts) => (built ??= buildStickyPhrases(lists, numberSource)).matchAt(folded, starts) };
}

function buildStickyPhrases<T>(lists: readonly { tag: T; phrases: readonly string[] }[], numberSource?: string): TaggedPhraseMatcher<T> {
  const tagged = lists.length > 1;
  const byFirst = new Map<string, { phrase: string; tag: T }[]>();
  const anywhere: { phrase: string; tag: T }[] = [];
  for (const { tag, phrases } of lists) {
    for (const phrase of new Set(phrases)) {
      const entry = { phrase, tag };
      const firsts = firstChars(phrase.trim().replace(/^\^/, '').trim());
      if (firsts === null) anywhere.push(entry);
      else for (const char of firsts) byFirst.set(char, [...(byFirst.get(char) ?? []), entry]);
    }
  }
  const compile = (list: { phrase: string; tag: T }[]): { regex: RegExp; tags: T[] } => {
    const sorted = [...list].sort((a, b) => b.phrase.length - a.phrase.length);
    const sources = sorted.map(({ phrase }) => phraseSource(phrase, numberSource));
    // Phrase sources have no capturing groups of their own: group i + 1 is phrase i.
    const body = tagged ? sources.map((source) => `(${source})`).join('|') : sources.join('|');
    return { regex: new RegExp(`(?:${body})${WORD_END}`, 'y'), tags: sorted.map(({ tag }) => tag) };
  };
  // Built on first use: a cold Lambda pays only for the letters its first replies start words with.
  const buckets = new Map<string, { regex: RegExp; tags: T[] } | null>();
  const bucket = (char: string): { regex: RegExp; tags: T[] } | null => {
    let compiled = buckets.get(char);
    if (compiled === undefined) {
      const list = [...(byFirst.get(char) ?? []), ...anywhere];
      compiled = list.length > 0 ? compile(list) : null;
      buckets.set(char, compiled);
    }
    return compiled;
  };
  return {
    matchAt(folded, starts) {
      const out: { start: number; end: number; tag: T }[] = [];
      for (const start of starts) {
        const compiled = bucket(folded[start]!);
        if (!compiled) continue;
        compiled.regex.lastIndex = start;
        const match = compiled.regex.exec(folded);
        if (!match || match[0].length === 0) continue;
        let tag = compiled.tags[0]!;
        if (tagged) for (let group = 1; group < match.length; group++) if (match[group] !== undefined) { tag = compiled.tags[group - 1]!; break; }
        out.push({ start, end: start + match[0].length, tag });
      }
      return out;
    },
  };
}

/** The characters a phrase can start with; null when it cannot be told (a number, a gap). */
function firstChars(text: string): Set<string> | null {
  const items = splitTopLevel(text, /\s/);
  const out = new Set<string>();
  for (const item of items) {
    if (item === '...' || item.startsWith('#')) return null;
    if (!item.startsWith('(')) {
      out.add(item[0]!);
      return out;
    }
    const close = closingParen(item, 0);
    const alternatives = splitAlternatives(item.slice(1, close));
    let optional = false;
    for (const alternative of alternatives) {
      const trimmed = alternative.trim();
      if (trimmed === '') {
        optional = true;
        continue;
      }
      const inner = firstChars(trimmed);
      if (inner === null) return null;
      for (const char of inner) out.add(char);
    }
    if (!optional) return out;
    // An optional group glued to more ("(a|)b") starts with what follows it.
    const rest = item.slice(close + 1);
    if (rest !== '') {
      const after = firstChars(rest);
      if (after === null) return null;
      for (const char of after) out.add(char);
      return out;
    }
  }
  return out;
}

const WORD_CHAR = /[a-z0-9+']/;
const NOT_WORD_CHAR = /[^a-z0-9]/;

/** Offsets where a word begins in folded text. */
export function wordStarts(folded: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (WORD_CHAR.test(folded[i]!) && (i === 0 || NOT_WORD_CHAR.test(folded[i - 1]!))) starts.push(i);
  }
  return starts;
}

/** Matches left to right without overlaps (the earliest, then the next after it), like a global regex scan. */
export function findAll(matcher: PhraseMatcher, folded: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let after = 0;
  for (const { start, end } of matcher.matchAt(folded, wordStarts(folded))) {
    if (start < after) continue;
    out.push({ start, end, text: folded.slice(start, end) });
    after = end;
  }
  return out;
}

