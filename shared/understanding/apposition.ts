import { LOCALES } from './intent-locales';
import { ORGANISATION_TAIL } from './person-names';
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
// "domnul director general, prof. Ion Vlad, nu va putea participa" (h178_031): a title in lower case may open the name.
const APPOSITION = /,\s*((?:(?:prof|univ|conf|lect|dr|drd|habil|ing|ec|arh|av|dl|dna|d-na|d-l)\.?\s+){0,4}\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*(?:\([^()\n]*\)\s*)?(?:,\s*|(?=\s+\p{Ll}))/gu;
let relations: PhraseMatcher | null = null;
/** Characters before the comma a relation or rank phrase ("my deputy", "colega noastră de la birou") fits in. */
const RELATION_REACH = 80;

/*
 * A role set off by commas after a titled person's name, before their verb: "domnul prof. univ. dr. Octavian Marius
 * Crețu, Rector, participă …", "doamna director Gabriela Șerban, administrator al AJFP Timiș, nu poate participa"
 * (h180_035, h180_013). The verb is the named person's; the commas would leave it a clause without a subject.
 */
const ROLE_APPOSITION =
  /,\s*((?:[\p{L}.'’-]+\s+){0,6}[\p{L}.'’-]+)\s*,\s*(?=(?:nu\s+)?(?:particip[ăa]|va\s|vor\s|poate|se\s|este\s|confirm[ăa]|dore[șs]te|ar\s|will\s|is\s|has\s|would\s|cannot|can\s))/gu;
/** A titled person's name closing the text before a comma ("… doamna conf. dr. Ana Pop", "Mr John Smith"). */
const TITLED_NAME_END = /(?:^|\s)(?:[Dd]omnul|[Dd]oamna|[Dd]l|[Dd]na|[Dd]-l|[Dd]-na|Mr|Mrs|Ms)\.?\s+(?:[\p{L}.-]+\s+){0,5}\p{Lu}[\p{L}'’-]+$/u;

/**
 * Where the relation's people come from fills the words between it and the comma: "my colleague from the Hungarian Cultural
 * Institute, Eszter, will attend" (h450_051), "colega mea de la Direcția Cultură, Ioana, …".
 */
const ORGANISATION_TAIL_END = new RegExp(`^${ORGANISATION_TAIL}\\s*$`, 'u');

/** `sentence` with such appositions joined to their relation word ("my deputy Péter Kovács will …"). */
export function joinAppositions(sentence: string): string {
  if (!sentence.includes(',')) return sentence;
  return sentence.replace(APPOSITION, joinToRelation(sentence)).replace(ROLE_APPOSITION, (whole: string, role: string, offset: number, text: string) =>
    TITLED_NAME_END.test(text.slice(Math.max(0, offset - RELATION_REACH), offset)) ? ` ${role} ` : whole,
  );
}

function joinToRelation(sentence: string): (whole: string, name: string, offset: number) => string {
  return (whole: string, name: string, offset: number) => {
    relations ??= compileStickyPhrases(LOCALES.flatMap((l) => [...l.relations, ...l.rankTitles]));
    // The relation word stands right before the comma: read only the last few words, not the
    // whole sentence again for every comma (quadratic on a sentence of many names).
    const from = Math.max(0, offset - RELATION_REACH);
    const before = matchKey(sentence.slice(from, offset)).trimEnd();
    const last = findAll(relations, before).at(-1);
    if (last === undefined) return whole;
    if (last.end === before.length) return ` ${name} `;
    // An organisation is named in capitals ("from the list, I will attend alone" names none).
    const fromOrganisation = ORGANISATION_TAIL_END.test(before.slice(last.end)) && /\p{Lu}/u.test(sentence.slice(from + last.end, offset));
    return fromOrganisation ? ` ${name} ` : whole;
  };
}
