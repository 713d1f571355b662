import { NUMBER_SOURCE } from './analyze-text';
import { COMER_RELATION, NAME_WORD } from './person-names';

/*
 * A party revised within the reply: a count corrected ("Ba nu, trei", "Corectez: doar un coleg"), concluded ("deci vom fi
 * doar eu și Paula"), cut in a postscript ("P.S. Rămânem trei"), a companion dropped ("Ilinca nu mai vine") or added
 * ("P.S. Se alătură și colega noastră Laura Pârvu"). Split from `headcount.ts`, whose {@link countPeople} reads the party
 * first and asks these for the revision. Folded text unless said otherwise.
 */

/** A correction announced ("dar corectez: colegul Mihai nu mai poate, deci vom fi 3", h228_009). */
// "Update: Ioana tocmai mi-a spus că e în concediu atunci, deci vom fi doar doi" (h531_003): an update's label too;
// "Revin cu o corectură: dl Tudor are deplasare …, așa că vom fi doar 2 persoane" (h534_002).
export const CORRECTION_SAID = /(?<![a-z])(?:de fapt|corectez|corectam|rectific|rectificam|corectie|ba nu|correction|let me correct|i correct|actually|make that|or rather|update|corectura)(?![a-z])/;
/**
 * "Vom fi 4 de la teatru. Revin: Alexandra s-a îmbolnăvit, deci vom fi 3" (h624_025): "Revin:" labelling news after a count
 * corrects it; opening a follow-up ("Revin: vom fi 20 de elevi … Total 22", h292_045) it corrects nothing said before.
 * Folded text (intent.ts has its own `REVIN_LABEL` on the words as written, for an answer still put off).
 */
export const NEWS_LABEL = /(?<![a-z])revin(?:em)?\s*:/;
/** Where a postscript opens ("P.S.", "PS:"), folded. */
const POSTSCRIPT = '(?<![a-z])p\\.?\\s?s\\.?(?![a-z])[\\s:,.-]+';
const POSTSCRIPT_REVISION = new RegExp(`${POSTSCRIPT}.*?(?<![a-z])(?:nu mai (?:poate|vine|participa|ajunge)|se alatura|vine si|mai vine|can't make it|cannot make it|won't come)(?![a-z])`);
/** "Vom fi 2 persoane. P.S. Din păcate doar eu, colegul a intrat în concediu medical." (h552_034): a P.S. opening on the sender alone. */
const ALONE_AFTER_POSTSCRIPT = new RegExp(`${POSTSCRIPT}(?:(?:din pacate|unfortunately|sorry|scuze|de fapt|actually)[\\s,]+)?(?:doar eu|numai eu|just me|only me)(?![a-z])`);
/** "Pentru 20 ianuarie, deci, doar o persoană." (h558_010): a party split between two dates, concluded for ours as one. */
// The "pentru …" before it names a day or the meeting, not "Pentru masa de prânz, deci, doar o persoană".
const CONCLUDED_ALONE = /(?:^|[.!?;]\s*)(?:pentru (?:[^.!?,;]{0,20}\d[^.!?,;]{0,12}|(?:luni|marti|miercuri|joi|vineri|atelier|sesiune|intalnire|eveniment)[^.!?,;]{0,20}),\s*)?(?:deci|asadar|prin urmare|so|therefore)[\s,:]+(?:doar|numai|only|just)\s+(?:o persoana|o singura persoana|one person|eu|me)[^a-z0-9]*$/;
/** "Corectez: doar un coleg" (h600_092): the count taken back to the sender and one companion. */
// "P.S. Revin cu o corectură: vine doar un coleg, Dan are altă ședință" (h624_023): the verb of coming may stand before it.
const CORRECTED_ONE_COMPANION = /(?<![a-z])(?:corectez|corectam|rectific|rectificam|corectie|corectura|correction|ba nu|de fapt|actually)[\s,:;—–-]+(?:(?:vine|va veni|vine cu mine|comes|will come)\s+)?(?:doar|numai|only|just)\s+(?:un|o|one|a)\s+(?:coleg|colega|colleague|persoana|person)(?![a-z])/;
const SENDER_SAID = /(?<![a-z])(?:pentru mine|pt mine|eu si|eu cu|eu \+|me and|myself and|for me and)(?![a-z])/;
const LATER_ONLY_ONE = /(?<![a-z])(?:ulterior|later edit|edit|update|actualizare)\s*:[^.!?]{0,120}?(?<![a-z])(?:va participa|va veni|vine|va fi prezent|va fi prezenta)\s+(?:doar|numai)\s+(?:dl|dna|d-l|d-na|domnul|doamna|colegul|colega)(?![a-z])/;
/** One companion after "eu și" (folded): a name or a word for one person, not a group ("colegii", "echipa"). */
const ONE_COMPANION = '(?!(?:colegii|colegele|echipa|copiii|copii|ceilalti|celelalte|restul|familia|studentii|elevii|voluntarii|baietii|fetele)(?![a-z]))[a-z-]+(?:\\s+[a-z-]+)?';
const SELF_AND_ONE_CONCLUDED = new RegExp(
  `(?:${POSTSCRIPT}|(?<![a-z])(?:deci|asa ca|prin urmare|so)\\s+)[^.!?]{0,120}?(?<![a-z])(?:vom fi|ramanem|venim|vom veni|vom participa|participam|o sa fim)\\s+(?:doar|numai)\\s+eu\\s+(?:si|cu)\\s+${ONE_COMPANION}\\s*(?:[.!]|$)`,
);
/** The count taken back to the sender alone, right after the words of {@link CORRECTION_SAID}: "de fapt vin singură", "actually just me". */
const ALONE_CORRECTED = new RegExp(`${CORRECTION_SAID.source}[\\s,:;—–-]+(?:vin singur|vin singura|voi veni singur|voi veni singura|particip singur|particip singura|doar eu|numai eu|just me|only me|i(?:'ll| will) come alone|(?:i'm|i am) coming alone)(?![a-z])`);

let correctedBare: RegExp | null = null;
let notButCount: RegExp | null = null;
let correctedTail: RegExp | null = null;
let concludedOnly: RegExp | null = null;

/**
 * The count a correction, a conclusion or a postscript settles on, given the one settled before (`final`, null for none);
 * `numberIn` reads a phrase's number.
 * @param folded the reply's statements, folded and joined by " . ".
 */
export function revisedCount(folded: string, final: number | null, numberIn: (phrase: string) => number | null): number | null {
  // "nu venim 2, ci 3 — se alătură și colega noastră" (h271_008): the count the Romanian "ci" puts in place of the one denied.
  // "Nu mai venim 3 cum am zis la telefon, ci doar eu și Dana" (h619_030): a few words between, the sender and one, or alone.
  notButCount ??= new RegExp(
    `(?<![a-z])nu\\s+(?:mai\\s+)?(?:venim|suntem|vom fi|o sa fim|vom veni|participam|vom participa)\\s+(?:${NUMBER_SOURCE})(?![a-z0-9])[^.!?]{0,40}?\\s*,?\\s*ci\\s+(?:(?:doar|numai)\\s+)?(?:(${NUMBER_SOURCE})(?![a-z0-9])|(eu\\s+(?:si|cu)\\s+${ONE_COMPANION})|(eu)(?=\\s*(?:[.!;,]|$)))`,
  );
  const corrected = notButCount.exec(folded);
  if (corrected) final = corrected[1] !== undefined ? (numberIn(corrected[1]) ?? final) : corrected[2] !== undefined ? 2 : 1;
  // "Venim doi: eu și Bianca. Ba nu, trei — se alătură și Tudor" (h462_013), "Three of us … — actually make that two" (h462_041):
  // a bare number right after the words that take the count back.
  // "Confirm, suntem 3. Corecție: 4, s-a adăugat și stagiara" (h468_086): or after a "correction" label.
  // "P.S. Scuze, corectez: doar trei" (h552_010): the correction may say "only"; "P.S. 3 de fapt, vine și Cezar" (h552_068):
  // a number opening a P.S. and taken as the fact; "P.S. Între timp Vlad are o suprapunere, așa că rămânem doar doi" (h570_005),
  // "P.S. Roxana tocmai mi-a scris că nu poate, are examen. Rămânem trei." (h576_038): a sentence or two into the P.S.
  correctedBare ??= new RegExp(
    `(?:^|[.!?,;(—–-]\\s*)(?:ba nu|(?:actually |)make that|or rather|corectie|corectura|rectificare|rectific|corectez|corectam|correction)[\\s,:;—–-]+(?:(?:doar|numai|only|just)\\s+)?(${NUMBER_SOURCE})(?![a-z0-9])|${POSTSCRIPT}(${NUMBER_SOURCE})\\s*(?:,\\s*)?(?:de fapt|actually|in fact)(?![a-z])|(?:${POSTSCRIPT}|(?<![a-z])(?:later edit|edit|update|actualizare)\\s*:\\s*)(?:[^.!?]|[.!?](?= [a-z.])){0,160}?(?<![a-z])(?:ramanem|vom ramane|vom fi|venim|vom veni)\\s+(?:doar\\s+|numai\\s+)?(${NUMBER_SOURCE})(?![a-z0-9])(?!\\s*(?:minute|min|ore|ora|zile|km)(?![a-z]))(?!\\s*(?:sau|or|ori|-|–)\\s*(?:${NUMBER_SOURCE})(?![a-z0-9]))`,
    'g',
  );
  let lastBare = -1;
  for (const bare of folded.matchAll(correctedBare)) {
    final = numberIn((bare[1] ?? bare[2] ?? bare[3])!) ?? final;
    lastBare = bare.index;
  }
  // "Confirmăm participarea a 6 persoane … De fapt, ne-am reorganizat: vor veni 4." (h546_051): a bare count closing the
  // sentence of the correction, after the verb of coming.
  correctedTail ??= new RegExp(`${CORRECTION_SAID.source}[^.!?]{0,60}?(?<![a-z])(?:vor veni|vor participa|venim|vom fi|vom veni|suntem|will come|we will be|we'll be|there will be)\\s+(${NUMBER_SOURCE})(?:\\s+(?:persoane|oameni|people|persons))?\\s*(?:[.!]|$)`, 'g');
  for (const tail of folded.matchAll(correctedTail)) {
    if (tail.index < lastBare) continue;
    final = numberIn(tail[1]!) ?? final;
    lastBare = tail.index;
  }
  // "Confirm pentru 2 persoane. P.S. De fapt vin singură, colega are altă ședință." (h468_072): corrected to the sender
  // alone, unless a later correction counts again ("De fapt vin singură. Ba nu, 2").
  // "Confirm participarea pentru mine și doi colegi. Corectez: doar un coleg, celălalt e în concediu" (h600_092): the sender and one.
  const correctedOne = CORRECTED_ONE_COMPANION.exec(folded);
  if (correctedOne !== null && correctedOne.index > lastBare && SENDER_SAID.test(folded.slice(0, correctedOne.index))) {
    final = 2;
    lastBare = correctedOne.index;
  }
  // "Ulterior: dna inspector … s-a îmbolnăvit, astfel va participa doar dl inspector Dorin Lazăr" (h600_062): one named, after a later edit.
  const laterOne = LATER_ONLY_ONE.exec(folded);
  if (laterOne !== null && laterOne.index > lastBare) {
    final = 1;
    lastBare = laterOne.index;
  }
  // "Revin: Andrei Vasiu … nu mai poate luni, deci vom fi doar doi." (h606_012): a party concluded with "only", after the count;
  // a later correction to the sender alone still wins ("… deci vom fi doar 3. Corectez: doar eu").
  concludedOnly ??= new RegExp(`(?<![a-z])(?:deci|asa ca|asadar|prin urmare|so)\\s+(?:vom fi|ramanem|suntem|venim|o sa fim|we will be|we'll be|we are)\\s+(?:doar|numai|only|just)\\s+(${NUMBER_SOURCE})(?:\\s+(?:persoane|oameni|people|persons))?\\s*(?:[.!]|$)`, 'g');
  for (const only of folded.matchAll(concludedOnly)) {
    if (only.index <= lastBare) continue;
    final = numberIn(only[1]!) ?? final;
    lastBare = only.index;
  }
  const correctedAlone = ALONE_CORRECTED.exec(folded) ?? ALONE_AFTER_POSTSCRIPT.exec(folded) ?? CONCLUDED_ALONE.exec(folded);
  if (correctedAlone !== null && correctedAlone.index > lastBare) final = 1;
  // "P.S. … Mihai este în concediu pe 17, deci vom fi doar eu și Paula" (h594_009): the sender and one named, as concluded.
  const concludedPair = SELF_AND_ONE_CONCLUDED.exec(folded);
  if (concludedPair !== null && concludedPair.index > lastBare && (correctedAlone === null || correctedAlone.index < concludedPair.index)) final = 2;
  return final;
}

/**
 * Whether a postscript that drops or adds someone opens in the folded text before a count ("P.S. Ilinca nu mai poate, are
 * examen. Deci doi."): that count is the last word. Not a P.S. about something else ("P.S. … la ambele sesiuni, deci 2").
 */
export function afterPostscript(before: string): boolean {
  return POSTSCRIPT_REVISION.test(before);
}

/** A range after a count ("2 sau 3"): no count to settle on. */
export const RANGE_AFTER = /^\s*(?:sau|or|ori|-|–)\s*\d/;
/** A condition or a doubt: one said near a companion leaves them uncounted (also read before a companion in `headcount.ts`). */
export const HEDGE_WORD = /(?<!\p{L})(?:dac[ăa]|if|poate|probabil|eventual|maybe|perhaps|possibly)(?!\p{L})/u;
/** A sentence opening a postscript ("P.S. …", "PS – …"). */
const POSTSCRIPT_OPENING = /^[^\p{L}]*P\.?\s?S(?![\p{L}])/u;
/**
 * Someone named added in a postscript: "P.S. Se alătură și colega noastră Laura Pârvu" (h588_011), "PS – adăugați-o vă rog
 * și pe Ilinca Mocanu" (h588_044).
 */
const ADDED_IN_POSTSCRIPT = new RegExp(
  `(?:(?:[Aa]dăugați|[Aa]daugati|[Tt]receți|[Tt]receti|[Aa]daugă|[Aa]dauga|[Tt]rece)-(?:o|l)\\s+(?:vă rog\\s+|va rog\\s+|te rog\\s+)?(?:și|si)\\s+pe\\s+|(?:[Ss]e (?:alătură|alatura|va alătura|va alatura)|[Vv]ine|[Vv]a veni|[Pp]articipă|[Pp]articipa|[Vv]a participa)\\s+(?:și|si)\\s+${COMER_RELATION})(${NAME_WORD})`,
  'gu',
);

/**
 * The party said before a postscript, plus those the postscript adds by a name not said before: the count read over the
 * whole reply takes a companion named twice (a phrase, then the name) as one, and so counted the one added as no one more.
 * 0 without such a postscript.
 */
export function addedInPostscript(text: string, statements: readonly string[], count: (before: string, said: readonly string[]) => number): number {
  const at = statements.findIndex((statement) => POSTSCRIPT_OPENING.test(statement));
  if (at <= 0) return 0;
  const before = statements.slice(0, at);
  const earlier = before.join(' ');
  const added = new Set(
    statements
      .slice(at)
      // "P.S. Se alătură și Mihai, dacă termină la timp": one added under a condition is not counted.
      .flatMap((statement) => [...statement.matchAll(ADDED_IN_POSTSCRIPT)].filter((match) => !HEDGE_WORD.test(statement.slice(match.index))).map((match) => match[1]!))
      .filter((name) => !earlier.includes(name)),
  );
  if (added.size === 0) return 0;
  const cut = text.indexOf(statements[at]!.trim().slice(0, 12));
  return count(cut > 0 ? text.slice(0, cut) : earlier, before) + added.size;
}

// "Noi (eu, Mihai, Ilinca și Sabina) venim. Ilinca nu mai vine de fapt" (h450_034): one named before, said later not to come.
// "P.S. Ana-Maria s-a răzgândit, nu mai vine." (h588_037): why, between the name and the no.
const DROPPED_NAMED = new RegExp(`(?:^|[.!;]\\s+|,\\s*)(${NAME_WORD}(?:-${NAME_WORD})?)\\s+(?:(?:s-a răzgândit|s-a razgandit|s-a îmbolnăvit|s-a imbolnavit|e bolnavă|e bolnav|e bolnava|e răcită|e racita|a renunțat|a renuntat)\\s*,?\\s*)?nu mai (?:vine|poate|participă|participa|ajunge|se conectează|se conecteaza)(?!\\p{L})`, 'gu');

/**
 * How many people named earlier in the reply a later sentence says no longer come, when no count follows that would
 * already leave them out ("Ilinca nu mai vine, deci venim 3").
 */
export function droppedLater(joined: string, countsAfter: (after: string) => boolean): number {
  const names = new Set<string>();
  for (const match of joined.matchAll(DROPPED_NAMED)) {
    const name = match[1]!;
    const at = match.index + match[0].indexOf(name);
    if (!joined.slice(0, at).includes(name) || countsAfter(joined.slice(at + name.length))) continue;
    names.add(name);
  }
  return names.size;
}
