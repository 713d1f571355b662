import { foldKey, TRIM_TABLES, type TrimTables } from './locales';
import { isBlank } from './trim-lines';

/** Most lines a closing may carry below it: name, title, unit, institution, phone, address. */
const MAX_LINES_AFTER_CLOSING = 6;
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'și', 'si', 'and', 'of', 'y', 'e', 'zu']);

/**
 * A line that looks like a person's name: up to five capitalised words
 * ("Ion Popescu", "//Jef", "Maria-Elena D. Ionescu"), no digits, no sentence
 * punctuation. Lower-case lines are treated as prose, so "Mulțumesc,\nvin și
 * eu" is never cut.
 */
export function isNameLine(line: string): boolean {
  const text = line.trim().replace(/^[\p{P}\p{S}\s]+/u, '');
  if (text === '' || text.length > 50 || /[\d@?!:;]/.test(text) || /[.,]$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 5) return false;
  return words.every((word) => /^[\p{Lu}\p{Lo}]/u.test(word) || NAME_PARTICLES.has(word));
}

/** Academic and courtesy titles before a signature's name ("Conf. univ. dr. Cristina Vlad"). */
const TITLES_BEFORE_NAME = /^\s*(?:(?:prof|conf|lect|asist|univ|dr|drd|ing|arh|ec|av|dl|dna|ș\.?l|s\.?l)\.\s*)+/iu;

/** A short line that can belong to a signature block (title, institution, phone, address). */
function isSignatureBlockLine(line: string): boolean {
  const text = line.trim();
  return text.length <= 80 && !/^p\.?\s?s\b/i.test(text) && !/\?$/.test(text);
}

type ClosingShape = 'bare' | 'with-name';

function closingShape(line: string, tables: TrimTables): ClosingShape | null {
  const folded = foldKey(line).trim();
  if (folded.length > 80) return null;
  const bare = folded.replace(/[\s,.!;:\u2026]+$/, '');
  if (tables.closings.has(bare)) return 'bare';
  // "Cu stimă, Ion Popescu", "Gruß Discourse": the closing and the name on one line.
  const words = line.trim().split(/\s+/);
  for (let k = 1; k < words.length && k <= 4; k++) {
    const head = foldKey(words.slice(0, k).join(' ')).replace(/[\s,.!;:]+$/, '');
    if (tables.closings.has(head) && isNameLine(words.slice(k).join(' '))) return 'with-name';
  }
  return null;
}

/**
 * Index in `lines` where a closing block starts ("Cu stimă,\nIon Popescu\nDirector"),
 * or -1. The block must end the reply, the line after the closing must be a
 * name (unless the name shares the closing's line), at least one more
 * signature line must follow, and something must stand before the closing: a
 * closing cut never removes the person's whole answer.
 */
export function closingBlockStart(lines: readonly string[], tables: TrimTables): number {
  const nonBlank: number[] = [];
  for (let k = lines.length - 1; k >= 0 && nonBlank.length <= MAX_LINES_AFTER_CLOSING + 1; k--) {
    if (!isBlank(lines[k] ?? '')) nonBlank.unshift(k);
  }
  let firstContent = -1;
  for (let k = 0; k < lines.length; k++) {
    if (!isBlank(lines[k] ?? '')) {
      firstContent = k;
      break;
    }
  }
  for (let t = nonBlank.length - 1; t >= 0; t--) {
    const at = nonBlank[t] ?? -1;
    if (at <= firstContent) break;
    const shape = closingShape(lines[at] ?? '', tables);
    if (shape === null) continue;
    const after = nonBlank.slice(t + 1).map((k) => lines[k] ?? '');
    if (after.length > MAX_LINES_AFTER_CLOSING) continue;
    // "Cu stimă,\nIon Popescu" alone stays: it is harmless, and a one-word
    // capitalised answer ("Mulțumesc,\nParticipăm") looks just like it. What
    // is cut is a block: the name plus title, institution, phone or address,
    // where digits that could pass for a headcount live.
    const block = shape === 'with-name' ? after : after.slice(1);
    const name = shape === 'with-name' ? null : after[0];
    if (name !== null && (name === undefined || !isNameLine(name))) continue;
    if (block.length >= 1 && block.every(isSignatureBlockLine)) return at;
  }
  return -1;
}

/** A phone number, an e-mail address or a web address: what makes a name block a signature. */
const CONTACT = /\+\d|\b(?:tel|telefon|phone|mobil|mobile|fax|gsm)\b|\d[\d ().\/-]{6,}\d|[^\s@]+@[^\s@]+\.[a-z]{2,}|https?:\/\/|\bwww\./i;

/**
 * Index in `lines` where a signature without a closing starts: after a blank
 * line, a name followed by up to five short lines of which one is a phone,
 * e-mail or web address ("Andrei Georgescu\nDirector executiv\nAsociația
 * Culturală Banat\ntel. 0723 456 789"), at the very end. -1 when there is none,
 * when nothing stands before it, or when the line above introduces a list
 * ("Vor participa:").
 */
export function contactBlockStart(lines: readonly string[]): number {
  let end = lines.length;
  while (end > 0 && isBlank(lines[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && !isBlank(lines[start - 1] ?? '') && end - start < MAX_LINES_AFTER_CLOSING) start--;
  if (start === 0 || !isBlank(lines[start - 1] ?? '')) return -1;
  const block = lines.slice(start, end);
  if (block.length < 2 || !isNameLine(block[0] ?? '')) return -1;
  if (!block.every(isSignatureBlockLine) || !block.slice(1).some((line) => CONTACT.test(line))) return -1;
  let above = start - 1;
  while (above >= 0 && isBlank(lines[above] ?? '')) above--;
  if (above < 0 || /[:\uff1a]\s*$/.test(lines[above] ?? '')) return -1;
  return start;
}

/**
 * The text without a sign-off closing its last lines ("…\n\nCu drag,\nRoxana"): the trimmer
 * keeps a bare closing and a name (a one-word answer looks just like a name), but to the
 * classifier "Cu drag," there is a sign-off, not "gladly". Only the closing line goes; the
 * name line stays, so "Mulțumesc,\nParticipăm" keeps its answer. Needs content before it.
 */
export function withoutTrailingSignOff(text: string, tables: TrimTables = TRIM_TABLES): string {
  const lines = text.split('\n');
  let last = lines.length - 1;
  while (last >= 0 && isBlank(lines[last] ?? '')) last--;
  let closing = last - 1;
  while (closing >= 0 && isBlank(lines[closing] ?? '')) closing--;
  // "Cu drag, Viorica" on one line: the closing and the name share the last line (h91_095).
  const oneLine = /^(\s*[^,!?]{2,40},)\s*(\S.*)$/.exec(lines[last] ?? '');
  if (oneLine && last > 0 && isNameLine(oneLine[2]!) && closingShape(oneLine[1]!, tables) === 'bare' && lines.slice(0, last).some((line) => !isBlank(line))) {
    return [...lines.slice(0, last), oneLine[2]!].join('\n');
  }
  // "Multumesc pentru invitatie! Cu drag,\nMaria" (h530_024): the closing ends the last sentence's line.
  const tail = closing >= 0 && isNameLine(lines[last] ?? '') ? /^(.*[.!?])\s+([^.!?,]{2,40},)\s*$/.exec(lines[closing] ?? '') : null;
  if (tail && closingShape(tail[2]!, tables) === 'bare') return [...lines.slice(0, closing), tail[1]!, ...lines.slice(closing + 1)].join('\n');
  // "Cu drag,\nConf. univ. dr. Cristina Vlad\nFacultatea de …\nUniversitatea de Vest" (h542_049): a name, then up to three lines of
  // the signature block below it.
  for (let at = last - 2; at >= Math.max(1, last - 4); at--) {
    const line = lines[at] ?? '';
    if (!/,\s*$/.test(line) || /!\s*$/.test(line) || closingShape(line, tables) !== 'bare') continue;
    const below = lines.slice(at + 1, last + 1).filter((other) => !isBlank(other));
    if (below.length < 2 || !isNameLine(below[0]!.replace(TITLES_BEFORE_NAME, '')) || !below.slice(1).every((other) => isSignatureBlockLine(other) && !/[.!]\s*$/.test(other))) continue;
    if (!lines.slice(0, at).some((other) => !isBlank(other))) continue;
    return [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n');
  }
  if (closing <= 0 || !isNameLine(lines[last] ?? '') || closingShape(lines[closing] ?? '', tables) !== 'bare') return text;
  // "Cu drag!" exclaimed is an answer ("gladly!"), a sign-off takes a comma or nothing.
  if (/!\s*$/.test(lines[closing] ?? '') || !lines.slice(0, closing).some((line) => !isBlank(line))) return text;
  return [...lines.slice(0, closing), ...lines.slice(closing + 1)].join('\n');
}
