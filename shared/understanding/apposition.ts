import { LOCALES } from './intent-locales';
import { compileStickyPhrases, findAll } from './phrase-table';
import type { PhraseMatcher } from './phrase-table';
import { matchKey } from './text-normalize';

/**
 * A name set off by commas (and maybe an address in brackets) after a word naming a colleague:
 * "my deputy, Péter Kovács (kovacs.peter@veszprem2023.hu), will represent us", "colegul meu,
 * Ion Pop, va reprezenta instituția". The commas would cut the relation from its verb into
 * clauses of their own, and the bracket is many "words" for a phrase gap, so a named
 * substitute after "I cannot attend" read as a plain no.
 */
const APPOSITION = /,\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*(?:\([^()\n]*\)\s*)?(?:,\s*|(?=\s+\p{Ll}))/gu;
let relations: PhraseMatcher | null = null;
/** Characters before the comma a relation phrase ("my deputy", "colega noastră de la birou") fits in. */
const RELATION_REACH = 80;

/** `sentence` with such appositions joined to their relation word ("my deputy Péter Kovács will …"). */
export function joinAppositions(sentence: string): string {
  if (!sentence.includes(',')) return sentence;
  return sentence.replace(APPOSITION, (whole: string, name: string, offset: number) => {
    relations ??= compileStickyPhrases(LOCALES.flatMap((l) => l.relations));
    // The relation word stands right before the comma: read only the last few words, not the
    // whole sentence again for every comma (quadratic on a sentence of many names).
    const before = matchKey(sentence.slice(Math.max(0, offset - RELATION_REACH), offset)).trimEnd();
    const last = findAll(relations, before).at(-1);
    return last !== undefined && last.end === before.length ? ` ${name} ` : whole;
  });
}
