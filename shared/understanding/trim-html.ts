import { isVoidElement, walkHtml } from './html-walk';

/** The reply part of an HTML body, as text with its line structure. */
export interface HtmlReply {
  text: string;
  /** True when a client's quote marker was found and its content cut. */
  quoted: boolean;
}

const MAX_QUOTE_PREFIX = 8;

type Cut = 'subtree' | 'rest' | 'signature' | null;

const SKIP = new Set(['head', 'style', 'script', 'title', 'template', 'noscript', 'xml', 'object', 'svg']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'li',
  'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol']);
/** Outlook's rule-plus-header block, drawn as a top border: #E1E1E1 (2010+) or #B5C4DF (2007). */
const OUTLOOK_HEADER_BORDER = /border-top:\s*solid\s+#(?:e1e1e1|b5c4df)/;

/**
 * What a client's marker means: the element and everything in it is the quoted
 * original ('subtree'), the original starts here and runs to the end ('rest':
 * Outlook puts the original after its header block, not inside it), or it is
 * the signature.
 */
function cutOf(name: string, attribs: Record<string, string>): Cut {
  if (attribs['class'] === undefined && attribs['id'] === undefined && attribs['style'] === undefined && attribs['type'] === undefined) {
    return null; // most elements: nothing to look at
  }
  const cls = (attribs['class'] ?? '').toLowerCase();
  const id = (attribs['id'] ?? '').toLowerCase();
  if (cls.includes('gmail_quote') || cls.includes('gmail_attr')) return 'subtree'; // Gmail
  if (cls.includes('yahoo_quoted')) return 'subtree'; // Yahoo, also "ydp1a2b3cyahoo_quoted"
  if (cls.includes('moz-cite-prefix')) return 'subtree'; // Thunderbird's "On … wrote:"
  if (name === 'blockquote' && (attribs['type'] ?? '').toLowerCase() === 'cite') return 'subtree'; // Apple Mail, Thunderbird
  if (id.endsWith('divrplyfwdmsg') || id === 'appendonsend' || id.endsWith('_appendonsend')) return 'rest'; // Outlook web
  if (id === 'mail-editor-reference-message-container' || cls.includes('olk_src_body_section')) return 'rest'; // new Outlook, Outlook for Mac
  if (name === 'div' && OUTLOOK_HEADER_BORDER.test((attribs['style'] ?? '').toLowerCase())) return 'rest'; // Outlook desktop
  if (cls.includes('gmail_signature') || attribs['data-smartmail'] === 'gmail_signature') return 'signature';
  if (cls.includes('moz-signature') || id === 'signature' || id === 'applemailsignature' || id === 'ms-outlook-mobile-signature') {
    return 'signature';
  }
  return null;
}

interface Open {
  name: string;
  drop: boolean;
  skip: boolean;
  quote: boolean;
  pre: boolean;
  paragraph: boolean;
}

/**
 * Converts an HTML body to the reply's text: client quote markers are cut
 * (Gmail `div.gmail_quote`, Outlook `#divRplyFwdMsg`/`#appendonsend`/header
 * border, Apple and Thunderbird `blockquote type=cite`, Thunderbird
 * `.moz-cite-prefix`, Yahoo `.yahoo_quoted`), signatures get a "-- " line above
 * them so the text rules cut them, other blockquotes become "> " lines, and
 * paragraphs, `<br>`, `<div>` and list items keep their lines. One streaming
 * pass over htmlparser2's tokens (see `walkHtml`), linear in the input.
 */
export function htmlToReplyText(html: string): HtmlReply {
  const lines: string[] = [];
  const stack: Open[] = [];
  let current = '';
  // The line's last character, kept apart from `current`: asking the growing string itself (`endsWith`) flattens V8's
  // rope on every text node, a cost quadratic in the line's length (a one-row table of 80,000 cells took seconds). A
  // trailing space is held back until more text follows, so a cell's tab can take its place without trimming the line.
  let pendingSpace = false;
  let lastChar = '';
  let currentDepth = 0;
  let quoteDepth = 0;
  let dropDepth = 0;
  let skipDepth = 0;
  let preDepth = 0;
  let bullet = false;
  let stopped = false;
  let quoted = false;

  const render = (content: string, depth: number): string => {
    const body = (content.includes('\u00a0') ? content.replace(/\u00a0/g, ' ') : content).trimEnd();
    if (depth === 0) return body;
    // Capped: a hostile nest of 50,000 blockquotes must not multiply the output.
    return '>'.repeat(Math.min(depth, MAX_QUOTE_PREFIX)) + (body.trim() === '' ? '' : ' ' + body.trimStart());
  };
  let lastBlank = true; // no line yet counts as blank: no blank line at the top
  const endLine = (): void => {
    const line = render(current, current === '' ? quoteDepth : currentDepth);
    lines.push(line);
    lastBlank = line === '' || /^>*$/.test(line);
    current = '';
    pendingSpace = false;
    lastChar = '';
  };
  const endBlock = (): void => {
    if (current !== '') endLine();
  };
  const blankLine = (): void => {
    if (lastBlank) return;
    lines.push(render('', quoteDepth));
    lastBlank = true;
  };
  const append = (text: string): void => {
    if (text === '') return;
    if (current === '') {
      currentDepth = quoteDepth;
      if (bullet) {
        current = '- ';
        lastChar = ' ';
        bullet = false;
      }
    }
    const spaceAfter = text.endsWith(' ');
    const body = spaceAfter ? text.slice(0, -1) : text;
    if (pendingSpace && body !== '') {
      current += ' ';
      lastChar = ' ';
      pendingSpace = false;
    }
    if (body !== '') {
      current += body;
      lastChar = body[body.length - 1]!;
    }
    if (spaceAfter) pendingSpace = true;
  };
  const silent = (): boolean => stopped || dropDepth > 0 || skipDepth > 0;

  walkHtml(html, {
    open(name, attribs) {
      if (stopped) return;
      if (isVoidElement(name)) {
        if (silent()) return;
        if (name === 'br') endLine();
        else if (name === 'hr') {
          // Drawn like Outlook's plain-text rule, so "From:" under it reads as a header block.
          endBlock();
          lines.push('________________________________');
          lastBlank = false;
        }
        return;
      }
      const open: Open = { name, drop: false, skip: false, quote: false, pre: false, paragraph: false };
      stack.push(open);
      if (silent()) return;
      const cut = cutOf(name, attribs);
      if (cut === 'rest') {
        quoted = true;
        stopped = true;
        return;
      }
      if (cut === 'subtree') {
        quoted = true;
        open.drop = true;
        dropDepth += 1;
        return;
      }
      if (SKIP.has(name)) {
        open.skip = true;
        skipDepth += 1;
        return;
      }
      if (cut === 'signature') {
        // Gmail writes its own "-- " line above the signature; don't stack a second one.
        endBlock();
        if ((lines[lines.length - 1] ?? '').trim() !== '--') {
          lines.push('-- ');
          lastBlank = false;
        }
      }
      if (BLOCK.has(name)) {
        endBlock();
        // Outlook's MsoNormal paragraphs have no margin: one line each.
        open.paragraph = PARAGRAPH.has(name) && !(attribs['class'] ?? '').includes('MsoNormal');
        if (open.paragraph) blankLine();
      }
      if (name === 'blockquote') {
        open.quote = true;
        quoteDepth += 1;
      }
      if (name === 'pre') {
        open.pre = true;
        preDepth += 1;
      }
      if (name === 'li') bullet = true;
      // A cell after another on its row: a tab, as a plain-text table writes its columns, so that a table of participants
      // ("Nume  Funcție  Email", h534_004) keeps its cells apart for the headcount.
      if ((name === 'td' || name === 'th') && current !== '') {
        current += '\t';
        lastChar = '\t';
        pendingSpace = false;
      }
    },
    close() {
      if (stopped) return;
      const open = stack.pop();
      if (open === undefined) return;
      if (open.drop) dropDepth -= 1;
      if (open.skip) skipDepth -= 1;
      if (open.drop || open.skip || silent()) return;
      if (BLOCK.has(open.name)) endBlock();
      if (open.quote) quoteDepth -= 1;
      if (open.pre) preDepth -= 1;
      if (open.paragraph) blankLine();
    },
    text(data) {
      if (silent()) return;
      if (preDepth > 0) {
        const parts = data.split(/\r?\n/);
        parts.forEach((part, k) => {
          if (k > 0) endLine();
          append(part);
        });
        return;
      }
      // HTML collapses ASCII white space but not &nbsp;.
      let text = data.replace(/[ \t\n\r\f]+/g, ' ');
      if (current === '' || pendingSpace || lastChar === ' ' || lastChar === '\t') text = text.replace(/^ /, '');
      append(text);
    },
  });
  if (!stopped) endBlock();
  else if (current !== '') endLine();

  while (lines.length > 0 && (lines[lines.length - 1] ?? '').replace(/^>+/, '').trim() === '') lines.pop();
  while (lines.length > 0 && (lines[0] ?? '').trim() === '') lines.shift();
  return { text: lines.join('\n'), quoted };
}
