/**
 * Compiles the phrase tables (`locales/intent-*.ts`, syntax in `phrase-locale.ts`) into
 * matchers run at word starts.
 */
export type { DetailsLocale, IntentLocale } from './phrase-locale';
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
    // So does a last item that may be empty as a whole, adjacent groups written "(o |)(problema|)":
    // with a bare separator before it, "dacă nu e" at a clause's end would need a space after it.
    if (optional !== null || (!first && index === items.length - 1 && mayBeEmpty(item))) source += first ? `(?:${body}${SPACE})?` : `(?:${SPACE}${body})?`;
    else source += first || (index === 1 && optionalGroup(items[0] ?? '') !== null) ? body : SPACE + body;
  });
  // Word boundaries are ASCII on purpose: the text is folded (no diacritics), and Unicode
  // property classes repeated over hundreds of phrases made V8 spend seconds compiling.
  const left = atStart ? '(?<=^[^a-z0-9]*)' : '';
  // A clause may close on an aside in brackets: "nu mai pot (s-a suprapus cu altceva)" (h576_092) ends where the bracket opens.
  const right = atEnd ? '(?=[^a-z0-9(]*(?:\\([^()]*\\)[^a-z0-9]*)?$)' : '';
  return `${left}${source}${right}`;
}

/** Whether an item (not an optional group) can match nothing at all: glued optional groups, "(o |)(problema|)". */
function mayBeEmpty(item: string): boolean {
  // Only groups can be empty: a word never is, and most phrases end in one (no regex built for them).
  if (!item.startsWith('(') || !item.endsWith(')')) return false;
  return new RegExp(`^(?:${compileItem(item, '\\d{1,3}')})$`).test('');
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

/**
 * The plain definition of what a matcher finds, for tests: one alternation of all phrases
 * (longest written first, ties as written), tried at each word start. The indexed matchers
 * below must find the same and only skip work.
 */
export function compileReferencePhrases<T>(lists: readonly { tag: T; phrases: readonly string[] }[], numberSource?: string): TaggedPhraseMatcher<T> {
  const entries = lists.flatMap(({ tag, phrases }) => [...new Set(phrases)].map((phrase) => ({ tag, phrase })));
  const sorted = entries.map((entry, order) => ({ ...entry, order })).sort((a, b) => b.phrase.length - a.phrase.length || a.order - b.order);
  const regex = new RegExp(`(?:${sorted.map(({ phrase }) => `(${phraseSource(phrase, numberSource)})`).join('|')})${WORD_END}`, 'y');
  return {
    matchAt(folded, starts) {
      const out: { start: number; end: number; tag: T }[] = [];
      for (const start of starts) {
        regex.lastIndex = start;
        const match = regex.exec(folded);
        if (!match || regex.lastIndex === start) continue;
        const group = match.findIndex((value, index) => index > 0 && value !== undefined);
        out.push({ start, end: regex.lastIndex, tag: sorted[group - 1]!.tag });
      }
      return out;
    },
  };
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
 * Compiles phrases into a matcher run only at word starts, where it tries only the phrases
 * whose first characters begin the text there, each its own small sticky regex: trying every
 * phrase at every character was once most of the cost of understanding a reply. Finds what
 * {@link compileReferencePhrases} finds.
 */
export function compileStickyPhrases(phrases: readonly string[], numberSource?: string): PhraseMatcher {
  // Even indexing the phrases by first letter costs ~30 ms for all tables: done on first
  // use, not when the module loads (a Lambda's import time is part of every cold start).
  let built: TaggedPhraseMatcher<null> | null = null;
  return { matchAt: (folded, starts) => (built ??= buildStickyPhrases([{ tag: null, phrases }], numberSource)).matchAt(folded, starts) };
}

/**
 * Several small lists in one pass ("substitute", "difficulty", …), each match telling its
 * list. Cheaper than a matcher per list when the lists rarely match at the same word. Built
 * on first use.
 */
export function compileTaggedPhrases<T>(lists: readonly { tag: T; phrases: readonly string[] }[], numberSource?: string): TaggedPhraseMatcher<T> {
  return compileGroupedPhrases([lists], numberSource);
}

/**
 * Several matchers in one pass: each group of lists finds what its own
 * {@link compileTaggedPhrases} would (at most one match per group at a start), and every
 * word start is looked up once for all of them, not once per matcher. Built on first use.
 */
export function compileGroupedPhrases<T>(groups: readonly (readonly { tag: T; phrases: readonly string[] }[])[], numberSource?: string): TaggedPhraseMatcher<T> {
  if (groups.length > MAX_GROUPS) throw new RangeError(`compileGroupedPhrases: at most ${MAX_GROUPS} groups`);
  let built: TaggedPhraseMatcher<T> | null = null;
  const lists = groups.flatMap((lists, group) => lists.map((list) => ({ ...list, group })));
  return { matchAt: (folded, starts) => (built ??= buildStickyPhrases(lists, numberSource)).matchAt(folded, starts) };
}

/** Groups are bits of one small integer per word start. */
const MAX_GROUPS = 31;

interface Entry<T> {
  phrase: string;
  tag: T;
  /** The bit of its group: a group's first match at a start ends the group's search there. */
  groupBit: number;
  /** Where the phrase stands among all phrases: ties in length keep this order, as written. */
  order: number;
  /** Its first four characters ({@link headKey}), null when they cannot be told. */
  heads: readonly number[] | null;
  /** The phrase's own sticky regex, compiled when the phrase is first tried. */
  regex: RegExp | null;
  /** What a match must begin with (one of them), a space for a run of white space; checked before the regex. */
  literals: readonly string[];
}

/** A bucket's phrases in match order, and per text head the ones that can begin there. */
interface Bucket<T> {
  entries: readonly Entry<T>[];
  byHead: Map<number, Candidates<T>>;
}

/**
 * The phrases that may begin at a text head, in match order, with their literal prefixes in
 * one trie: a single walk along the text tells which of them begin there, where checking
 * each phrase's prefixes in turn compared the same leading characters again and again.
 */
class Candidates<T> {
  private readonly root = new LiteralNode();
  /** Per entry, the walk that found one of its prefixes (a walk's number, not a flag to clear). */
  private readonly found: Int32Array;
  private walks = 0;

  constructor(readonly entries: readonly Entry<T>[]) {
    this.found = new Int32Array(entries.length);
    entries.forEach((entry, index) => {
      for (const literal of entry.literals) {
        let node = this.root;
        for (let k = 0; k < literal.length; k++) node = node.child(literal.charCodeAt(k));
        if (!node.ends.includes(index)) node.ends.push(index);
      }
    });
  }

  /**
   * Marks the entries one of whose prefixes begins `folded` at `start` (a space in a prefix
   * standing for a run of white space, as `[\s]+`); returns the walk's number for {@link begins}.
   */
  walk(folded: string, start: number): number {
    const walk = ++this.walks;
    const found = this.found;
    let node: LiteralNode | undefined = this.root;
    let i = start;
    for (;;) {
      for (const index of node.ends) found[index] = walk;
      if (node.codes.length === 0) break;
      let code = folded.charCodeAt(i++);
      if (isSpace(code)) {
        code = 0x20;
        while (isSpace(folded.charCodeAt(i))) i++;
      }
      node = node.find(code);
      if (node === undefined) break;
    }
    return walk;
  }

  /** Whether entry `index` was marked by walk `walk`. */
  begins(index: number, walk: number): boolean {
    return this.found[index] === walk;
  }
}

class LiteralNode {
  readonly codes: number[] = [];
  readonly children: LiteralNode[] = [];
  /** The entries with a prefix ending here. */
  readonly ends: number[] = [];

  find(code: number): LiteralNode | undefined {
    const codes = this.codes;
    for (let k = 0; k < codes.length; k++) if (codes[k] === code) return this.children[k];
    return undefined;
  }

  child(code: number): LiteralNode {
    let node = this.find(code);
    if (node === undefined) {
      node = new LiteralNode();
      this.codes.push(code);
      this.children.push(node);
    }
    return node;
  }
}

function buildStickyPhrases<T>(lists: readonly { tag: T; phrases: readonly string[]; group?: number }[], numberSource?: string): TaggedPhraseMatcher<T> {
  // Indexed by the first two characters a match can start with ("nu", "pa", "o_" for the word
  // "o"): a word start tries only the phrases that can begin there, a fifth of a first-letter
  // bucket on Romanian text. Phrases whose second character cannot be told ("a*", "n-am") sit
  // under their first letter; those whose first cannot ("#", a gap) everywhere.
  const byTriple = new Map<string, Entry<T>[]>();
  const byPair = new Map<string, Entry<T>[]>();
  const byFirst = new Map<string, Entry<T>[]>();
  const anywhere: Entry<T>[] = [];
  let order = 0;
  // Every head of every phrase, to pass over most word starts before any bucket is looked up;
  // a phrase whose head cannot be told turns that off.
  const headFilter = new HeadFilter();
  let unfiltered = false;
  const add = (map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  const numbers = numberHeads(numberSource ?? '\\d{1,2}');
  // The numbers `#` matches in full (as the regex is built), for heads of four characters.
  const fullNumbers = numberWords(numberSource ?? '\\d{1,3}');
  let allGroups = 0;
  for (const { tag, phrases, group = 0 } of lists) {
    const groupBit = 1 << group;
    allGroups |= groupBit;
    for (const phrase of new Set(phrases)) {
      const body = phrase.trim().replace(/^\^/, '').replace(/\$$/, '').trim();
      const entry: Entry<T> = { phrase, tag, groupBit, order: order++, heads: headKeys(body, fullNumbers), regex: null, literals: literalPrefixes(body) };
      if (entry.heads === null) unfiltered = true;
      else for (const head of entry.heads) headFilter.add(head);
      const triples = firstTriples(body);
      const pairs = triples ? null : firstPairs(body, numbers);
      if (triples) {
        for (const triple of triples.triples) add(byTriple, triple, entry);
        for (const pair of triples.pairs) add(byPair, pair, entry);
      } else if (pairs) for (const pair of pairs) add(byPair, pair, entry);
      else {
        const firsts = firstChars(body);
        if (firsts === null) anywhere.push({ ...entry, order: entry.order + ANYWHERE });
        else for (const char of firsts) add(byFirst, char, entry);
      }
    }
  }
  // Longest written first, ties as written (first-letter phrases, then those that may start anywhere).
  const bucketOf = (list: Entry<T>[]): Bucket<T> => ({
    entries: [...list].sort((a, b) => b.phrase.length - a.phrase.length || a.order - b.order),
    byHead: new Map(),
  });
  type Compiled = Bucket<T> | null;
  // A triple no phrase is keyed by shares its pair's bucket: built once per pair, not per triple.
  const pairCompiled = new Map<string, Compiled>();
  const build = (first: number, second: number, third: number): Compiled => {
    const pair = String.fromCharCode(first, second);
    const rest = [...(byPair.get(pair) ?? []), ...(byFirst.get(pair[0]!) ?? []), ...anywhere];
    const own = byTriple.get(pair + String.fromCharCode(third));
    if (own) return bucketOf([...own, ...rest]);
    let compiled = pairCompiled.get(pair);
    if (compiled === undefined) pairCompiled.set(pair, (compiled = rest.length > 0 ? bucketOf(rest) : null));
    return compiled;
  };
  // Built on first use: a cold Lambda pays only for the word starts its first replies have.
  // Triples of word characters (nearly every word of folded text) index an array, no string
  // built per word start; other first characters (other scripts) a map. After a one-letter
  // word the third character is not looked at ("o_" + anything).
  // Two levels (a pair, then its third character), the second allocated when its pair is first
  // met: a flat 39³ array per matcher would cost ~0.5 MB each, a sparse one a dictionary lookup.
  const slots: ((Compiled | undefined)[] | undefined)[] = new Array<(Compiled | undefined)[] | undefined>(SLOTS * SLOTS).fill(undefined);
  const other = new Map<number, Compiled>();
  const bucket = (first: number, second: number, following: number): Compiled => {
    const third = second === UNDERSCORE ? UNDERSCORE : following;
    const a = first < 0x80 ? SLOT[first]! : -1;
    if (a >= 0) {
      const pairIndex = a * SLOTS + SLOT[second]!;
      let thirds = slots[pairIndex];
      if (thirds === undefined) slots[pairIndex] = thirds = new Array<Compiled | undefined>(SLOTS).fill(undefined);
      const index = SLOT[third]!;
      let compiled = thirds[index];
      if (compiled === undefined) thirds[index] = compiled = build(first, second, third);
      return compiled;
    }
    const key = (first * PAIR + second) * 0x80 + third;
    let compiled = other.get(key);
    if (compiled === undefined) other.set(key, (compiled = build(first, second, third)));
    return compiled;
  };
  return {
    matchAt(folded, starts) {
      const out: { start: number; end: number; tag: T }[] = [];
      const heads = textHeads(folded, starts);
      for (let i = 0; i < starts.length; i++) {
        // Most word starts begin no phrase of this matcher: a bit or two of a small table tell.
        const head = heads[i]!;
        if (!unfiltered && !headFilter.mayStart(head)) continue;
        const start = starts[i]!;
        const compiled = bucket(folded.charCodeAt(start), pairSecond(folded.charCodeAt(start + 1)), pairSecond(folded.charCodeAt(start + 2)));
        if (!compiled) continue;
        // Only the phrases whose first four characters begin the text there are tried, each
        // with its own small regex, in the order one alternation of them all would try them
        // (a bucket's alternation ran its other alternatives too, and was big to compile).
        let candidates = compiled.byHead.get(head);
        if (candidates === undefined) compiled.byHead.set(head, (candidates = new Candidates(compiled.entries.filter((entry) => mayStartWith(entry.heads, head)))));
        // Most candidates part from the text after their first four characters: one walk along
        // the text tells which, without a call into the regex engine.
        const walk = candidates.walk(folded, start);
        const entries = candidates.entries;
        let done = 0;
        for (let k = 0; k < entries.length; k++) {
          const entry = entries[k]!;
          if ((done & entry.groupBit) !== 0) continue;
          if (!candidates.begins(k, walk)) continue;
          const regex = (entry.regex ??= new RegExp(`(?:${phraseSource(entry.phrase, numberSource)})${WORD_END}`, 'y'));
          regex.lastIndex = start;
          // test() leaves the match's end in lastIndex without building a match array.
          if (!regex.test(folded)) continue;
          // The first phrase of a group that matches decides, as in an alternation; an empty match is none.
          const end = regex.lastIndex;
          if (end > start) out.push({ start, end, tag: entry.tag });
          done |= entry.groupBit;
          if (done === allGroups) break;
        }
      }
      return out;
    },
  };
}

/** The most prefixes a phrase's leading groups are spelled out into. */
const MAX_LITERALS = 16;
const LITERAL_WORD = /^[a-z0-9'.,:;!?&/+]+$/;

/**
 * What every match of a phrase begins with, one of a few spelled-out prefixes: its leading
 * words, and the alternatives of its leading groups ("(i'll|i will) come" → "i'll come",
 * "i will come"; an optional group also without it), up to the first wildcard, number, gap,
 * hyphen or group of anything else. A prefix cut short is still one every match begins with.
 */
function literalPrefixes(body: string): string[] {
  let prefixes = [''];
  for (const item of splitTopLevel(body.trim(), /\s/)) {
    const options = itemLiterals(item);
    if (options === null) return cutPrefixes(prefixes, item);
    const next = new Set<string>();
    for (const prefix of prefixes) {
      for (const option of options) next.add(option === '' ? prefix : prefix === '' ? option : `${prefix} ${option}`);
    }
    if (next.size > MAX_LITERALS) return prefixes;
    prefixes = [...next];
  }
  return prefixes;
}

/** An item's literal spellings: a word, or a group of plain alternatives ('' for an empty one); null otherwise. */
function itemLiterals(item: string): string[] | null {
  // "..." is a gap of words, not three dots.
  if (item.includes('..')) return null;
  if (LITERAL_WORD.test(item)) return [item];
  if (!item.startsWith('(') || closingParen(item, 0) !== item.length - 1) return null;
  const alternatives = splitAlternatives(item.slice(1, -1)).map((alternative) => alternative.trim());
  return alternatives.every((alternative) => alternative === '' || alternative.split(/\s+/).every((word) => LITERAL_WORD.test(word))) ? alternatives.map((a) => a.replace(/\s+/g, ' ')) : null;
}

/** The prefixes followed by the literal start of an item that cannot be spelled out ("prezent" of "prezent(|a)"). */
function cutPrefixes(prefixes: string[], item: string): string[] {
  const head = /^[a-z0-9']*/.exec(item)![0];
  if (head === '') return prefixes;
  return prefixes.map((prefix) => (prefix === '' ? head : `${prefix} ${head}`));
}

/** The characters of `\s` in a JavaScript regex. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

let headsFolded = '';
let headsStarts: readonly number[] = [];
let headsOfStarts: Int32Array = new Int32Array(0);

/**
 * The text heads at `starts`, computed once for the many matchers that read the same clause in
 * a row (their calls pass the same text and the same starts array).
 */
function textHeads(folded: string, starts: readonly number[]): Int32Array {
  if (folded === headsFolded && starts === headsStarts) return headsOfStarts;
  headsFolded = folded;
  headsStarts = starts;
  headsOfStarts = new Int32Array(starts.length);
  for (let i = 0; i < starts.length; i++) headsOfStarts[i] = textHead(folded, starts[i]!);
  return headsOfStarts;
}

const FILTER_BITS = 1 << 16;

/**
 * A set of phrase heads as bits of a hashed table (a Bloom filter with one hash): a miss is
 * certain, a hit is checked by the buckets. 8 KB per matcher; a head shorter than four
 * characters is looked up as a prefix, only for the lengths some head has.
 */
class HeadFilter {
  private readonly bits = new Uint32Array(FILTER_BITS / 32);
  /** Bit L - 1 set when some head is L characters long. */
  private lengths = 0;

  add(head: number): void {
    const slot = hashHead(head);
    this.bits[slot >>> 5]! |= 1 << (slot & 31);
    this.lengths |= 1 << (headLength(head) - 1);
  }

  mayStart(text: number): boolean {
    if (text === UNKNOWN_HEAD) return true;
    const { bits, lengths } = this;
    for (let length = 4; length >= 1; length--) {
      if ((lengths & (1 << (length - 1))) === 0) continue;
      const slot = hashHead(length === 4 ? text : text & PREFIX_MASK[length]!);
      if ((bits[slot >>> 5]! & (1 << (slot & 31))) !== 0) return true;
    }
    return false;
  }
}

const PREFIX_MASK = [0, 0xff000000 | 0, 0xffff0000 | 0, 0xffffff00 | 0];

function hashHead(head: number): number {
  return Math.imul(head, 0x9e3779b1) >>> 16;
}

/** Characters of a head key before its trailing NULs (1–4). */
function headLength(head: number): number {
  if ((head & 0xff) !== 0) return 4;
  if ((head & 0xff00) !== 0) return 3;
  if ((head & 0xff0000) !== 0) return 2;
  return 1;
}

const ANYWHERE = 1e9;
const HEAD_DEPTH = 4;
/** A text head that cannot be told (a character outside ASCII): never filtered out. */
const UNKNOWN_HEAD = -1;

/**
 * A head of up to four ASCII characters as one number, a byte each, first character highest
 * (zeros after a shorter head): a head is a prefix of a text head when equal under a mask.
 * The first character is below 0x80, so keys are never negative.
 */
function headKey(head: string): number {
  let key = 0;
  for (let i = 0; i < HEAD_DEPTH; i++) key = (key << 8) | (i < head.length ? head.charCodeAt(i) : 0);
  return key;
}

/**
 * The keys of the first four characters every match of a phrase can start with, white space
 * as one space (`[\s]+` in the regex), cut short where unsure (a gap, `*`); null when even the
 * first character is unsure or outside ASCII: such a phrase makes its bucket unfiltered.
 */
function headKeys(body: string, numbers: ReadonlySet<string> | null): number[] | null {
  const heads = headsOf(body, numbers, HEAD_DEPTH);
  if (heads === null) return null;
  const keys: number[] = [];
  for (const head of heads) {
    if (!/^[\x21-\x7e][\x00\x20-\x7e]*$/.test(head)) return null;
    keys.push(headKey(head));
  }
  return keys;
}

/** The key of the text's first four characters at `start`, white space runs as one space, as the regex reads them. */
function textHead(folded: string, start: number): number {
  let key = 0;
  let count = 0;
  let space = false;
  for (let i = start; i < folded.length && count < HEAD_DEPTH; i++) {
    const code = folded.charCodeAt(i);
    if (code >= 0x80) return UNKNOWN_HEAD;
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
      if (space) continue;
      space = true;
      key = (key << 8) | 0x20;
    } else {
      space = false;
      key = (key << 8) | code;
    }
    count++;
  }
  return key << (8 * (HEAD_DEPTH - count));
}

/** Whether a phrase with these heads can begin where the text head is (a head shorter than four characters as a prefix). */
function mayStartWith(heads: readonly number[] | null, text: number): boolean {
  if (heads === null || text === UNKNOWN_HEAD) return true;
  return heads.some((head) => head === text || head === (text & 0xffffff00) || head === (text & 0xffff0000) || head === (text & 0xff000000));
}
const ALNUM = /[a-z0-9]/;
const PAIR = 0x10000;
/** Characters a word can start with in folded text, then `_`: each gets a slot of the pair index. */
const SLOT_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789+'_";
const SLOTS = SLOT_CHARS.length;
const SLOT = Int8Array.from({ length: 0x80 }, (_, code) => SLOT_CHARS.indexOf(String.fromCharCode(code)));
const UNDERSCORE = 0x5f;

/** The second character of a pair key: a letter or digit itself, anything else (or the end) `_`. */
function pairSecond(code: number): number {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ? code : UNDERSCORE;
}

/**
 * The first three characters of every match, for phrases whose first word has two letters or
 * more ("inv" for "invitatia", "in_" for "in"): the common starts ("in", "co", "nu") split
 * by their third character. Null when that cannot be told; heads of one-letter words ("o ")
 * stay with the pairs.
 */
function firstTriples(text: string): { triples: Set<string>; pairs: Set<string> } | null {
  // Number words differ in length and only their heads to two characters are at hand: a number gives null.
  const heads = headsOf(text, null, 3);
  if (heads === null) return null;
  const triples = new Set<string>();
  const pairs = new Set<string>();
  for (const head of heads) {
    if (head === '') return null;
    if (head.length > 1 && ALNUM.test(head[1]!)) triples.add(head.slice(0, 2) + (head.length > 2 && ALNUM.test(head[2]!) ? head[2]! : '_'));
    else pairs.add(head[0]! + '_');
  }
  return { triples, pairs };
}

/**
 * The pairs of characters a match of a phrase can start with, second one `_` when it is not
 * a letter or digit (a one-letter word, an apostrophe); null when that cannot be told (a
 * number, a gap, `*` or `-` within the first two characters). A superset is harmless, a
 * missing pair would lose matches: anything unsure gives null.
 */
function firstPairs(text: string, numbers: ReadonlySet<string>): Set<string> | null {
  const heads = headsOf(text, numbers);
  if (heads === null) return null;
  const pairs = new Set<string>();
  for (const head of heads) {
    if (head === '') return null;
    pairs.add(head[0]! + (head.length > 1 && ALNUM.test(head[1]!) ? head[1]! : '_'));
  }
  return pairs;
}

/**
 * The first two characters of every match of a run of items (words and groups separated by
 * spaces), a space between words; shorter when the whole match is shorter. Null when unsure.
 */
function headsOf(text: string, numbers: ReadonlySet<string> | null, depth = 2): Set<string> | null {
  let heads = new Set<string>(['']);
  const items = splitTopLevel(text, /\s/);
  for (const [index, item] of items.entries()) {
    if ([...heads].every((head) => head.length >= depth)) break;
    if (item === '...') {
      if (depth !== HEAD_DEPTH) return null;
      heads = freeze(heads, depth);
      break;
    }
    const optional = optionalGroup(item);
    const options = optional ? optional.map((option) => itemHeads(option, numbers, depth)) : [itemHeads(item, numbers, depth)];
    if (options.some((set) => set === null)) return null;
    const next = new Set<string>();
    for (const head of heads) {
      // An absent optional word leaves the run as it was; a present one follows a space. So does
      // a last item that may be empty as a whole (see phraseSource).
      if (head.length >= depth || optional || (index > 0 && index === items.length - 1 && mayBeEmpty(item))) next.add(head);
      if (head.length >= depth) continue;
      for (const set of options) for (const option of set!) next.add((head === '' ? option : `${head} ${option}`).slice(0, depth));
    }
    heads = next;
  }
  return heads;
}

/**
 * As {@link headsOf} for one item: letters and glued groups ("prezent(|a)", "(o |)sa"), or
 * one alternative of a group, where a space stands for itself (white space in the text).
 */
function itemHeads(item: string, numbers: ReadonlySet<string> | null, depth = 2): Set<string> | null {
  let heads = new Set<string>(['']);
  for (let i = 0; i < item.length; i++) {
    if ([...heads].every((head) => head.length >= depth)) break;
    const char = item[i]!;
    // "#" is any number the tables know: its heads are listed, so "# persoane" or "(#|cateva)
    // minute" is tried only where a number can start, not at every word.
    if (char === '#') {
      // `numbers` are heads at least `depth` long, or whole numbers; null when not known.
      if (numbers === null) {
        if (depth !== HEAD_DEPTH) return null;
        heads = freeze(heads, depth);
        break;
      }
      heads = new Set([...heads].flatMap((head) => (head.length >= depth ? [head] : [...numbers].map((number) => (head + number).slice(0, depth)))));
      continue;
    }
    // "n-am": `[-\s]?`, a hyphen, a space or nothing.
    if (char === '-' && depth === HEAD_DEPTH) {
      heads = new Set([...heads].flatMap((head) => (head.length >= depth ? [head] : [`${head}-`, `${head} `, head])));
      continue;
    }
    if (char === '*' || char === '-' || item.startsWith('...', i)) {
      if (depth !== HEAD_DEPTH) return null;
      heads = freeze(heads, depth);
      break;
    }
    if (char === '(') {
      const close = closingParen(item, i);
      if (close < 0) return null;
      const options = splitAlternatives(item.slice(i + 1, close)).map((alt) => (alt.trim() === '' ? new Set(['']) : itemHeads(alt, numbers, depth)));
      if (options.some((set) => set === null)) return null;
      const next = new Set<string>();
      for (const head of heads) {
        if (head.length >= depth) next.add(head);
        else for (const set of options) for (const option of set!) next.add((head + option).slice(0, depth));
      }
      heads = next;
      i = close;
      continue;
    }
    heads = new Set([...heads].map((head) => (head.length >= depth ? head : head + (/\s/.test(char) ? ' ' : char))));
  }
  return heads;
}

/**
 * The first two characters of every number `numberSource` matches (digits, then number words
 * such as "doua" or "a couple of"), a space for a word's end; a superset for digits.
 */
function numberHeads(numberSource: string): ReadonlySet<string> {
  const heads = new Set<string>();
  for (const alternative of numberSource.split('|')) {
    if (alternative.startsWith('\\d')) {
      for (const digit of '0123456789') for (const next of ' 0123456789abcdefghijklmnopqrstuvwxyz') heads.add(digit + next);
      continue;
    }
    const word = alternative.replace(/\\s\+/g, ' ').replace(/\\(.)/g, '$1');
    heads.add(word.length > 1 ? word.slice(0, 2) : `${word} `);
  }
  return heads;
}

/**
 * For the four-character heads only: what cannot be told further (a number, `*`, a gap) ends
 * a head there, padded with NULs so nothing is appended; its key then matches as a prefix.
 */
function freeze(heads: ReadonlySet<string>, depth: number): Set<string> {
  return new Set([...heads].map((head) => (head.length >= depth ? head : (head + '\0'.repeat(depth)).slice(0, depth))));
}

/**
 * Every number `numberSource` matches, whole ("5", "42", "doua", "a couple of"); null when
 * that cannot be listed (more than two digits, anything but plain words).
 */
function numberWords(numberSource: string): ReadonlySet<string> | null {
  const out = new Set<string>();
  for (const alternative of numberSource.split('|')) {
    if (alternative === '\\d{1,2}') {
      for (let n = 0; n < 10; n++) out.add(String(n));
      for (let n = 0; n < 100; n++) out.add(String(n).padStart(2, '0'));
      continue;
    }
    if (!/^(?:[a-z0-9']|\\s\+)+$/.test(alternative)) return null;
    out.add(alternative.replace(/\\s\+/g, ' '));
  }
  return out;
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

/** Offsets where a word begins in folded text: a letter, digit, `+` or `'` not after a letter or digit. */
export function wordStarts(folded: string): number[] {
  // Char codes, not a one-character regex test per character: this runs for every clause and
  // every findAll, and the strings and regex calls were a visible share of the cost.
  const starts: number[] = [];
  let afterAlnum = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const alnum = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
    if ((alnum || code === 0x2b || code === 0x27) && !afterAlnum) starts.push(i);
    afterAlnum = alnum;
  }
  return starts;
}

let lastFolded = '';
let lastStarts: readonly number[] = [];

/** Matches left to right without overlaps (the earliest, then the next after it), like a global regex scan. */
export function findAll(matcher: PhraseMatcher, folded: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let after = 0;
  // The same clause is searched by many matchers in a row (details, intent, scopes): its word
  // starts are computed once. Private to findAll, so no caller can alter the cached array.
  if (folded !== lastFolded) {
    lastFolded = folded;
    lastStarts = wordStarts(folded);
  }
  for (const { start, end } of matcher.matchAt(folded, lastStarts)) {
    if (start < after) continue;
    out.push({ start, end, text: folded.slice(start, end) });
    after = end;
  }
  return out;
}

