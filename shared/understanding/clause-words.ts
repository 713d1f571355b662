import type { SpanKind } from './analyze-text';
import { LOCALES } from './intent-locales';
import { WORD_END } from './phrase-table';

/*
 * Words and patterns the clause reader and its sentence scopes share: negators, conditions, the kinds of span that answer,
 * a bare confirmation. Split from `analyze-text.ts` so `sentence-scope.ts` needs no import back from it.
 */

/** `text` as a regular expression source, a space matching any run of white space. */
export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** Any of the locales' negators as a word; a one-letter one ("n-") only before its hyphen. */
export const NEGATOR = new RegExp(
  `(?<![a-z0-9'])(?:${LOCALES.flatMap((l) => l.negators)
    .map((word) => (word.length === 1 ? `${escape(word)}(?=-)` : escape(word)))
    .join('|')})${WORD_END}`,
);

const DELAYED_RO = '(?:intarzie|are intarziere|are intarzieri|va intarzia)\\s+(?:trenul|avionul|autobuzul|zborul|cursa|microbuzul)(?![a-z0-9])';
const DELAYED_EN = '(?:the|my|our)\\s+(?:train|flight|bus|plane)\\s+(?:is|runs|gets)\\s+(?:late|delayed)(?![a-z0-9])';

/**
 * What must not follow a condition word for it to be one: "an interpreter provided by us" (h516_034) is a participle, not
 * "provided (that)"; a delay on the way ("dacă întârzie trenul") is when one arrives, not whether; "dacă tot ne cereți
 * părerea" (h537_080) gives a reason ("since you ask anyway"), but "dacă tot nu găsește nimeni altcineva" is a condition
 * again.
 */
const NOT_CONDITION_AFTER: Readonly<Record<string, string>> = {
  provided: '(?!\\s+(?:by|for|to|with|in)(?![a-z0-9]))',
  // "Dacă întârzie trenul, ajung pe la 10:30" (h550_012): a delay on the way sets the hour one arrives, not whether.
  daca: `(?!\\s+tot(?![a-z0-9])(?!\\s+nu(?![a-z0-9])))(?!\\s+${DELAYED_RO})`,
  if: `(?!\\s+${DELAYED_EN})`,
};

/** A condition word (folded) as a regular-expression source, with what must not follow it. */
export function conditionWordSource(word: string): string {
  return `${escape(word)}${NOT_CONDITION_AFTER[word] ?? ''}`;
}

export const CONDITIONAL = new RegExp(`(?<![a-z0-9])(?:${LOCALES.flatMap((l) => l.conditionals).map(conditionWordSource).join('|')})${WORD_END}`);

/** The kinds of span that answer the invitation, the sender's or someone's of their side. */
export const ANSWER_KINDS: ReadonlySet<SpanKind> = new Set(['yes', 'wish', 'softYes', 'othersYes', 'orgYes', 'no', 'maybe']);

/** A head that only confirms (folded): "am confirmat deja", "vă confirm", "I have already confirmed". */
export const BARE_CONFIRMATION = /^[^a-z]*(?:(?:buna ziua|buna|salut|hello|hi)[^a-z]+)?(?:(?:eu |noi )?(?:va |iti |)(?:confirm|confirmam)|(?:eu |noi )?(?:am|i-am|v-am|ti-am|am mai) confirmat(?: deja)?|(?:i|we) (?:have |)(?:already |)confirmed|i confirm)[^a-z]*$/;

/** The locales' answer particles ("da", "yes", "sure thing"), folded: a clause of only one answers whatever it follows. */
export const ANSWER_PARTICLES: ReadonlySet<string> = new Set(LOCALES.flatMap((l) => l.answerParticles));
