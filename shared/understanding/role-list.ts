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
