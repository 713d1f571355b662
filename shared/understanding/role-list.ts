/*
 * A party given as a list of roles, without names: "vor participa: directorul executiv al Direcției de Dezvoltare, un
 * consilier superior și un referent de specialitate" (h546_004), "Vin cu echipa: barista-șef, managerul și eu" (h546_068).
 * Split from `headcount.ts`, which calls {@link countRoleList}.
 */

/** A role, bare or with its article ("directorul", "un consilier", "o colegă", "specialistul"), or the sender. */
const ROLE =
  '(?:(?:un|o|doi|doua|domnul|doamna|dl|dna|the|our|a|an)\\s+)?' +
  '(?:director\\w*|manager\\w*|consilier\\w*|referent\\w*|specialist\\w*|inspector\\w*|expert\\w*|sef\\w*|presedint\\w*|vicepresedint\\w*|' +
  'coordonat\\w*|asistent\\w*|secretar\\w*|jurist\\w*|contabil\\w*|arhitect\\w*|inginer\\w*|coleg\\w*|barista\\w*|bucatar\\w*|' +
  'responsabil\\w*|administrator\\w*|reprezentant\\w*|economist\\w*|profesor\\w*|profesoar\\w*|student\\w*|voluntar\\w*|' +
  'head|lead|curator|officer|coordinator|assistant|colleague|intern|volunteer|eu|subsemnatul|subsemnata|me|myself)(?![a-z])';
/** The words that open the list: coming, with a colon right after them (folded). */
const INTRO = /(?<![a-z])(vor participa|vom participa|participam|participam cu (?:o |)echipa|venim|venim cu (?:o |)echipa|vin cu (?:o |)echipa|vin cu|vom fi|will attend|will be represented by)\s*:\s*([^.;!?]+)/g;
// Tried on a trimmed item (no comma in it): no lazy run before a trailing blank to backtrack over.
const ITEM = new RegExp(`^${ROLE}[^,]*$`);
const SEPARATOR = /\s*,\s*|\s+(?:si|and)\s+/;
const SELF = /^\s*(?:eu|subsemnatul|subsemnata|me|myself)(?![a-z])/;

/**
 * How many people a list of roles after "vor participa:" (and the like) holds, every item
 * opening on a role noun (two at least); with "vin cu" the sender comes besides those listed.
 * Returns 0 when no such list is written.
 */
export function countRoleList(folded: string): number {
  let most = 0;
  for (const match of folded.matchAll(INTRO)) {
    const items = match[2]!.split(SEPARATOR).filter((item) => item.trim() !== '');
    if (items.length < 2 || !items.every((item) => ITEM.test(item.trim()))) continue;
    const senderBesides = /^vin cu/.test(match[1]!) && !items.some((item) => SELF.test(item));
    most = Math.max(most, items.length + (senderBesides ? 1 : 0));
  }
  return most;
}

const COUNT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, un: 1, o: 1, unu: 1, una: 1, doi: 2, doua: 2, trei: 3, patru: 4, cinci: 5,
};
const COUNT = `(\\d|${Object.keys(COUNT_WORDS).join('|')})`;
// Not "participants": "we'll be 2 participants, 1 speaker and 1 observer" names the total among its parts.
const PART = '(?:speakers?|presenters?|listeners?|observers?|vorbitor|vorbitori|vorbitoare|ascultator|ascultatori|ascultatoare|observator|observatori|observatoare)';
const COUNTED_PART = `(?<![a-z0-9])${COUNT}\\s+${PART}(?![a-z])(?:\\s*\\([^()]{0,30}\\))?`;
const COUNTED_PARTS = new RegExp(`${COUNTED_PART}(?:(?:\\s*,\\s*|\\s+(?:and|si|plus)\\s+|\\s*\\+\\s*)${COUNTED_PART}){1,3}`, 'g');
const ONE_PART = new RegExp(COUNTED_PART, 'g');

/**
 * A party counted by the part each plays: "we'll have one speaker (me) and two listeners" (h558_009), "un vorbitor și doi
 * ascultători". Returns the sum when two counted parts or more are joined, else 0.
 */
export function countRoleCounts(folded: string): number {
  let most = 0;
  for (const match of folded.matchAll(COUNTED_PARTS)) {
    let sum = 0;
    for (const part of match[0].matchAll(ONE_PART)) sum += /^\d$/.test(part[1]!) ? Number(part[1]) : (COUNT_WORDS[part[1]!] ?? 0);
    most = Math.max(most, sum);
  }
  return most;
}

/** "Venim în formație completă (4)" (h564_002): the whole team, counted in brackets. */
const FULL_TEAM = /(?<![a-z])(?:in|cu) (?:formatie|formatia|componenta|echipa) completa\s*\((\d{1,2})\)/;

/** The party of a team said to come whole, its count in brackets; 0 when none is written. */
export function countFullTeam(folded: string): number {
  const count = FULL_TEAM.exec(folded)?.[1];
  return count === undefined ? 0 : Number(count);
}
