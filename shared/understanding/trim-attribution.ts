import type { TrimTables } from './locales';
import { MAX_INSPECTED_LINE } from './trim-lines';
import type { LineSource } from './trim-lines';

// Evidence that a line talks about a message rather than being prose: a time
// (10:15, 13.16), a year, a numeric date, an address, a mailing-list "via".
const TIME_OR_DATE = /\d{1,2}[:.]\d{2}|(?<!\d)(?:19|20)\d{2}(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/;
const ADDRESS = /@|<[^<>]{0,200}>|\svia\s/;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const CLOCK = /\d{1,2}[:.]\d{2}/;
// Old Gmail: "2013/7/20 sam via Discourse Meta <info@discourse.org>", "2016-10-24 15:36 GMT+02:00 Foo <x@y>:".
const STARTS_WITH_DATE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/;
const ENDS_WITH_ANGLE_ADDRESS = /<\s*[^<>\s@]{1,100}@[^<>\s]{1,200}\s*>\s*[:\uff1a]?$/;
// "2016-03-03 17:21 GMT+01:00 Some One" (old Gmail, no verb, no address).
const ISO_DATE_GMT_NAME = /^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2} gmt[+-]\d{2}:?\d{2} [^<>@:]{1,80}$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Scripts written without spaces between words need no word boundary around the verb.
const NEEDS_BOUNDARY = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

function boundaryOk(text: string, index: number): boolean {
  const ch = text[index];
  return ch === undefined || !LETTER_OR_DIGIT.test(ch);
}

const NONE = new Set<number>();
const SPACES = [9, 10, 11, 12, 13, 32, 0xa0];
const LEADING_NOISE = new Set([...SPACES, 62, 42, 45]); // white space, ">", "*", "-"
const TRAILING_NOISE = new Set([...SPACES, 42]); // white space, "*"
const CORE_TAIL = new Set([...SPACES, 58, 0xff1a, 46, 62, 42, 45]); // and ":", "：", ".", ">", "*", "-"

/** `text` without the given characters at its ends; a loop, not a regex, as it runs on every anchor. */
function trimChars(text: string, leading: ReadonlySet<number>, trailing: ReadonlySet<number>): string {
  let start = 0;
  let end = text.length;
  while (start < end && leading.has(text.charCodeAt(start))) start++;
  while (end > start && trailing.has(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const verbEndings = new WeakMap<TrimTables, Set<string>>();

/** Last characters of the verbs: a cheap test that rules out most lines before any `endsWith`. */
function verbLastChars(tables: TrimTables): Set<string> {
  let chars = verbEndings.get(tables);
  if (chars === undefined) {
    chars = new Set(tables.wroteVerbs.map((verb) => verb[verb.length - 1] ?? ''));
    verbEndings.set(tables, chars);
  }
  return chars;
}

function verbAtEnd(core: string, tables: TrimTables): string | null {
  if (!verbLastChars(tables).has(core[core.length - 1] ?? '')) return null;
  for (const verb of tables.wroteVerbs) {
    if (core.length <= verb.length || !core.endsWith(verb)) continue;
    const before = core.length - verb.length - 1;
    if (NEEDS_BOUNDARY.test(verb) && !boundaryOk(core, before)) continue;
    return core.slice(0, core.length - verb.length).trim();
  }
  return null;
}

function containsVerb(text: string, tables: TrimTables): boolean {
  for (const verb of tables.wroteVerbs) {
    const boundary = NEEDS_BOUNDARY.test(verb);
    let from = 0;
    for (;;) {
      const at = text.indexOf(verb, from);
      if (at < 0) break;
      if (!boundary || (boundaryOk(text, at - 1) && boundaryOk(text, at + verb.length))) return true;
      from = at + 1;
    }
  }
  return false;
}

/** True when the folded line begins with an attribution opener ("on", "pe", "în", "am", …) as a word. */
export function startsWithOpener(folded: string, tables: TrimTables): boolean {
  const text = folded.replace(/^[\s>*-]+/, '');
  for (const opener of tables.openers) {
    if (text.startsWith(opener) && (!NEEDS_BOUNDARY.test(opener) || boundaryOk(text, opener.length))) return true;
  }
  return false;
}

/** An opener or a leading date: how the first line of a wrapped attribution looks. */
function startsLikeAttribution(folded: string, tables: TrimTables): boolean {
  return startsWithOpener(folded, tables) || /^[\s-]*\d/.test(folded);
}

const dateTails = new WeakMap<TrimTables, RegExp>();

/**
 * A date and time after the verb, behind one of the locales' attribution openers ("… a scris la 12.01.2021 09:31",
 * "… wrote on Wed, 6 Jan 2021 10:42:13 +0200", h210_010, h212_031), so a translator's opener works here too.
 * Bounded quantifiers only, anchored at the end.
 */
function dateTail(tables: TrimTables): RegExp {
  let tail = dateTails.get(tables);
  if (!tail) {
    const openers = tables.openers.map((opener) => opener.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
    tail = new RegExp(`\\s(?:${openers})\\s+(?:[a-z]{2,9}\\.?,?\\s+)?\\d{1,4}[\\d./:, -]{0,12}(?:[a-z]{3,9}\\.?,?\\s+)?[\\d./:, +-]{0,30}(?:\\s?(?:am|pm))?$`);
    dateTails.set(tables, tail);
  }
  return tail;
}

/**
 * Whether one (possibly joined) folded line is an attribution: the line a mail
 * client writes above the quoted original ("Pe 13.01.2020 09:12, Lavinia Simion
 * a scris:", "On Mon, Apr 2, 2012 at 6:26 PM, Megan <x@y> wrote:", "Am … schrieb
 * X <x@y>:"). Linear: only `endsWith`, `indexOf` and bounded regexes.
 */
export function isAttributionLine(folded: string, tables: TrimTables): boolean {
  if (folded.length > MAX_INSPECTED_LINE) return false;
  const text = trimChars(folded, LEADING_NOISE, TRAILING_NOISE);
  if (text.length < 4) return false;
  const core = trimChars(text, NONE, CORE_TAIL);
  const endsColon = /[:\uff1a]$/.test(text);
  // "Lavinia Simion a scris la 12.01.2021 09:31:" (h210_010): the date after the verb, the colon closing it.
  const dated = endsColon ? dateTail(tables).exec(core) : null;
  const before = verbAtEnd(core, tables) ?? (dated ? verbAtEnd(core.slice(0, dated.index), tables) : null);
  const hasDigit = /\d/.test(text);
  // Every rule below needs a verb at the end, a digit (date, time) or an address.
  if (before === null && !hasDigit && !text.includes('@')) return false;
  const hasDate = hasDigit && TIME_OR_DATE.test(text);
  const hasAddress = ADDRESS.test(text);
  const opener = startsWithOpener(text, tables);

  if (before !== null && before.length > 0) {
    const dashTrail = /\S\s*-{2,}$/.test(text); // Zoho: "---- On … wrote ----"
    const closed = endsColon || dashTrail || (opener && hasDate);
    // "Ion Popescu a scris:" needs no other evidence; a longer prose line does.
    const words = before.split(/\s+/).length;
    if (closed && (hasDate || hasAddress || opener || words <= 5)) return true;
  }
  if (!hasDigit) return false;
  // "Am 03.02.2016 schrieb X <x@y>:", "X <x@y> schrieb am Fr., 28. Apr. 2017 um 11:53 Uhr:", "Den … skrev X <x@y>:".
  if (endsColon && hasDate && (hasAddress || opener) && containsVerb(text, tables)) return true;
  if (
    text.includes('@') &&
    (STARTS_WITH_DATE.test(text) || (YEAR.test(text) && CLOCK.test(text))) &&
    ENDS_WITH_ANGLE_ADDRESS.test(text)
  ) {
    return true;
  }
  return ISO_DATE_GMT_NAME.test(text);
}

const MAX_WRAP_LINES = 5;

/**
 * Attribution lines of a message, including those a client wrapped over
 * several lines (Gmail breaks "On …, Name <addr>\nwrote:" at 78 columns;
 * Outlook for Android puts the address on a line of its own).
 *
 * Each line ending with a colon is an anchor: it is tried alone, then joined
 * with up to five lines above until the join reads as an attribution, so work
 * is linear in the number of lines. Anchors are evaluated lazily, in order, as
 * far as the questions asked require: a reply cut at its first attribution
 * never looks at the megabyte quoted below it.
 */
export class AttributionSpans {
  private readonly ends = new Map<number, number>();
  private evaluated = 0;

  constructor(
    private readonly folded: LineSource,
    private readonly quoted: ArrayLike<number>,
    private readonly tables: TrimTables,
  ) {}

  /** Last line of the attribution that starts on line `start`, or -1. Attributions start on unquoted lines. */
  endOf(start: number): number {
    // A span starting at `start` ends at most MAX_WRAP_LINES + 1 lines below it.
    this.evaluateTo(start + MAX_WRAP_LINES + 2);
    return this.ends.get(start) ?? -1;
  }

  /** Whether the lines hold any attribution; stops at the first one. */
  hasAny(): boolean {
    while (this.ends.size === 0 && this.evaluated < this.folded.length) this.evaluateTo(this.evaluated + 64);
    return this.ends.size > 0;
  }

  private evaluateTo(limit: number): void {
    const stop = Math.min(limit, this.folded.length);
    for (; this.evaluated < stop; this.evaluated++) this.evaluateAnchor(this.evaluated);
  }

  private evaluateAnchor(j: number): void {
    const { folded, quoted, tables } = this;
    const line = folded.at(j) ?? '';
    if (line.length > MAX_INSPECTED_LINE) return;
    const trimmed = line.trim();
    if (trimmed === '') return;
    const last = trimmed[trimmed.length - 1];
    const anchor = last === ':' || last === '\uff1a';
    if (!quoted[j] && (anchor || last === '>' || last === '-' || isDigit(trimmed.charCodeAt(0)))) {
      if (isAttributionLine(trimmed, tables)) {
        this.ends.set(anchor ? widenedStart(folded, quoted, j, j, tables) : j, j);
        return;
      }
    }
    if (!anchor) return;
    if (quoted[j] && !isQuotedTail(trimmed, tables)) return;
    const start = wrappedStart(folded, quoted, j, tables);
    if (start >= 0) this.ends.set(start, j);
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * A quoted anchor can only end an unquoted attribution when it is the wrapped
 * tail that happens to start with ">" ("> wrote:", ">:" after "<addr\n"), not
 * a quoted attribution of its own.
 */
function isQuotedTail(trimmed: string, tables: TrimTables): boolean {
  const inner = trimmed.replace(/^>\s*/, '');
  return inner.length <= 40 && !isAttributionLine(inner, tables);
}

/** A line that can be part of a wrapped attribution above its last line. */
function joinable(folded: LineSource, quoted: ArrayLike<number>, k: number): boolean {
  const line = folded.at(k) ?? '';
  if (quoted[k] || line.length > 200) return false;
  const tail = line.length > 20 ? line.slice(-20) : line;
  // A colon ends another anchor; "!" and "?" end the person's sentence.
  return !/[:\uff1a!?]\s*$/.test(tail);
}

function joinLines(folded: LineSource, from: number, to: number): string {
  let joined = '';
  for (let k = from; k <= to; k++) {
    const part = (folded.at(k) ?? '').trim();
    if (part !== '') joined = joined === '' ? part : `${joined} ${part}`;
  }
  return joined;
}

/** Start of the wrapped attribution that ends on anchor line `end`, or -1. */
function wrappedStart(folded: LineSource, quoted: ArrayLike<number>, end: number, tables: TrimTables): number {
  const lowest = Math.max(0, end - MAX_WRAP_LINES);
  let length = (folded.at(end) ?? '').length;
  let blankBelow = false;
  // Shortest join that reads as an attribution.
  for (let s = end - 1; s >= lowest; s--) {
    if (!joinable(folded, quoted, s)) return -1;
    const line = folded.at(s) ?? '';
    if (line.trim() === '') {
      blankBelow = true;
      continue;
    }
    // As in widenedStart: a sentence ended above a blank line is the person's, even with a date or an address in
    // it ("In locul meu va participa colegul X (x@y.ro), eu fiind in concediu." over "… a scris la 12.01.2021:", h210_010).
    if (blankBelow && /\.\s*$/.test(line)) return -1;
    blankBelow = false;
    length += line.length + 1;
    if (length > MAX_INSPECTED_LINE) return -1;
    if (isAttributionLine(joinLines(folded, s, end), tables)) return widenedStart(folded, quoted, s, end, tables);
  }
  return -1;
}

const SIGNATURE_SEPARATOR = /^\s*--\s*$/;

/**
 * The shortest join may begin mid-attribution ("<\nmailto:x@y\n> wrote:",
 * "info@x.ro> escreveu:"): widen it to an opener line with a date above, else
 * to one line above that ends mid-phrase ("… Name <").
 */
function widenedStart(
  folded: LineSource,
  quoted: ArrayLike<number>,
  start: number,
  end: number,
  tables: TrimTables,
): number {
  if (startsLikeAttribution(folded.at(start) ?? '', tables)) return start;
  const lowest = Math.max(0, end - MAX_WRAP_LINES);
  let blankBelow = false;
  for (let s = start - 1; s >= lowest; s--) {
    if (!joinable(folded, quoted, s)) break;
    const line = folded.at(s) ?? '';
    if (line.trim() === '') {
      blankBelow = true;
      continue;
    }
    // A sentence ended above a blank line is the person's ("am primit, venim doi … Ne vedem joi." over the
    // sender's name and "X a scris:"), not an attribution wrapped over the blank (Gmail's "On … Some One" / "<" / "mailto:…").
    if (blankBelow && /\.\s*$/.test(line)) break;
    // Nor is one wrapped over a signature separator: "On the 17th? Sure, I'll be on." / "-- " / "James" above "X wrote:" (h176_038).
    if (SIGNATURE_SEPARATOR.test(line)) break;
    blankBelow = false;
    if (startsWithOpener(line, tables) && /\d/.test(line) && isAttributionLine(joinLines(folded, s, end), tables)) {
      return s;
    }
  }
  // Not `at(-1)`: on an array that is the last line.
  const above = start > 0 ? folded.at(start - 1) : undefined;
  if (above !== undefined && !quoted[start - 1] && /[<,"]\s*$/.test(above) && above.length <= 200) return start - 1;
  return start;
}
