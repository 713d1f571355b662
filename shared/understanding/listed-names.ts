import { LOCALES, matchKey } from './analyze-text';
import { isOrganisationWord, NAME_WORD, PERSON_NAME, TITLE } from './person-names';
import { compileStickyPhrases, findAll } from './phrase-table';

/*
 * People listed by name: after an intro ("Din partea noastră vor participa:", "Voi veni împreună cu:"), inline or one per
 * line, in a pasted table, with the sender among them or not. Split from `headcount.ts`, which calls {@link countListedNames}.
 */
const tables = LOCALES.map((locale) => locale.details);
const LIST_INTRO = compileStickyPhrases(tables.flatMap((t) => t.attendeeListIntro));
const COMPANION_LIST_INTRO = compileStickyPhrases(tables.flatMap((t) => t.companionListIntro));
/** A list item that is an office, before a unit's name: "șef Serviciul Programe și Proiecte Europene", "head of Culture and Tourism". */
const OFFICE_SEGMENT = /^\s*(?:șef|sef|șefa|sefa|director|directoare|expert|expertă|experta|consilier|consilieră|consiliera|coordonator|coordonatoare|manager|responsabil|responsabilă|responsabila|inspector|referent|head|chief)(?!\p{L})/u;
/** A line that ends a sentence: what follows it (a signature) is no list of its attendees. */
const SENTENCE_END = /[.!?]\s*$/;
/**
 * A name in a run of text, after at most three lower-case words that are not prepositions
 * ("participă colegii Sorin Tudor", not "consilier în cadrul Departamentului Proiecte").
 */
const ORGANISATION_NAME_AFTER = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?=\p{Ll})/u;
const INLINE_NAME = new RegExp(
  `^(?:(?!(?:în|in|din|de|la|cu|pentru|pe|prin|of|from|at|on|the|for|with|to|by)\\s)\\p{Ll}[\\p{L}.-]*\\s+){0,4}${TITLE}?${NAME_WORD}(?:[\\s-]+${NAME_WORD}){1,3}`,
  'u',
);
/** The formal self-reference whose name follows it in apposition ("subsemnatul, Florin Tănase, șef serviciu"). */
const FORMAL_SELF = /^(?:subsemnatul|subsemnata)$/iu;
/** "subsemnata, dl. Radu Ardelean … și dna Mihaela Vâlceanu": no one calls themself "dl."/"dna", so a courtesy title after it starts the next item. */
const COURTESY_TITLED = /^(?:dl|dna|d-na|d-l|domnul|doamna)(?:\.|\s)/iu;
/**
 * The sender closing a list ("… și eu, prof. Varga Péter"): a name after it is the sender's
 * own, where after a leading "Vin eu, Ioana Marin și Dan Suciu" it is another.
 */
const LAST_SELF = /^(?:și|si)\s+eu$/iu;
/** "… și eu, Ana Mihăilă": the sender after "și" without a comma before it, then their name. */
const LAST_SELF_NAMED = /(?<!,)\s(și|si)\s+(eu)\s*,(?=\s*\p{Lu})/gu;
/** An item after "și de" / "and by": the preposition repeated, not a lower-case word before a name ("de la" stays). */
const REPEATED_BY = /^(?:de(?:\s+c[ăa]tre)?|by)\s+(?!la\s)/u;
/** A dot that ends an abbreviated title, not a sentence ("conf. dr. arh. Ioana Dima"). */
const ABBREVIATED = /(?<![\p{L}])(?:dl|dna|d-na|d-l|dr|drd|prof|conf|lect|asist|arh|ing|ec|av|mr|mrs|ms|st|jr|sr|nr)\.$/iu;
/**
 * A list item that names its person after a lower-case role ("- eleva Daria Florea, președinta
 * Consiliului Elevilor", "- arhitect Ioana Dima"): one or two words, not a preposition.
 */
const ROLE_THEN_NAME = new RegExp(
  `^(?:(?!(?:în|in|din|de|la|cu|pentru|pe|prin|of|from|at|on|the|for|with|to|by)\\s)\\p{Ll}[\\p{L}.-]*\\s+){1,2}${TITLE}?(${NAME_WORD}(?:[\\s-]+${NAME_WORD}){1,3})`,
  'u',
);
/** A role written with a capital in a list ("Director Economic", "Consilier Juridic"), folded. */
export const ROLE_WORD = /^(?:director|directoare|manager|consilier|consiliera|presedinte|presedinta|vicepresedinte|secretar|secretara|sef|sefa|coordonator|coordonatoare|coordinator|consultant|consultanta|expert|inspector|inspectoare|referent|administrator|advisor|adviser|officer|rector|prorector|decan|prodecan|primar|viceprimar)$/;
/** An item opening on a bare role, lower case: "director Relații Externe". */
const ROLE_OPENING = /^(?:director|directoare|manager|consilier|consiliera|presedinte|presedinta|secretar|secretara|sef|sefa|coordonator|coordonatoare|consultant|consultanta|expert|inspector|inspectoare|referent|administrator)\s+\p{Lu}/u;
/** The word right after a name, dots kept ("S.R.L."). */
const NEXT_WORD = /^\s+([\p{L}.]+)/u;
/** What may follow a name on a line of its own: nothing, or its role after a separator. */
const AFTER_NAME_ITEM = /^\s*(?:$|[,;:(–—-])/;
/** The sender as an item of a list of attendees ("- subsemnatul", "- myself"). */
// "- eu, fizic;": an item of a list ends with a semicolon too.
// "- subsemnata, Laura Stan" (h337_037): the formal self-reference takes the sender's own name in apposition.
const SELF_ITEM = /^(?:(?:subsemnatul|subsemnata)\s*,\s*\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3}(?=[\s,.;:()-]*(?:\p{Ll}|$))|subsemnatul|subsemnata|eu|eu însămi|eu însumi|mine|myself|me|I)(?![\p{L}])[\s,.;:()-]*(?:\p{Ll}[\p{L}\s,.();-]*)?$/u;
/** "… and myself, Felix Braun." closing a list: the name after "and myself" is the sender's ("myself, Tom Lind" lists two). */
const AND_SELF_THEN_NAME = /\s(?:and|și|si)\s+(?:myself|me)\s*,\s*[^,;]+?[.!\s]*$/iu;
const LIST_BULLET = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s*/;
/**
 * "… va participa doamna Mihaela Ene, eu fiind în concediu": the sender named in the list only to say they are away.
 * "…, eu fiind în deplasare" (h153_027): travelling for work.
 */
const SELF_AWAY = /(?<![\p{L}])(?:concediu|plecat|plecată|plecata|indisponibil|indisponibilă|indisponibila|nefiind disponibil|nefiind disponibilă|nefiind disponibila|bolnav|bolnavă|bolnava|deplasare|delegație|delegatie|on leave|away|absent|unavailable|sick|travelling|traveling|abroad)(?![\p{L}])/iu;
/** Academic and courtesy titles before a name in a list ("1. Prof. dr. ing. Mircea Bălan - prorector"), any number of them. */
// "Șl. dr." (șef de lucrări, a lecturer's rank) as written in university tables (h124_072).
const LEADING_TITLES = /^(?:(?:[Pp]rof|[Cc]onf|[Ll]ect|[Aa]sist|[Uu]niv|[Dd]r|[Dd]rd|[Hh]abil|[Ii]ng|[Aa]rh|[Ee]c|[Aa]v|[Jj]ur|[Dd]l|[Dd]na|[Dd]-na|[Mm]r|[Mm]rs|[Mm]s|[ȘșSs]l)\.?\s+)+(?=\p{Lu})/u;

/**
 * Names listed after an intro ("Vor participa:" / "Attendees:"), one per line or
 * comma-separated on the same line. Two or more names are the whole party. The sender listed
 * ("- subsemnata", "eu") counts only when `withSender` (not when answering for others: "…
 * va participa colega Ana Pop, eu fiind în concediu").
 */
export function countListedNames(text: string, withSender: boolean): number {
  const self = (item: string): boolean => withSender && SELF_ITEM.test(item) && !SELF_AWAY.test(item);
  const lines = text.split('\n');
  let best = 0;
  lines.forEach((line, index) => {
    const folded = matchKey(line);
    let names = 0;
    let intro = false;
    // Every intro on the line: "Din partea Asociației X vor participa A și B" has two.
    for (const match of findAll(LIST_INTRO, folded)) {
      intro = true;
      // The list ends with its sentence: "… și eu personal. Noi nu vom avea prezentare" ends at "personal".
      // "Mihai Rus și eu, Ana Mihăilă": the sender closing the list with their own name, read as "…, și eu, Ana Mihăilă".
      // "Confirmăm participarea: echipa ITmania (Cosmin Vlad, Roxana Drăgan, …)" (h558_037): the team named, its people in brackets.
      // "Din partea Asociației Tinerilor Antreprenori vom fi două persoane, eu și Cătălin Vasile" (h602_012): the capitals right
      // after an organisation's noun are its name, not a person.
      const introWords = match.text.trim().split(/\s+/);
      const named = isOrganisationWord(introWords[introWords.length - 1]!) ? line.slice(match.end).replace(ORGANISATION_NAME_AFTER, ' ') : line.slice(match.end);
      const after = firstSentence(named.replace(/^[^:]*:/, '')).replace(LAST_SELF_NAMED, ', $1 $2,').replace(TEAM_THEN_BRACKET, '$1, ');
      // "colega mea, Irina Sas, și subsemnata", "domnul Milan Đurić, secretar executiv, și eu personal": the sender after a comma and "și" is an item too.
      // "va participa dl. președinte Nicolae Tamaș împreună cu d-na secretar Ileana Bogdan și subsemnatul": company joins items too.
      // "dl. Cosmin Lungu, șef Serviciul Programe și Proiecte Europene": an office's "și" joins its unit's name, not people.
      const raw = after
        .split(/\s*[,;]\s*/)
        .flatMap((segment) => (OFFICE_SEGMENT.test(segment) ? [segment] : segment.split(/\s*\s(?:și|si|and|împreună cu|impreuna cu|alături de|alaturi de|together with|along with)\s\s*/)))
        .map((item) => item.trim());
      // "va fi reprezentat de prof. Dragoș Mihăilă și de eleva Alexia Toma", "by me and by Agnė …": the "de"/"by" repeated after the join.
      const items = raw.map((item) => item.replace(/^(?:și|si)\s+(?=subsemnat|eu(?!\p{L}))/u, '').replace(REPEATED_BY, ''));
      // "subsemnatul, Florin Tănase", "… și eu, Szabó Enikő, secretar": the name in apposition is the sender, counted once.
      // "Vin eu, Florin Cioban, președinte.": a name between the sender and an office, the last item, is the sender's own.
      // "Dr. Katrin Weber and myself, Felix Braun." (h153_076): the sender's name closing the list after "myself".
      const ownName = (at: number): boolean =>
        (/^(?:eu|io)$/iu.test(raw[at - 1] ?? '') &&
          // "vom participa eu, Szabó Attila, și colega mea Fülöp Erika": a comma before "și" closes an apposition (a Romanian list has none).
          ((at === items.length - 2 && /^\p{Ll}[\p{Ll} -]*[.!]?$/u.test(items[at + 1] ?? '')) || /^(?:și|si)\s/u.test(raw[at + 1] ?? ''))) ||
        (/^(?:myself|me)$/iu.test(raw[at - 1] ?? '') && at === items.length - 1 && AND_SELF_THEN_NAME.test(after));
      // "I will attend myself; I arrive on Sunday evening": the sender is one person, however many items speak of them.
      // "vor participa subsemnata și prof. Dan Bârsan": after "și", not a comma, the name is someone else.
      const selfItems = items.some(self) ? 1 : 0;
      // The item's own words up to the next name: "colegul meu Mircea Suciu, pe care l-ați invitat și pe el, nu poate ajunge".
      const declines = (at: number): boolean => {
        for (let k = at; k < items.length && (k === at || !isInlineName(items[k]!)); k++) if (ITEM_DECLINES.test(items[k]!)) return true;
        return false;
      };
      // "doamna Elena Vlad, director Relații Externe" (h490_028): an item opening on a bare role right after a name is that
      // name's title and department, not one more person ("director Ion Pop, consilier Ana Marin" are two, each after a comma of the list).
      const titleOf = (item: string, at: number): boolean => at > 0 && ROLE_OPENING.test(item) && isInlineName(items[at - 1]!) && !ROLE_OPENING.test(items[at - 1]!);
      const inline = selfItems + items.filter((item, at) => !self(item) && isInlineName(item) && !titleOf(item, at) && !declines(at) && !(FORMAL_SELF.test(items[at - 1] ?? '') && after.includes(`${raw[at - 1]},`) && !COURTESY_TITLED.test(item)) && !LAST_SELF.test(raw[at - 1] ?? '') && !ownName(at)).length;
      names = Math.max(names, inline, pluralRelationNames(after));
    }
    // "Voi veni împreună cu:" and the companions on the lines below (h510_038): the sender comes besides them.
    const companions = !intro && findAll(COMPANION_LIST_INTRO, matchKey(line).replace(/[\s:]+$/, '')).length > 0;
    if (!intro && !companions) return;
    // "I will attend in person on 20 January." then a signature: the sentence is over.
    if (names < 2 && !SENTENCE_END.test(line)) {
      names = 0;
      let selfListed = false;
      // Where the list stopped (the line after it), or the text's end.
      let end = lines.length;
      for (const [offset, next] of lines.slice(index + 1).entries()) {
        const item = next.replace(LIST_BULLET, '').trim();
        if (item === '') {
          if (names > 0) {
            end = index + 1 + offset;
            break;
          }
          continue;
        }
        // A pasted table: its header row is skipped, a row counts by the name in its first cells.
        if (names === 0 && isTableHeader(item)) continue;
        // A Markdown table's rule under its header ("|---|:---:|"), a box drawn with "+---+", or a plain text table's rules.
        if (TABLE_RULE.test(item)) continue;
        // An item struck out ("~~Bogdan Ursu~~ (nu mai e disponibil)", "Paul Neagu — nu mai poate") is listed, not counted.
        if (ITEM_DECLINES.test(item) && isNameItem(item.replace(/~~/g, ''))) continue;
        if (!isNameItem(item) && !self(item) && !isTableRowName(item)) {
          end = index + 1 + offset;
          break;
        }
        if (self(item)) selfListed = true;
        names++;
      }
      if (companions && names > 0 && !selfListed) names++;
      // "Și eu, evident :)" on a line of its own after the list: the sender joins it.
      const closing = lines.slice(end).find((next) => next.trim() !== '');
      if (names > 0 && withSender && closing !== undefined && SELF_JOINS.test(closing.trim())) names++;
    }
    best = Math.max(best, names);
  });
  return best >= 2 ? best : 0;
}

/** Cells of a pasted table row: tabs, bars or runs of spaces between them. */
const TABLE_CELLS = /\s*(?:\t|\||\s{2,})\s*/;
// Or a plain-text table's column rules, as Outlook writes a pasted table ("----------   ----------", h486_007).
const TABLE_RULE = /^(?:(?=[^|+]*[|+])(?=.*-{3})[|+:\s-]+|-{3,}(?:\s+-{3,})+|={3,}(?:\s+={3,})+)$/;
const TABLE_HEADER_CELL = /^(?:nr|nr crt|crt|no|#|nume|prenume|nume si prenume|numele si prenumele|name|full name|first name|last name|surname|functia|functie|pozitia|pozitie|position|role|title|job title|email|e-mail|adresa de email|telefon|tel|phone|departament|department|institutia|institutie|organizatia|organizatie|organization|organisation|entitate|entitatea|participare|participarea|participant|participanti|prezenta|interventie|interventia|interventii|prezentare|prezentarea|modalitate|modalitate participare|format|observatii|vorbitor|attendance|participation|intervention|presentation|speaking|mode|notes)$/;
/** "Vin eu; colegul meu Mircea Suciu nu poate ajunge" (h375_049): the one named in the item does not come. */
// "3) Costel Baba – anulat, e bolnav" (h438_075), "~~Bogdan Ursu~~ (nu mai e disponibil)" (h438_032): an item struck out.
const ITEM_DECLINES = /~~|(?<!\p{L})(?:anulat|anulată|anulata|nu mai e disponibil|nu mai este disponibil|(?:nu|not)\s+(?:mai\s+)?(?:poate|va putea|vine|va veni|ajunge|va ajunge|participă|participa|va participa|o să poată|o sa poata)|cannot|can['’]t|won['’]t|will not|is unable|is not able|isn['’]t able)(?!\p{L})/iu;
/** "Și eu, evident :)", "and me too": the sender added after a list. */
const SELF_JOINS = /^(?:și|si|plus|and|\+)\s+(?:eu|subsemnatul|subsemnata|me|myself)(?![\p{L}])/iu;

function tableCells(item: string): string[] {
  return item.split(TABLE_CELLS).map((cell) => cell.trim()).filter((cell) => cell !== '');
}

/**
 * The header row of a pasted table ("Nume | Prenume | Funcția", "Nr. crt.   Nume și prenume   Departament", "Nume  Funcție
 * Participare  Intervenție", h552_002).
 */
function isTableHeader(item: string): boolean {
  const cells = tableCells(item);
  return cells.length >= 2 && cells.every((cell) => TABLE_HEADER_CELL.test(matchKey(cell).replace(/[.:]/g, '').replace(/\s+/g, ' ').trim()));
}

/**
 * A row of a pasted table that names a person: "1   Prof. Adrian Lungu   Centrul …", "Dr. Ana
 * Vlaicu | Vice-rector | …", "Popescu⇥Daniela⇥Șef serviciu" (surname and first name in two cells).
 */
function isTableRowName(item: string): boolean {
  const cells = tableCells(item);
  if (cells.length < 2) return false;
  const start = /^\d{1,3}[.)]?$/.test(cells[0]!) ? 1 : 0;
  const first = cells[start];
  if (first === undefined) return false;
  const candidates = [first, `${first} ${cells[start + 1] ?? ''}`.trim()];
  return candidates.some((cell) => isNameItem(cell) && !cell.split(/[\s.-]+/).some(isOrganisationWord) && !/\d/.test(cell));
}

/** `text` up to the end of its first sentence, not at an abbreviated title ("dl. Ion Pop", "prof. Varga Péter"). */
function firstSentence(text: string): string {
  for (const end of text.matchAll(/[.!?](?=\s+\p{Lu})/gu)) {
    // The few characters before the dot hold any title; reading from the start would be quadratic.
    if (!ABBREVIATED.test(text.slice(Math.max(0, end.index - 6), end.index + 1))) return text.slice(0, end.index + 1);
  }
  return text;
}

/**
 * A person's name in a run of text, not a role and its office ("șef Serviciu Programe"): an
 * organisation's noun among the capitalised words names no one.
 */
/** A team's name before the bracket that lists its people: "echipa ITmania (Cosmin Vlad, …". */
const TEAM_THEN_BRACKET = /^(\s*(?:echipa|team|the team|our team|echipa noastra|echipa noastră)\s[^(),]{1,40}?)\s*\(/iu;
/** "colegele Ana și Irina", "my colleagues Tom, Ann and Jo" (h558_011): first names only, counted after a plural relation. */
const PLURAL_RELATION_NAMES = /^(?:colegele|colegii|colegele mele|colegii mei|(?:my |our |)colleagues)\s+(\p{Lu}\p{Ll}+(?:\s*,\s*\p{Lu}\p{Ll}+){0,4}\s+(?:și|si|and)\s+\p{Lu}\p{Ll}+)(?!\s*\p{Lu})/u;

function pluralRelationNames(after: string): number {
  const names = PLURAL_RELATION_NAMES.exec(after.trim());
  return names === null ? 0 : names[1]!.split(/\s*,\s*|\s+(?:și|si|and)\s+/u).length;
}

function isInlineName(item: string): boolean {
  const name = INLINE_NAME.exec(item);
  if (name === null || name[0].split(/[\s-]+/).some((word) => /^\p{Lu}/u.test(word) && isOrganisationWord(word))) return false;
  // "Oancea Events SRL": a company's form after the capitals makes them its name.
  const next = NEXT_WORD.exec(item.slice(name[0].length))?.[1];
  if (next !== undefined && isOrganisationWord(next.replace(/\./g, ''))) return false;
  // "doamna Ana-Maria Oprea, Director Economic": a capitalised role is no name; one after it still is ("Director Ion Pop").
  const capitals = name[0].split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word));
  const start = capitals.findIndex((word) => !ROLE_WORD.test(matchKey(word)));
  // "Project Manager Vocational Training" (h247_067): a role inside the capitals makes them a title, not a name.
  if (start >= 0 && capitals.slice(start + 1).some((word) => ROLE_WORD.test(matchKey(word)))) return false;
  return start >= 0 && capitals.length - start >= 2;
}

/**
 * A line that is a name, perhaps with a role after a separator ("Andrei Popescu – director"),
 * not a sentence that starts with capitals ("On Action 1, the programme seems…").
 */
function isNameItem(titled: string): boolean {
  const item = titled.replace(LEADING_TITLES, '');
  const name = PERSON_NAME.exec(item);
  // "Consiliul Județean   Serviciul Proiecte", a table row of offices: an organisation's noun names no one.
  if (name !== null) return AFTER_NAME_ITEM.test(item.slice(name[0].length)) && !name[1]!.split(/[\s-]+/).some(isOrganisationWord);
  const role = ROLE_THEN_NAME.exec(item);
  return role !== null && AFTER_NAME_ITEM.test(item.slice(role[0].length)) && !role[1]!.split(/[\s-]+/).some(isOrganisationWord);
}
