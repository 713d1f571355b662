import type { TextAnalysis } from './analyze-text';
import { LOCALES } from './intent-locales';
import { foldForMatching } from './text-normalize';

/** Titles before a name, folded ("dl", "doamna", "mrs"). */
export const TITLES = ['dl', 'dna', 'd-na', 'd-l', 'dl-ul', 'domnul', 'doamna', 'domnului', 'doamnei', 'mr', 'mrs', 'ms', 'dr', 'prof', 'ing', 'ec'];
/** A title before a name ("dl.", "dna", "Mrs."), as written: lower-case or capitalised. */
export const TITLE = `(?:(?:${TITLES.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1)]).join('|')})\\.?\\s+)`;
/** One capitalised word of a name ("Ionuț", "Rūta", "O'Neill"). */
export const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]*\\p{Ll}";
/** A person's name: an optional title, two to four capitalised words. */
export const PERSON_NAME = new RegExp(`^${TITLE}?(${NAME_WORD}(?:[\\s-]+${NAME_WORD}){1,3})`, 'u');
/** As {@link PERSON_NAME}, after separators ("colegul meu, Ion Pop"). */
export const LEADING_NAME = new RegExp(`^[\\s,:–-]*(${TITLE}?${NAME_WORD}(?:[\\s-]+${NAME_WORD}){1,3})`, 'u');

const ABBREVIATION_END = /(?<![\p{L}])(?:dl|dna|d-na|dr|prof|mr|mrs|ms|ing|ec|arh|urb|av)\.$/iu;
const TITLE_WORDS = ['dl', 'dna', 'd-na', 'd-l', 'domnul', 'doamna', 'mr', 'mrs', 'ms', 'dr', 'prof'];
const ANY_CASE_TITLE = `(?<![\\p{L}])(?:${TITLE_WORDS.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1)]).join('|')})\\.?\\s+`;
/** A name after a title ("dl. Ion Pop", "Mrs. Preda"), maybe after a role ("domnul subprefect Dan Crăciun"). */
export const TITLED_NAME = new RegExp(`${ANY_CASE_TITLE}(?:\\p{Ll}+\\s+)?(${NAME_WORD}(?:[\\s-]+${NAME_WORD}){0,3})`, 'u');
/** Any run of two to four capitalised words. */
export const ANY_NAME = new RegExp(`(?<![\\p{L}])(${NAME_WORD}(?:[\\s-]+${NAME_WORD}){1,3})`, 'u');
/**
 * Where a relation's people come from, before the comma that sets off a name: "from the Hungarian Cultural Institute"
 * (h450_051). No verb in it: "Colegii de la FabriCultural vor veni însă, Matei și Ana v-au scris separat" (h387_063) names
 * no one sent. The comma is not part of it.
 */
export const ORGANISATION_TAIL = String.raw`(?:\s+(?:from|at|de\s+la|din)(?:\s+(?!(?:va|vor|vine|vin|o|will|is|are|has|have|sunt|este|e|a|au|nu|not)(?![\p{L}]))[^\s,;.!?]+){1,7})`;

// "our colleague Rūta", "colegul Bogdan", "my deputy, Anna", "fiul meu Alex" (h274_039), "asociatul meu, Vlad" (h410_052): a first name after the relation;
// also after where the relation is from, set off by a comma ("my colleague from the Hungarian Cultural Institute, Eszter", h450_051).
// Academic titles may stand between the relation and the name: "colegul meu, conf. dr. Radu Ionescu" (h516_006).
const RELATION_THEN_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:colleagues?|co-?workers?|deputy|director|manager|assistant|representatives?|colegul|colega|colegii|colegele|colegului|colegei|adjunctul|adjuncta|directorul|directoarea|reprezentantul|reprezentanta|fiul|fiica|son|daughter|asociatul|asociata)(?:\s+(?:meu|mea|mei|mele|nostru|noastră|noastra|noștri|nostri|noastre))?(?:${ORGANISATION_TAIL}\s*,)?[\s,]+(?:(?:conf|dr|prof|lect|drd|ing|arh|univ|asist|ec|av)\.?\s+)*(\p{L}+)`,
  'giu',
);
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * The text of sentence `index` of an analysis, joined with the next one when it ends on a
 * title ("… va participa dl." + "director Ion Pop"), where the sentence splitter cut it.
 */
export function sentenceWithTitle(analysis: TextAnalysis, index: number): string {
  const here = analysis.sentences[index]!.text;
  const next = analysis.sentences[index + 1];
  return ABBREVIATION_END.test(here) && next ? `${here} ${next.text}` : here;
}

const ALL_NAMES = new RegExp(ANY_NAME.source, 'gu');
let organisations: ReadonlySet<string> | null = null;

/**
 * Whether `text` names a person: a titled name, a full name, or a first name after a relation
 * ("our colleague Rūta"). A run of capitalised words with an organisation's noun in it
 * ("colegii din Direcția Tehnică", "our Culture Department") names no one.
 */
export function namesPerson(text: string): boolean {
  if (TITLED_NAME.test(text)) return true;
  for (const match of text.matchAll(ALL_NAMES)) {
    if (!match[1]!.split(/[\s-]+/).some(isOrganisationWord)) return true;
  }
  return namesRelatedPerson(text);
}

/** Whether `text` names a person after a relation ("my colleague Lena Fischer", "colega mea Ioana"). */
export function namesRelatedPerson(text: string): boolean {
  for (const match of text.matchAll(RELATION_THEN_WORD)) if (CAPITALISED.test(match[1]!)) return true;
  return false;
}

const WORDS = /[\p{L}'’-]+/gu;
const ONE_NAME = new RegExp(`^${NAME_WORD}$`, 'u');
const ANY_TITLE = new Set(TITLES);

/**
 * Whether `text` holds a first name: a capitalised word that is neither a title nor an organisation's
 * noun. The sentence's first word is capitalised anyway, so it counts only when `subjectOf` (the words a
 * subject's verb starts with, folded) follows it: "Sergiu vine în locul meu", not "Mâine, colegul vine";
 * `subjectOf` also turns pronouns away ("She will attend instead of me").
 * The one greeted ("Bună Lavinia, vine în locul meu un coleg") is the organiser, no stand-in.
 */
export function namesFirstName(text: string, subjectOf: (word: string, rest: string) => boolean): boolean {
  const words = [...text.matchAll(WORDS)];
  return words.some((match, index) => {
    const word = match[0];
    if (!ONE_NAME.test(word) || ANY_TITLE.has(foldForMatching(word)) || isOrganisationWord(word)) return false;
    if (index < 3 && text[match.index + word.length] === ',') return false;
    return index > 0 || subjectOf(foldForMatching(word), foldForMatching(text.slice(match.index + word.length)).trim());
  });
}

/** Whether a word is an organisation's noun ("Direcția", "Serviciu", "Department"), in any case. */
export function isOrganisationWord(word: string): boolean {
  organisations ??= new Set(LOCALES.flatMap((locale) => locale.details.organisationWords));
  return organisations.has(foldForMatching(word));
}

/** The relation before a companion's name, optional: "iar colegul meu Sorin Ilie se conectează", "my colleague Ana". */
export const COMER_RELATION = '(?:(?:colegul|colega) (?:meu|mea|nostru|noastră|noastra)\\s+|(?:my|our) (?:colleague|coworker|co-worker)\\s+)?';
