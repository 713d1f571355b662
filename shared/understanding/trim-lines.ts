import type { HeaderLabelKind, TrimTables } from './locales';

/**
 * Longest line the pattern checks look at. Quote headers, header fields and
 * signature lines are short; anything longer is the person's text, and the cap
 * keeps every regex below linear in practice on hostile input.
 */
export const MAX_INSPECTED_LINE = 400;

export function isBlank(line: string): boolean {
  for (let k = 0; k < line.length; k++) {
    const code = line.charCodeAt(k);
    if (code !== 32 && code !== 9 && code !== 0xa0 && code !== 13 && code !== 11 && code !== 12 && code !== 0xfeff) {
      return /^\s*$/.test(line.slice(k)); // other Unicode spaces are rare: let the regex decide
    }
  }
  return true;
}

/**
 * A quoted line: "> text", or Supercite's initials prefix "JD> text" (Emacs and
 * some list archives), which is always upper-case initials.
 */
export function isQuoteLine(line: string): boolean {
  let k = 0;
  while (k < line.length && (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9)) k++;
  const letters = k;
  while (k < line.length && k - letters < 5) {
    const code = line.charCodeAt(k);
    if (code < 65 || code > 90) break; // A–Z
    k++;
  }
  return line.charCodeAt(k) === 62 && k - letters <= 4; // ">"
}

/** The usenet signature delimiter "-- " (RFC 3676 §4.3), also without its trailing space. */
export function isSignatureDelimiter(line: string): boolean {
  return line.length <= 8 && /^[ \t]*--[ \t\u00a0]*$/.test(line);
}

/**
 * A horizontal rule: Outlook's "________________________________" above the
 * header block, a "-------" line, or a fleuron (❧ ☙ ❦). "***", "####" and "===="
 * are left alone: they are Markdown and code more often than separators.
 */
export function isRule(line: string): boolean {
  if (line.length > 120) return false;
  return /^[ \t*]*(?:_{5,}|-{5,}|[\u2767\u2619\u2766\u1427])[ \t*]*$/.test(line);
}

/** "-----Original Message-----", "Început mesaj redirecționat:", "*-------- Mesajul original --------*". */
export function isSeparator(folded: string, tables: TrimTables): boolean {
  if (folded.length > 120) return false;
  let start = 0;
  let end = folded.length;
  while (start < end && SEPARATOR_DECORATION.has(folded.charCodeAt(start))) start++;
  while (end > start && (SEPARATOR_DECORATION.has(folded.charCodeAt(end - 1)) || folded[end - 1] === ':' || folded[end - 1] === '\uff1a')) {
    end--;
  }
  return end > start && tables.separators.has(folded.slice(start, end));
}

// White space, "*", "_", "=", "~" and "-" around a separator's words.
const SEPARATOR_DECORATION = new Set([9, 10, 11, 12, 13, 32, 0xa0, 42, 95, 61, 126, 45]);

/**
 * "Sent from my iPhone", "Trimis de pe iPhone-ul meu", "<<sent by galaxy>>",
 * "Get [Outlook for Android](https://aka.ms/x)".
 */
export function isMobileSignature(folded: string, tables: TrimTables): boolean {
  if (folded.length > 160) return false;
  let plain = folded.includes('](') ? folded.replace(/\[([^\]\n]{1,80})\]\([^)\n]{0,200}\)/g, '$1') : folded; // Markdown links
  let start = 0;
  let end = plain.length;
  while (start < end && MOBILE_OPENERS.has(plain.charCodeAt(start))) start++;
  while (end > start && MOBILE_CLOSERS.has(plain.charCodeAt(end - 1))) end--;
  if (end - start > 80 || end === start) return false;
  plain = plain.slice(start, end);
  const candidates = tables.mobilePrefixesByHead.get(plain.slice(0, 2));
  if (candidates !== undefined) for (const prefix of candidates) if (plain.startsWith(prefix)) return true;
  for (const pattern of tables.mobilePatterns) if (pattern.test(plain)) return true;
  return false;
}

// "(sent from a phone)", "<<sent by galaxy>>", "[Sent from …]" and the white space around.
const MOBILE_OPENERS = new Set([9, 32, 0xa0, 40, 60, 91]);
const MOBILE_CLOSERS = new Set([9, 32, 0xa0, 13, 41, 62, 93]);

/**
 * The kind of a header-block field line ("De la: X", "*From:* X", "Subject: Y"),
 * or null. Values may be empty only for Cc (Yahoo writes "Cc: ").
 */
export function headerFieldKind(folded: string, tables: TrimTables): HeaderLabelKind | null {
  const head = folded.length > 60 ? folded.slice(0, 60) : folded;
  const colon = head.search(/[:\uff1a]/);
  if (colon <= 0 || colon > 40) return null;
  const label = head.slice(0, colon).replace(/[*>]/g, '').trim();
  const kind = tables.headerLabels.get(label);
  if (kind === undefined) return null;
  const value = folded.slice(colon + 1, colon + 80).replace(/\*/g, '').trim();
  if (value === '' && kind !== 'cc') return null;
  return kind;
}

/**
 * End (exclusive) of an Outlook/forward header block starting at `start`, or -1.
 * A block is at least two field lines, among them "From" or three kinds
 * (Hotmail's quoted block starts with "Subject:"); up to two wrapped
 * continuation lines per field are allowed ("Subject: a long\nsubject").
 * `kindAt` is `headerFieldKind` of a line, usually cached by the caller.
 */
export function headerBlockEnd(
  count: number,
  start: number,
  kindAt: (index: number) => HeaderLabelKind | null,
  lineAt: (index: number) => string,
): number {
  if (start >= count) return -1;
  const firstKind = kindAt(start);
  if (firstKind === null) return -1;
  let kinds = KIND_BITS[firstKind];
  let fields = 1;
  let lastField = start;
  let continuation = 0;
  for (let j = start + 1; j < count && j < start + 16; j++) {
    const line = lineAt(j);
    if (isBlank(line)) break;
    const kind = kindAt(j);
    if (kind !== null) {
      kinds |= KIND_BITS[kind];
      fields += 1;
      lastField = j;
      continuation = 0;
    } else if (continuation < 2 && line.length <= 200) {
      continuation += 1;
    } else {
      break;
    }
  }
  const distinct = popCount(kinds);
  const valid = fields >= 2 && (((kinds & KIND_BITS.from) !== 0 && distinct >= 2) || distinct >= 3);
  return valid ? lastField + 1 : -1;
}

/**
 * "De la: Lavinia Simion <…> Trimis: miercuri, 6 ianuarie 2021 10:12 Către: … Subiect: …" on one line (h581_059): an HTML
 * client that wrote the header block's fields with bare line breaks, which HTML runs together. A line that opens on the
 * "From" field holds the labels of two more kinds after it.
 */
export function isInlineHeaderBlock(folded: string, tables: TrimTables): boolean {
  // An address or an hour: a letter heading ("De la: Asociația … Către: Primăria … Subiect: …") or "Da: particip. Data: …" has none.
  if (folded.length > MAX_INLINE_BLOCK || !ADDRESS_OR_HOUR.test(folded)) return false;
  let kinds = 0;
  for (const match of folded.matchAll(INLINE_LABEL)) {
    const kind = tables.headerLabels.get(match[1]!.trim());
    if (kind !== undefined && kind !== 'from' && kind !== 'other') kinds |= KIND_BITS[kind];
  }
  return popCount(kinds) >= 2;
}
/** A label inside a line: one to three words before a colon, after a space. */
const INLINE_LABEL = /\s((?:[a-z-]+ ){0,2}[a-z-]+):/g;
const MAX_INLINE_BLOCK = 600;
const ADDRESS_OR_HOUR = /@|\d{1,2}:\d{2}/;

const KIND_BITS: Record<HeaderLabelKind, number> = { from: 1, date: 2, to: 4, cc: 8, subject: 16, other: 32 };

function popCount(bits: number): number {
  let count = 0;
  for (let b = bits; b !== 0; b &= b - 1) count += 1;
  return count;
}

/**
 * Case- and diacritic-insensitive key of text that is already
 * Romanian-normalised (the same key `foldKey` gives), with an ASCII fast path:
 * this runs once per line trimming reads ({@link LazyFoldedLines}).
 */
export function foldNormalized(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

/**
 * Lines read by index (`at`, as arrays have it), so a folded copy may be made line by line as read.
 * Indices are never negative: an array's `at(-1)` is its last line, {@link LazyFoldedLines}' is undefined.
 */
export interface LineSource {
  readonly length: number;
  at(index: number): string | undefined;
}

/**
 * The folded key of each line ({@link foldNormalized}), made when the line is first read:
 * trimming stops at the quoted original, which is most of a reply's lines and is rarely read
 * past its first ones, so folding the whole message up front was mostly wasted.
 */
export class LazyFoldedLines implements LineSource {
  readonly length: number;
  private readonly folded: (string | undefined)[];

  constructor(private readonly lines: readonly string[]) {
    this.length = lines.length;
    this.folded = new Array<string | undefined>(lines.length);
  }

  at(index: number): string | undefined {
    if (index < 0 || index >= this.length) return undefined;
    let line = this.folded[index];
    if (line === undefined) this.folded[index] = line = foldNormalized(this.lines[index]!);
    return line;
  }
}

/** Length of the quote-marker prefix ("> > ", "JD> "), so the same offset can cut a folded copy. */
export function quotePrefixLength(line: string): number {
  const head = line.length > MAX_INSPECTED_LINE ? line.slice(0, MAX_INSPECTED_LINE) : line;
  const match = /^(?:[ \t]*(?:[A-Z]{1,4})?>)+[ \t]?/.exec(head);
  return match === null ? 0 : match[0].length;
}
