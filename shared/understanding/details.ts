import { LOCALES, matchKey, normalizeReply, NUMBER_SOURCE } from './analyze-text';
import type { TextAnalysis } from './analyze-text';
import { compileStickyPhrases, findAll } from './phrase-table';
import type { Intent } from './types';

export interface Details {
  /** Total people including the sender when the answer is yes; else null. */
  headcount: number | null;
  speaker: boolean | null;
  note: string | null;
  onBehalfOf: string | null;
}

const tables = LOCALES.map((locale) => locale.details);
const NUMBER_WORDS = new Map<string, number>(tables.flatMap((table) => Object.entries(table.numberWords)));
const NUMBER_IN_MATCH = new RegExp(`(?<![a-z0-9])(${NUMBER_SOURCE})(?![a-z0-9])`);

const TOTALS = compileStickyPhrases(tables.flatMap((t) => t.totals), NUMBER_SOURCE);
const EXTRAS = compileStickyPhrases(tables.flatMap((t) => t.extras), NUMBER_SOURCE);
const COMPANION = compileStickyPhrases(tables.flatMap((t) => t.companion), NUMBER_SOURCE);
const LIST_INTRO = compileStickyPhrases(tables.flatMap((t) => t.attendeeListIntro));
const ON_BEHALF = compileStickyPhrases(tables.flatMap((t) => t.onBehalf));
const NOTE_CUE = compileStickyPhrases(tables.flatMap((t) => t.noteCues), NUMBER_SOURCE);

const TITLE = '(?:(?:dl|dna|d-na|d-l|dl-ul|domnul|doamna|domnului|doamnei|mr|mrs|ms|dr|prof|ing|ec)\\.?\\s+)';
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]*\\p{Ll}";
/** A person's name: an optional title, two to four capitalised words. */
const PERSON_NAME = new RegExp(`^${TITLE}?(${NAME_WORD}(?:[\\s-]+${NAME_WORD}){1,3})`, 'u');
const LEADING_NAME = new RegExp(`^[\\s,:–-]*(${TITLE}?${NAME_WORD}(?:[\\s-]+${NAME_WORD}){1,3})`, 'u');
/** The sender as an item of a list of attendees ("- subsemnatul", "- myself"). */
const SELF_ITEM = /^(?:subsemnatul|subsemnata|eu|eu însămi|eu însumi|myself|me|I)(?![\p{L}])[\s,.;:()-]*(?:\p{Ll}[\p{L}\s,.()-]*)?$/u;
const LIST_BULLET = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s*/;
const RELATION = /(?<![a-z])(colegul meu|colega mea|colegului meu|colegei mele|my colleague|my coworker|my co-worker|my deputy|my boss|my manager)(?![a-z])/;
// "Eu și Maria Ionescu" / "me and John Smith": a named second attendee.
const NAMED_PARTNER = new RegExp(`(?:\\b[Ee]u (?:și|si)|\\bme and|\\b[Ii] and)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})`, 'u');
const PARTY_WITH = /^(?:cu|with)\s+\S+\s+(?:persoane|people|persons|participanti|participants|reprezentanti|representatives)\b/;
const WE = /(?<![a-z])(?:vom|venim|participam|suntem|noi|we|we'll|we're|us)(?![a-z])/;
const NOTE_MAX = 240;
const MAX_PARTY = 50;

/**
 * Extracts headcount, speaker wish, a note for the organiser and on-whose-behalf from a
 * trimmed reply, reusing the clause analysis that decided the intent.
 */
export function extractDetails(text: string, analysis: TextAnalysis, intent: Intent, delegated = false): Details {
  // A companion the sender is unsure of ("nu știu dacă vine și colegul meu") is not counted.
  const unsure = analysis.clauses.filter((clause) => clause.spans.some((span) => span.kind === 'othersMaybe'));
  const statements = analysis.sentences
    .map((s, index) => (s.question ? null : unsure.filter((clause) => clause.sentence === index).reduce((text, clause) => text.replace(clause.text, ' '), s.text)))
    .filter((text): text is string => text !== null);
  const onBehalfOf = findOnBehalf(normalizeReply(text)) ?? (delegated ? findSubstitute(analysis) : null);
  return {
    headcount: intent === 'yes' ? countPeople(text, statements, onBehalfOf !== null) : null,
    speaker: intent === 'no' ? null : speakerWish(analysis),
    note: buildNote(analysis),
    onBehalfOf,
  };
}

function speakerWish(analysis: TextAnalysis): boolean | null {
  let wants = false;
  let declines = false;
  for (const clause of analysis.clauses) {
    if (clause.question) continue;
    for (const span of clause.spans) {
      if (span.kind === 'speakerYes') wants = true;
      if (span.kind === 'speakerNo') declines = true;
    }
  }
  if (wants === declines) return null;
  return wants;
}

/** Total people: an explicit total wins, then a list of names, then the sender plus companions. */
function countPeople(text: string, statements: readonly string[], onBehalf: boolean): number {
  const folded = statements.map(matchKey).join(' . ');
  const extraSpans: [number, number][] = [];
  let extras = 0;
  let total = 0;
  for (const match of findAll(EXTRAS, folded)) {
    const count = numberIn(match.text) ?? 0;
    extraSpans.push([match.start, match.end]);
    // "Vom participa cu două persoane" / "we will attend with two people": a plural
    // sender counts the whole party; "vin cu două persoane" adds them to the sender.
    if (PARTY_WITH.test(match.text) && WE.test(sentenceAround(folded, match.start))) total = Math.max(total, count);
    else extras += count;
  }
  const overlapsExtra = (match: { start: number; end: number }): boolean => extraSpans.some(([from, to]) => match.start < to && match.end > from);
  for (const match of findAll(TOTALS, folded)) {
    if (!overlapsExtra(match)) total = Math.max(total, numberIn(match.text) ?? 0);
  }
  let companions = 0;
  for (const match of findAll(COMPANION, folded)) if (!overlapsExtra(match)) companions++;
  if (NAMED_PARTNER.test(statements.join(' . '))) companions = Math.max(companions, 1);

  const listed = countListedNames(normalizeReply(text));
  // Answering for someone else: that person is the party, not the sender plus them.
  const party = Math.max(total, listed, (onBehalf ? 0 : 1) + extras + companions, 1);
  return party > MAX_PARTY ? 1 : party;
}

function sentenceAround(text: string, index: number): string {
  const start = text.lastIndexOf(' . ', index);
  const end = text.indexOf(' . ', index);
  return text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
}

function numberIn(phrase: string): number | null {
  const token = NUMBER_IN_MATCH.exec(phrase)?.[1];
  if (token === undefined) return null;
  const value = /^\d+$/.test(token) ? Number(token) : NUMBER_WORDS.get(token.replace(/\s+/g, ' '));
  return value !== undefined && value > 0 && value <= MAX_PARTY ? value : null;
}

/**
 * Names listed after an intro ("Vor participa:" / "Attendees:"), one per line or
 * comma-separated on the same line. Two or more names are the whole party.
 */
function countListedNames(text: string): number {
  const lines = text.split('\n');
  let best = 0;
  lines.forEach((line, index) => {
    const folded = matchKey(line);
    let names = 0;
    let intro = false;
    // Every intro on the line: "Din partea Asociației X vor participa A și B" has two.
    for (const match of findAll(LIST_INTRO, folded)) {
      intro = true;
      const after = line.slice(match.end).replace(/^[^:]*:/, '');
      const inline = after.split(/\s*(?:[,;]|\s(?:și|si|and)\s)\s*/).filter((item) => PERSON_NAME.test(item.trim()) || SELF_ITEM.test(item.trim())).length;
      names = Math.max(names, inline);
    }
    if (!intro) return;
    if (names < 2) {
      names = 0;
      for (const next of lines.slice(index + 1)) {
        const item = next.replace(LIST_BULLET, '').trim();
        if (item === '') {
          if (names > 0) break;
          continue;
        }
        if (!PERSON_NAME.test(item) && !SELF_ITEM.test(item)) break;
        names++;
      }
    }
    best = Math.max(best, names);
  });
  return best >= 2 ? best : 0;
}

/** "Confirm pentru colegul meu Ion Pop" / "on behalf of Dr. Jane Roe" → the name. */
function findOnBehalf(text: string): string | null {
  const folded = matchKey(text);
  const match = findAll(ON_BEHALF, folded)[0];
  if (!match) return null;
  const sameLength = folded.length === text.length;
  const after = sameLength ? text.slice(match.end) : '';
  const named = LEADING_NAME.exec(after)?.[1];
  if (named) return named.trim();
  // "Colegul meu, Ion Pop, va participa în locul meu": the name sits next to the relation.
  const sentenceStart = Math.max(0, folded.lastIndexOf('.', match.start) + 1);
  const region = sameLength ? text.slice(sentenceStart, match.end) : '';
  const relation = RELATION.exec(matchKey(region));
  if (relation && sameLength) {
    const name = LEADING_NAME.exec(region.slice(relation.index + relation[0].length))?.[1];
    if (name) return name.trim();
  }
  // No name given: the relation itself ("colegul meu") still tells the organiser who comes.
  return RELATION.exec(match.text)?.[1] ?? relation?.[1] ?? null;
}

const ABBREVIATION_END = /(?<![\p{L}])(?:dl|dna|d-na|dr|prof|mr|mrs|ms|ing|ec)\.$/iu;
const TITLE_WORDS = ['dl', 'dna', 'd-na', 'd-l', 'domnul', 'doamna', 'mr', 'mrs', 'ms', 'dr', 'prof'];
const ANY_CASE_TITLE = `(?<![\\p{L}])(?:${TITLE_WORDS.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1)]).join('|')})\\.?\\s+`;
const TITLED_NAME = new RegExp(`${ANY_CASE_TITLE}(${NAME_WORD}(?:[\\s-]+${NAME_WORD}){0,3})`, 'u');
const ANY_NAME = new RegExp(`(?<![\\p{L}])(${NAME_WORD}(?:[\\s-]+${NAME_WORD}){1,3})`, 'u');

/**
 * The person who comes in the sender's place, from the sentence that says so: named after
 * the relation ("colegul meu Ion Pop"), after a title ("dl. Ion Pop"), or any full name in
 * it; the relation itself when no name is given.
 */
function findSubstitute(analysis: TextAnalysis): string | null {
  const sentences = new Set(
    analysis.clauses
      .filter((clause) => !clause.question && clause.spans.some((span) => span.kind === 'substitute' || span.kind === 'othersYes'))
      .map((clause) => clause.sentence),
  );
  let fallback: string | null = null;
  for (const index of sentences) {
    // "… va participa dl. director Ion Pop": the sentence split after the abbreviation.
    const here = analysis.sentences[index]!.text;
    const sentence = ABBREVIATION_END.test(here) && analysis.sentences[index + 1] ? `${here} ${analysis.sentences[index + 1]!.text}` : here;
    const folded = matchKey(sentence);
    const relation = RELATION.exec(folded);
    if (relation && folded.length === sentence.length) {
      const named = LEADING_NAME.exec(sentence.slice(relation.index + relation[0].length))?.[1];
      if (named) return named.trim();
    }
    const titled = TITLED_NAME.exec(sentence)?.[1] ?? ANY_NAME.exec(sentence)?.[1];
    if (titled) return titled.trim();
    fallback ??= relation?.[1] ?? null;
  }
  return fallback;
}

/** Constraints, requests and questions, in the person's words. */
function buildNote(analysis: TextAnalysis): string | null {
  // Sentences with a partial refusal, a cue or a doubt about a companion, found on the clauses already folded.
  const noted = new Set(
    analysis.clauses
      .filter((clause) => clause.spans.some((span) => span.partial || span.kind === 'othersMaybe') || findAll(NOTE_CUE, clause.folded).length > 0)
      .map((clause) => clause.sentence),
  );
  const picked = analysis.sentences.filter((sentence, index) => sentence.question || noted.has(index));
  if (picked.length === 0) return null;
  const note = picked.map((sentence) => sentence.text).join(' ');
  return note.length > NOTE_MAX ? `${note.slice(0, NOTE_MAX - 1).trimEnd()}…` : note;
}
