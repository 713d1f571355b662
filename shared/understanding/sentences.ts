import { LOCALES } from './intent-locales';
import { compileStickyPhrases } from './phrase-table';
import type { PhraseMatcher } from './phrase-table';
import { matchKey } from './text-normalize';

// Not after a title's abbreviation: "vor participa conf. dr. arh. Ioana Dima" is one sentence
// (cut after each title, the names fell out of the clause that says who comes).
const TITLE_ABBREVIATIONS = ['dr', 'drd', 'conf', 'prof', 'arh', 'asist', 'lect', 'ing', 'ec', 'mr', 'mrs', 'ms', 'dl', 'dna', 'd-na', 'd-l'];
const SENTENCE_END = new RegExp(`(?<!(?:^|[^\\p{L}])(?:${TITLE_ABBREVIATIONS.join('|')})\\.)(?<=[.!?…]["'”»)\\]]*)\\s+`, 'iu');
const QUESTION_END = /\?[\s"'”»)\]]*$/;

let disclaimers: PhraseMatcher | null = null;

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

/** Paragraphs (wrapped lines joined, legal footers dropped) cut into sentences, each marked when it asks. */
export function splitSentences(text: string): { text: string; question: boolean }[] {
  const out: { text: string; question: boolean }[] = [];
  for (const paragraph of joinWrappedLines(withoutDisclaimers(text))) {
    for (const piece of paragraph.split(SENTENCE_END)) {
      const sentence = piece.trim();
      if (sentence !== '') out.push({ text: sentence, question: QUESTION_END.test(sentence) });
    }
  }
  return out;
}

const LIST_ITEM = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s+/;

/**
 * Plain-text clients wrap at 72–78 columns, which would cut "Vă confirm / participarea" in
 * two; a long line that does not end a sentence continues on the next one. Short lines
 * ("Da", "Mulțumesc,") and list items stay separate.
 */
function joinWrappedLines(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      if (current) out.push(current);
      current = '';
      continue;
    }
    if (current && current.length >= 40 && !/[.!?:;]$/.test(current) && !LIST_ITEM.test(line)) current += ` ${line}`;
    else {
      if (current) out.push(current);
      current = line;
    }
  }
  if (current) out.push(current);
  return out;
}

