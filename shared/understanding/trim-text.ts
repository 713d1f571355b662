import type { HeaderLabelKind, TrimTables } from './locales';
import { TRIM_TABLES } from './locales';
import { normalizeRomanian } from './text-normalize';
import { AttributionSpans } from './trim-attribution';
import { closingBlockStart, contactBlockStart, isNameLine } from './trim-closing';
import {
  LazyFoldedLines,
  headerBlockEnd,
  isInlineHeaderBlock,
  headerFieldKind,
  isBlank,
  isMobileSignature,
  isQuoteLine,
  isRule,
  isSeparator,
  isSignatureDelimiter,
  MAX_INSPECTED_LINE,
  quotePrefixLength,
} from './trim-lines';
import type { LineSource } from './trim-lines';

/** What the plain-text pass found. */
export interface TextTrim {
  text: string;
  quoted: boolean;
  signature: string | null;
}

/** Lines between a pair of ``` fences are code: never quotes, rules or signatures. */
function codeFenceMask(raw: readonly string[]): Uint8Array {
  const inCode = new Uint8Array(raw.length);
  const fences: number[] = [];
  raw.forEach((line, i) => {
    if (line.length < 200 && /^\s*```/.test(line)) fences.push(i);
  });
  // Only paired fences count: a stray ``` must not shield a quoted original.
  for (let f = 0; f + 1 < fences.length; f += 2) {
    const open = fences[f] ?? 0;
    const close = fences[f + 1] ?? 0;
    inCode.fill(1, open, close + 1);
  }
  return inCode;
}

/** Header-field kinds of a list of folded lines, computed on first use. */
function fieldKinds(folded: LineSource, tables: TrimTables): (index: number) => HeaderLabelKind | null {
  const cache = new Array<HeaderLabelKind | null | undefined>(folded.length);
  return (index) => {
    let kind = cache[index];
    if (kind === undefined) {
      const line = folded.at(index) ?? '';
      kind = line.length <= MAX_INSPECTED_LINE * 4 ? headerFieldKind(line, tables) : null;
      cache[index] = kind;
    }
    return kind;
  };
}

/**
 * Whether a block of quoted lines quotes a whole message (it holds an
 * attribution, a separator or a header block) rather than a sentence the person
 * answers inline.
 */
function quotesAMessage(raw: readonly string[], folded: LineSource, from: number, to: number, tables: TrimTables): boolean {
  const inner: string[] = [];
  let candidate = false;
  for (let k = from; k < to; k++) {
    const line = (folded.at(k) ?? '').slice(quotePrefixLength(raw[k] ?? ''));
    inner.push(line);
    // Attributions, header fields and separators all carry one of these.
    if (!candidate && /[:\uff1a*>-]|^\s*\d/.test(line)) candidate = true;
  }
  if (!candidate) return false;
  if (new AttributionSpans(inner, new Uint8Array(inner.length), tables).hasAny()) return true;
  const kindAt = fieldKinds(inner, tables);
  const lineAt = (k: number): string => inner[k] ?? '';
  for (let k = 0; k < inner.length; k++) {
    const line = inner[k] ?? '';
    if (isBlank(line)) continue;
    if (isSeparator(line, tables) || headerBlockEnd(inner.length, k, kindAt, lineAt) >= 0) return true;
  }
  return false;
}

const NOT_COMPUTED = 0;
const NO_MARKER = -1;
const ORIGINAL = -2;

/**
 * Cuts a plain-text reply down to what the person wrote. One pass over the
 * lines: attributions, header blocks and separators start the original;
 * quoted blocks are dropped when they quote a message or trail the reply, and
 * the person's text below them (bottom-posting, inline answers) is kept;
 * "-- " and rules start a signature; phone/app one-liners are removed; a
 * closing with a name block, or a name block with a phone or address, at the
 * end goes to the signature. The text is
 * Romanian-normalised first (ş ţ → ș ț, NFC).
 */
export function trimPlainText(input: string, tables: TrimTables = TRIM_TABLES): TextTrim {
  const normalized = normalizeRomanian(input).replace(/\r\n?/g, '\n');
  const raw = normalized.split('\n');
  const folded = new LazyFoldedLines(raw);
  const n = raw.length;
  const inCode = codeFenceMask(raw);
  const blank = new Uint8Array(n);
  const quoted = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const line = raw[k] ?? '';
    if (isBlank(line)) blank[k] = 1;
    else if (!inCode[k] && isQuoteLine(line)) quoted[k] = 1;
  }
  const spans = new AttributionSpans(folded, quoted, tables);
  const kindAt = fieldKinds(folded, tables);
  const lineAt = (k: number): string => folded.at(k) ?? '';

  const mobileCache = new Uint8Array(n); // 0 unknown, 1 no, 2 yes
  const isMobile = (k: number): boolean => {
    if (mobileCache[k] === 0) mobileCache[k] = isMobileSignature(folded.at(k) ?? '', tables) ? 2 : 1;
    return mobileCache[k] === 2;
  };
  const nextNonBlank = (from: number, limit = n): number => {
    for (let k = from; k < n && k < limit; k++) if (!blank[k]) return k;
    return -1;
  };
  const startsOriginal = (k: number): boolean =>
    spans.endOf(k) >= 0 || isSeparator(folded.at(k) ?? '', tables) || headerBlockEnd(n, k, kindAt, lineAt) >= 0 ||
    (kindAt(k) === 'from' && isInlineHeaderBlock(folded.at(k) ?? '', tables));
  // Per line: the attribution's last line, ORIGINAL for a header block or separator, NO_MARKER.
  const markers = new Int32Array(n);
  const markerAt = (i: number): number => {
    if (markers[i] !== NOT_COMPUTED) return markers[i] ?? NO_MARKER;
    if (inCode[i]) return NO_MARKER;
    let marker = NO_MARKER;
    const end = spans.endOf(i);
    if (end >= 0) marker = end + 1;
    else if ((folded.at(i) ?? '').length <= MAX_INSPECTED_LINE && !inCode[i] && !blank[i]) {
      if (startsOriginal(i)) marker = ORIGINAL;
      else if (isRule(raw[i] ?? '')) {
        // Outlook's "____" rule (or "-----") directly above the header block.
        const next = nextNonBlank(i + 1, i + 4);
        if (next >= 0 && startsOriginal(next)) marker = ORIGINAL;
      }
    }
    markers[i] = marker;
    return marker;
  };
  const quoteBlockEnd = (start: number): number => {
    let last = start;
    for (let k = start + 1; k < n; k++) {
      if (quoted[k]) last = k;
      else if (!blank[k]) break;
    }
    return last + 1;
  };
  const isPersonText = (k: number): boolean => {
    if (inCode[k]) return true;
    const line = raw[k] ?? '';
    return !quoted[k] && !isSignatureDelimiter(line) && !isRule(line) && !isMobile(k) && markerAt(k) === NO_MARKER;
  };

  // "-- mesaj original --" or "-----Original Message-----" and its header block, then a ">" quote: the person may
  // answer below it, as under an "On … wrote:" line (h275_030 bottom-posts; h274_027 answers between the lines).
  const quoteAfterOriginal = (k: number): number => {
    let next = isSeparator(folded.at(k) ?? '', tables) ? nextNonBlank(k + 1, k + 4) : k;
    const headersEnd = next >= 0 ? headerBlockEnd(n, next, kindAt, lineAt) : -1;
    if (headersEnd >= 0) next = nextNonBlank(headersEnd, headersEnd + 3);
    return next >= 0 && quoted[next] ? next : -1;
  };
  const onlyNamesFrom = (from: number): boolean => {
    let names = 0;
    for (let k = from; k < n; k++) {
      if (blank[k]) continue;
      // The original below ("De la: …" under a rule) ends the reply.
      if (isRule(raw[k] ?? '') || isSignatureDelimiter(raw[k] ?? '') || markerAt(k) !== NO_MARKER) break;
      if (!isNameLine(raw[k] ?? '') || ++names > 2) return false;
    }
    return names > 0;
  };
  const kept: number[] = [];
  const signature: number[] = [];
  let quotedOriginal = false;
  let threadQuoted = false; // a quoted message was seen: later quote blocks belong to it
  let hasText = false;
  const keep = (k: number): void => {
    kept.push(k);
    if (!blank[k]) hasText = true;
  };
  // After a cut, don't leave a stack of blank lines where the quote was.
  const skipBlanksAfterCut = (from: number): number => {
    const last = kept[kept.length - 1];
    if (last === undefined || !blank[last]) return from;
    let k = from;
    while (k < n && blank[k]) k++;
    return k;
  };

  let i = 0;
  while (i < n) {
    if (inCode[i] || blank[i]) {
      keep(i);
      i++;
      continue;
    }
    if (quoted[i]) {
      const end = quoteBlockEnd(i);
      const next = nextNonBlank(end);
      // "… răspunsul colegei mele, mai jos. Eu nu pot fi prezent.\n\n> Da, pot să particip …\n\nȘtefan Ciobanu" (h231_022):
      // a quote with only the sender's name under it trails the reply; the name is no answer to it.
      const textFollows = next >= 0 && isPersonText(next) && !(hasText && onlyNamesFrom(next));
      if (threadQuoted || quotesAMessage(raw, folded, i, end, tables)) {
        quotedOriginal = true;
        threadQuoted = true;
      } else if (!textFollows && hasText) {
        quotedOriginal = true; // a trailing quote under the reply
      } else {
        // An inline citation the person answers below, or a reply that is only a quote.
        for (let k = i; k < end; k++) keep(k);
        i = end;
        continue;
      }
      i = skipBlanksAfterCut(end);
      continue;
    }
    const marker = markerAt(i);
    if (marker !== NO_MARKER) {
      quotedOriginal = true;
      const next = marker > 0 ? nextNonBlank(marker) : marker === ORIGINAL ? quoteAfterOriginal(i) : -1;
      if (next >= 0 && quoted[next]) {
        // "On … wrote:" above a ">" quote: the person may answer below it.
        threadQuoted = true;
        i = skipBlanksAfterCut(quoteBlockEnd(next));
        continue;
      }
      break; // an unquoted original runs to the end of the message
    }
    const line = raw[i] ?? '';
    if (isSignatureDelimiter(line) || (isRule(line) && hasText)) {
      for (let k = i; k < n; k++) {
        if (quoted[k] || (k > i && markerAt(k) !== NO_MARKER)) {
          quotedOriginal = true;
          break;
        }
        signature.push(k);
      }
      break;
    }
    if (isRule(line)) {
      i++; // a rule above nothing of the person's: drop it, keep looking
      continue;
    }
    if (isMobile(i)) {
      // Phone and app lines close the person's text: they count only when
      // nothing of the person's follows (blank lines and more of them aside).
      let j = i + 1;
      while (j < n && (blank[j] || isMobile(j))) j++;
      const closesText = j >= n || quoted[j] || !isPersonText(j);
      for (let k = i; k < j; k++) {
        if (blank[k]) keep(k);
        else if (closesText) signature.push(k);
        else keep(k);
      }
      i = j;
      continue;
    }
    keep(i);
    i++;
  }

  while (kept.length > 0 && blank[kept[kept.length - 1] ?? 0]) kept.pop();
  const keptLines = kept.map((k) => raw[k] ?? '');
  let closing = closingBlockStart(keptLines, tables);
  if (closing < 0) closing = contactBlockStart(keptLines);
  if (closing >= 0) {
    signature.push(...kept.slice(closing));
    kept.length = closing;
  }
  while (kept.length > 0 && blank[kept[kept.length - 1] ?? 0]) kept.pop();
  let first = 0;
  while (first < kept.length && blank[kept[first] ?? 0]) first++;

  return {
    text: kept
      .slice(first)
      .map((k) => raw[k] ?? '')
      .join('\n')
      .trimEnd(),
    quoted: quotedOriginal,
    signature: joinSignature(raw, signature),
  };
}

function joinSignature(raw: readonly string[], indices: number[]): string | null {
  const lines = [...new Set(indices)].sort((a, b) => a - b).map((k) => raw[k] ?? '');
  // The "-- " or rule that introduced it is a delimiter, not part of the signature.
  let first = 0;
  while (first < lines.length && (isBlank(lines[first] ?? '') || isSignatureDelimiter(lines[first] ?? '') || isRule(lines[first] ?? ''))) {
    first++;
  }
  const text = lines.slice(first).join('\n').trim();
  return text === '' ? null : text;
}
