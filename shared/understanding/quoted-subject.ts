import { walkHtml } from './html-walk';
import { foldKey, TRIM_TABLES } from './locales';
import type { HeaderLabelKind } from './locales';
import { headerFieldKind, MAX_INSPECTED_LINE, quotePrefixLength } from './trim-lines';

/** Elements that end a line when the HTML is read as text. */
const LINE_BREAKING = new Set(['br', 'p', 'div', 'tr', 'li', 'blockquote', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'pre']);
/** The quoted header block sits after the reply; a mail this long has said what it had to say by then. */
const SCAN_LIMIT = 200_000;
const MAX_SUBJECTS = 8;
/** How many lines from the subject another field of its header block may be. */
const BLOCK_REACH = 5;
const SPACES = /\s+/g;

/**
 * The subjects of the messages a reply quotes, from the header blocks Outlook, OWA, Yahoo and
 * forwarders write above the original ("Subiect: Invitație …", "Subject: …", "Oggetto: …", in
 * every language the trimmer knows). That is the subject the sender replied to, so whatever
 * the reply's own subject has besides it ("RE: <that> - NU pot participa") the sender wrote.
 * Reads the text part when there is one, else the HTML as lines; called only when the body
 * answered nothing, so a cold reply never pays for it.
 */
export function quotedSubjects(text: string | null, html: string | null): string[] {
  const source = text !== null && text.trim() !== '' ? text : html !== null ? htmlLines(html) : '';
  const lines = source.slice(0, SCAN_LIMIT).split('\n').map((raw) => raw.slice(quotePrefixLength(raw)).trim());
  const kinds = new Map<number, HeaderLabelKind | null>();
  const kindAt = (index: number): HeaderLabelKind | null => {
    let kind = kinds.get(index);
    if (kind === undefined) {
      const line = lines[index] ?? '';
      kind = line === '' || line.length > MAX_INSPECTED_LINE ? null : headerFieldKind(foldKey(line), TRIM_TABLES);
      kinds.set(index, kind);
    }
    return kind;
  };
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (out.length >= MAX_SUBJECTS || kindAt(index) !== 'subject') return;
    // Inside a header block ("De la:", "Trimis:", "Către:" around it), not a line of prose.
    let block = false;
    for (let near = Math.max(0, index - BLOCK_REACH); near <= index + BLOCK_REACH && !block; near++) {
      const kind = near === index ? null : kindAt(near);
      block = kind !== null && kind !== 'subject' && kind !== 'other';
    }
    if (!block) return;
    const value = line.slice(line.search(/[:\uff1a]/) + 1).replace(/\*/g, '').replace(SPACES, ' ').trim();
    if (value !== '' && !out.includes(value)) out.push(value);
  });
  return out;
}

/**
 * HTML read as lines of text: block ends and <br> break lines, other white space is one space; no quote or signature is
 * cut, so the quote below an HTML-only reply can be read too.
 */
export function htmlLines(html: string): string {
  const parts: string[] = [];
  let skip = 0;
  walkHtml(html.length > SCAN_LIMIT * 2 ? html.slice(0, SCAN_LIMIT * 2) : html, {
    open(name) {
      if (name === 'style' || name === 'script' || name === 'head') skip++;
      else if (LINE_BREAKING.has(name)) parts.push('\n');
    },
    close(name) {
      if (name === 'style' || name === 'script' || name === 'head') skip = Math.max(0, skip - 1);
      else if (LINE_BREAKING.has(name)) parts.push('\n');
    },
    text(chunk) {
      if (skip === 0) parts.push(chunk.replace(SPACES, ' '));
    },
  });
  return parts.join('');
}
