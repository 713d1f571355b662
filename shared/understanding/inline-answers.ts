import { analyzeText, matchKey } from './analyze-text';
import type { TextAnalysis } from './analyze-text';
import { isVoidElement, walkHtml } from './html-walk';
import { decideIntent } from './intent';
import type { IntentResult } from './intent';
import { LOCALES } from './intent-locales';
import { compileStickyPhrases, findAll } from './phrase-table';
import type { PhraseMatcher } from './phrase-table';

let pointers: PhraseMatcher | null = null;

/** Skipped entirely: no reader sees their text. Links are coloured by every client, answers or not. */
const SKIP = new Set(['head', 'style', 'script', 'title', 'template', 'noscript', 'xml', 'a']);
const BLOCK = new Set(['p', 'div', 'li', 'tr', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'ul', 'ol']);
const NAMED_COLOURS = new Set([
  'red', 'darkred', 'crimson', 'firebrick', 'blue', 'darkblue', 'mediumblue', 'navy', 'royalblue', 'green', 'darkgreen', 'purple',
  'magenta', 'fuchsia', 'maroon', 'teal', 'olive', 'orange', 'darkorange', 'orangered', 'indigo', 'violet',
]);
const COLOUR = /(?:^|[;\s"'])color\s*:\s*([^;]+)/i;
/** Chroma (max − min channel, 0–255) above which a colour is a hue, not black, grey or a client's near-black default. */
const MIN_CHROMA = 100;
const MAX_TEXT = 2_000;

export interface InlineAnswers {
  /** The sender's words above the quote, then the coloured text. */
  words: string;
  analysis: TextAnalysis;
  decided: IntentResult;
}

/**
 * "Răspunsul meu este mai jos, cu roșu" above an Outlook quote with "Particip." in red in it:
 * when the sender's own words (`words`, which answered nothing) point to answers inside the
 * quote, the coloured text of the HTML body is read with them. Null when there is no pointer,
 * no coloured text, or it answers nothing either. The answer is capped at 0.7: it was found
 * in the quote, not where answers usually are.
 */
export function readInlineAnswers(words: string, html: string): InlineAnswers | null {
  pointers ??= compileStickyPhrases(LOCALES.flatMap((l) => l.inlinePointers));
  if (findAll(pointers, matchKey(words)).length === 0) return null;
  const coloured = colouredText(html);
  if (coloured === '') return null;
  const text = `${words}\n\n${coloured}`;
  const analysis = analyzeText(text);
  const decided = decideIntent(analysis);
  if (decided.intent === 'unknown') return null;
  return { words: text, analysis, decided: foundInQuote(decided, 'in the quote') };
}

/**
 * An answer read inside the quote rather than above it: capped at 0.7 (it was found where answers usually are not) and
 * marked so in its evidence ("Particip (in the quote)").
 */
export function foundInQuote(decided: IntentResult, where: string): IntentResult {
  return { ...decided, confidence: Math.min(decided.confidence, 0.7), evidence: `${decided.evidence ?? ''} (${where})`.trim() };
}

/**
 * The text a sender wrote in colour into an HTML body, usually into the quoted invitation
 * (Outlook users answer "in red" between its lines): every element whose inline style sets
 * a hue (not black, grey or a near-black default), outside links. Read only when the
 * sender says their answers are there; one pass over the HTML, capped output.
 */
export function colouredText(html: string): string {
  const stack: { name: string; colour: boolean; skip: boolean }[] = [];
  let coloured = 0;
  let skipped = 0;
  let out = '';
  walkHtml(html, {
    open(name, attribs) {
      if (isVoidElement(name)) {
        if (name === 'br' && coloured > 0 && skipped === 0) out += '\n';
        return;
      }
      const colour = isHue(COLOUR.exec(attribs['style'] ?? '')?.[1] ?? attribs['color'] ?? '');
      const skip = SKIP.has(name);
      stack.push({ name, colour, skip });
      if (colour) coloured++;
      if (skip) skipped++;
    },
    close(name) {
      // A stray end tag closes nothing; one that skips unclosed elements closes them too
      // (looked for among the innermost few only, so hostile nesting stays linear).
      let at = -1;
      for (let i = stack.length - 1; i >= Math.max(0, stack.length - 64); i--) {
        if (stack[i]!.name === name) {
          at = i;
          break;
        }
      }
      if (at < 0) return;
      for (const entry of stack.splice(at)) {
        if (entry.colour) coloured--;
        if (entry.skip) skipped--;
      }
      if (BLOCK.has(name) && !out.endsWith('\n')) out += '\n';
    },
    text(text) {
      if (coloured > 0 && skipped === 0 && out.length < MAX_TEXT) out += text.replace(/\s+/g, ' ');
    },
  });
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
    .slice(0, MAX_TEXT);
}

/** Whether a CSS colour value is a hue: a saturated #rgb/#rrggbb/rgb(), or a named colour that is one. */
function isHue(value: string): boolean {
  const colour = value.trim().toLowerCase().replace(/\s*!important$/, '');
  if (colour === '') return false;
  if (NAMED_COLOURS.has(colour)) return true;
  let channels: number[] | null = null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(colour)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    channels = [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16));
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(colour);
  if (rgb) channels = [rgb[1], rgb[2], rgb[3]].map(Number);
  return channels !== null && Math.max(...channels) - Math.min(...channels) > MIN_CHROMA;
}
