import type { Span, TextAnalysis } from './analyze-text';
import { ANSWER_KINDS, CONDITIONAL } from './clause-words';
import { HEDGE_WORD } from './party-revisions';
import type { IntentResult } from './intent';
import { matchKey } from './text-normalize';

/*
 * Second looks at a reply the phrase spans decided one way: who actually comes (an assistant for the invitee, colleagues named
 * after the sender's refusal, the names sent later), a firm conclusion after a hedge, a yes narrowed to a day. Each reads the
 * whole analysis once and returns the answer that replaces the spans', or null.
 */

/** A refusal said of the invitee in the third person ("I regret to inform you that he will not be able to attend"). */
const THIRD_PERSON_REFUSAL = /(?:^|\s)(?:he|she)\s+(?:will not|won't|cannot|can't|is unable|will be unable|is not able|isn't able)(?![a-z])/;
/** The sender's own yes, in the first person ("I will join the Zoom call myself"). */
const FIRST_PERSON_YES = /^(?:i|we)\s/;
/** Said as coming for the invitee: not "I will join him on his trip", nor "We will join the session on 3 March instead". */
const FOR_THE_INVITEE = /(?<![a-z])(?:myself|in (?:his|her) (?:place|stead)|instead of (?:him|her|mr|ms|mrs|dr|prof)|in place of|on (?:his|her) behalf|for (?:him|her)|as (?:his|her) (?:representative|deputy|proxy|replacement|substitute))(?![a-z])/;

/**
 * "On behalf of Mr. Klaus Weber, I regret to inform you that he will not be able to attend … I will join the Zoom call myself
 * to take notes for him" (h561_070): the assistant declines for the invitee and comes in their place, a yes for the sender.
 */
export function assistantComesInstead(analysis: TextAnalysis): IntentResult | null {
  const spans = analysis.clauses.flatMap((clause) => (clause.question ? [] : clause.spans));
  const no = spans.filter((span) => span.kind === 'no' && !span.negated);
  const yes = spans.filter((span) => span.kind === 'yes' && !span.negated && !span.partial && span.conditional !== true);
  if (no.length === 0 || yes.length === 0 || spans.some((span) => span.kind === 'maybe' && !span.negated)) return null;
  if (!no.every((span) => THIRD_PERSON_REFUSAL.test(matchKey(span.text))) || !yes.every((span) => FIRST_PERSON_YES.test(matchKey(span.text)))) return null;
  const yesSentences = new Set(analysis.clauses.filter((clause) => clause.spans.some((span) => yes.includes(span))).map((clause) => clause.sentence));
  if (!analysis.clauses.some((clause) => yesSentences.has(clause.sentence) && FOR_THE_INVITEE.test(clause.folded))) return null;
  return { intent: 'yes', confidence: 0.7, evidence: `${no[0]!.text} → ${yes[0]!.text}`, delegated: true };
}

/** A clause that concludes ("deci", "așa că", "so"): what it answers is the sender's last word. */
// Not "so far", "so sorry", "so that": "so" concludes before a comma or the sender.
const CONCLUDES = /^\W*(?:deci|asa ca|prin urmare|in concluzie|therefore|so(?=,|\s+(?:i|we)(?![a-z])|\s+(?:i'll|we'll|i'm|we're|i can't|we can't)))(?![a-z])/;
const CONCLUDING_KINDS: ReadonlySet<string> = new Set([...ANSWER_KINDS, 'othersMaybe', 'substitute', 'handover']);
/** Certainty denied ("do not count on me for certain", "nu e sigur"), or a likelihood: a doubt, whatever verb it qualifies. */
const UNCERTAIN = /(?:(?<![a-z])(?:not|nu|n-)|n't)[^.]{0,30}?(?:for certain|for sure|sigur|neaparat|100%)|(?<![a-z])(?:(?:cel mai )?probabil|probably|likely)(?![a-z])/;
/** A hope after the conclusion ("Deci vin, sper."): still a doubt. */
const HOPE = /(?<![a-z])(?:sper|speram|hopefully|i hope|we hope)(?![a-z])/;

/**
 * "Lavinia, dacă nu vin, aveți voie să-mi tăiați cafeaua pe un an. Deci vin :)" (h561_055), "… speram să mă eliberez, dar nu
 * reușesc, deci nu voi putea veni luni" (h561_072): a hedge or a condition before, a firm answer drawn as the conclusion after.
 */
export function concluded(analysis: TextAnalysis): IntentResult | null {
  // The last clause that answers anything, a colleague's or a hedge included: "deci nu mai pot pe 17 … Dacă se poate, trimit
  // colegul meu" (h395_054) ends on the colleague, "so please do not count on me for certain" (h294_027) on a doubt.
  const last = [...analysis.clauses].reverse().find((clause) => !clause.question && clause.spans.some((span) => CONCLUDING_KINDS.has(span.kind)));
  if (!last || !CONCLUDES.test(last.folded) || UNCERTAIN.test(last.folded)) return null;
  const after = analysis.clauses.slice(analysis.clauses.indexOf(last) + 1).filter((clause) => clause.sentence === last.sentence);
  if (after.some((clause) => HOPE.test(clause.folded) || UNCERTAIN.test(clause.folded))) return null;
  const answers = last.spans.filter((span) => (span.kind === 'yes' || span.kind === 'no') && !span.partial && span.conditional !== true);
  const kinds = new Set(answers.map((span) => span.kind));
  if (answers.length === 0 || kinds.size > 1 || last.spans.some((span) => span.kind === 'maybe')) return null;
  return { intent: answers[0]!.kind === 'yes' ? 'yes' : 'no', confidence: 0.7, evidence: answers[0]!.text };
}

/** The rest of a refusal's sentence naming who comes by first name: "vine Marius", "cei doi colegi ai mei, Vlad și Petra, vor veni". */
const FIRST_NAMES_COME = [
  // "I'm afraid I can't make it on the 17th; Sjoerd will represent us" (h569_035).
  // "I won't be able to make it, but I've forwarded the invitation to Tomas, who will join on our behalf" (h607_058).
  /^(?:but\s+)?(?:I['’]ve|I have|we['’]ve|we have) (?:forwarded|passed on|sent) (?:the invitation|it|this|your invitation|your email) to \p{Lu}\p{Ll}+, who will (?:join|attend|participate|come|be there)(?: on our behalf| on my behalf| for us| instead| in my place)?[.!]*$/u,
  /^\p{Lu}\p{Ll}+ will (?:represent us|attend for us|attend on our behalf|attend instead|join instead|join for us|be there for us)[.!]*$/u,
  /^(?:vine|va veni|o să vină|o sa vina|merge|va merge|participă|participa|va participa)\s+(?:în schimb\s+|in schimb\s+|doar\s+|numai\s+)?\p{Lu}\p{Ll}+(?:\s+(?:și|si)\s+\p{Lu}\p{Ll}+)?[.!]*$/u,
  /^(?:(?:cei|cele)\s+(?:doi|două|doua|trei)\s+)?(?:colegi|colege|colegii|colegele)\s+(?:ai|ale)\s+(?:mei|mele|noștri|nostri|noastre),\s+\p{Lu}\p{Ll}+(?:(?:,\s*|\s+(?:și|si)\s+)\p{Lu}\p{Ll}+){1,3},\s+(?:vor veni|vin|vor participa|participă|participa|vor merge|merg|se vor conecta|se conectează)[.!]*$/u,
];
/** "…, dar Cătălin da": a first name (or two) and a bare yes, after the sender's own no. */
/** What leaves "Cătălin da" open: a doubt, a condition, a "nu", an answer still to come. */
const NOT_FIRM = /(?<![a-z])(?:daca|cred|poate|probabil|nu|revin|va confirm|va anunt|if|maybe|probably|not|i think)(?![a-z])/;
const NAME_YES = /^(?:(?:dar|însă|insa|iar|but)\s+)?\p{Lu}\p{Ll}+(?:\s+(?:și|si|and)\s+\p{Lu}\p{Ll}+)?\s+(?:da|yes)[.!]*$/u;
/** The sender's own refusal opening its clause ("Nu vin eu", "Eu nu pot ajunge"), no one else's. */
// "din păcate nici eu nu mai pot ajunge luni, va veni doar Daniela" (h406_023).
// "I'm afraid I can't make it on the 17th; Sjoerd will represent us" (h569_035).
// "Lavinia, eu nu, dar Cătălin da" (h591_038): the bare "eu nu" of a reply-all.
const OWN_REFUSAL = /^[^a-z]*(?:(?:din pacate\s+)?(?:nici\s+)?eu\s+nu[^a-z]*$|(?:din pacate\s+)?(?:(?:nici\s+)?eu\s+)?(?:nu|n-)\s*(?:mai\s+)?(?:vin|pot|voi putea|ajung|particip|o sa pot)|(?:(?:i'm afraid|sorry|unfortunately)[\s,]+)?i (?:can't|cannot|won't|will not)(?: be able to)? (?:make it|come|attend|join|be there))(?![a-z])/;

/**
 * "Nu vin eu, vine Marius." (h378_073), "Eu nu pot ajunge, dar cei doi colegi ai mei, Vlad și Petra, vor veni." (h378_037):
 * the sender's refusal, then in the same sentence colleagues named by first name who come: the organisation's yes, delegated.
 */
export function firstNamesInstead(analysis: TextAnalysis): IntentResult | null {
  for (const [index, clause] of analysis.clauses.entries()) {
    if (clause.question || !OWN_REFUSAL.test(clause.folded) || !clause.spans.some((span) => span.kind === 'no' && !span.partial)) continue;
    const rest = analysis.clauses.slice(index + 1).filter((other) => other.sentence === clause.sentence);
    if (rest.length === 0 || rest.some((other) => other.question)) continue;
    const said = rest.map((other) => other.text).join(', ');
    // Not after a question ("Cazare? Eu nu, dar Cătălin da"), nor with a doubt, a condition or a "nu" after it, nor an answer put
    // off in the next sentence ("…, cred. Vă confirm mâine").
    const nextSentence = analysis.clauses.find((other) => other.sentence === clause.sentence + 1);
    const namedYes = NAME_YES.test(rest[0]!.text.trim()) && !analysis.sentences[clause.sentence - 1]?.question &&
      !rest.slice(1).some((other) => NOT_FIRM.test(other.folded)) && !(nextSentence && NOT_FIRM.test(nextSentence.folded));
    if (namedYes) return { intent: 'yes', confidence: 0.7, evidence: `${clause.text} → ${rest[0]!.text.trim()}`, delegated: true };
    if (FIRST_NAMES_COME.some((pattern) => pattern.test(said))) return { intent: 'yes', confidence: 0.7, evidence: `${clause.text} → ${said}`, delegated: true };
  }
  return null;
}

/** An answer given only for a day the sender names ("I can only confirm for the 24th"). */
// Read beside a yes only, never as a refusal: the day named may be the invitation's own ("only on the 20th, in person").
const ONLY_FOR_DAY = /(?<![a-z])only (?:confirm|attend|come|join|make it) (?:for|on) the \d{1,2}(?:st|nd|rd|th)?(?![a-z0-9])/;
/** "Revin cu numele: Florin Dobre si Mihaela Sandu." (h577_044): the follow-up that names who comes, as promised. */
// Not "vă trimit numele: …", which may name contacts or speakers rather than who comes.
const NAMES_LATER = /^(?:revin|revenim) cu (?:numele|numele participantilor|numele colegilor|participantii|lista participantilor)$/;
/** Two to six names, each one to three capitalised words, joined by commas or "și", closing the sentence. */
const NAMES_ONLY = /^\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+){0,2}(?:(?:\s*,\s*|\s+(?:și|si|and)\s+)\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+){0,2}){1,5}[.!]*$/u;

/** The names promised in an earlier mail, sent alone: the organisation's yes, for those named. */
export function namesSentLater(analysis: TextAnalysis): IntentResult | null {
  if (analysis.clauses.some((clause) => clause.question)) return null;
  const [first, ...rest] = analysis.clauses;
  if (!first || !NAMES_LATER.test(first.folded.trim())) return null;
  const said = rest.filter((clause) => clause.sentence === first.sentence).map((clause) => clause.text).join(', ');
  if (!NAMES_ONLY.test(said)) return null;
  return { intent: 'yes', confidence: 0.7, evidence: `${first.text}: ${said}`, delegated: true };
}


/** "I can only confirm for the 24th" beside a yes: the words that narrow it, or null. */
export function narrowedToDay(analysis: TextAnalysis): string | null {
  for (const clause of analysis.clauses) {
    const match = ONLY_FOR_DAY.exec(clause.folded);
    if (match) return match[0];
  }
  return null;
}

/**
 * Listening said as being there, in the first person: "I will listen in", "I'll connect and listen", "I'll sit in and listen".
 * The speaking tables read it as a wish not to speak; it is also how the sender says they come.
 */
// Not "I would rather listen" (a preference, maybe asked), nor "I will not listen in": the verb follows the subject at once.
const LISTENS_THERE =
  /(?<![a-z'])(?:i|we)(?:'ll| will| shall)? (?:(?:just|only|mostly|simply) )?(?:(?:be )?listen(?:ing)? in|(?:connect|join|dial in|sit in|log in|be there|attend|come) (?:and|to) (?:just |only )?listen)(?![a-z])/;

/** Listening to something else than the meeting live: a recording, later, another session, if time allows. */
const NOT_LIVE = /(?<![a-z])(?:recording|recorded|replay|later|afterwards|instead|time permitting|if time|inregistrar\w*|ulterior|mai tarziu)(?![a-z])/;

/**
 * A reply that answers nothing but that the sender will listen in (h606_073, "I will not speak this time, but I will listen
 * in"): their yes. Not when anything is asked, nor under a condition or a doubt ("I'll listen in if that's fine").
 */
export function listensIn(analysis: TextAnalysis): IntentResult | null {
  if (analysis.clauses.some((clause) => clause.question)) return null;
  for (const clause of analysis.clauses) {
    const listens = clause.spans.some((span) => span.kind === 'speakerNo' && !span.negated);
    const match = listens ? LISTENS_THERE.exec(clause.folded) : null;
    if (!match) continue;
    // The whole sentence: a condition after a comma ("I will listen in, time permitting") holds it too.
    const sentence = analysis.clauses.filter((other) => other.sentence === clause.sentence).map((other) => other.folded).join(', ');
    // The first such clause decides: a reply of thousands of them costs linear time.
    if (CONDITIONAL.test(sentence) || HEDGE_WORD.test(sentence) || NOT_LIVE.test(sentence)) return null;
    return { intent: 'yes', confidence: 0.6, evidence: clause.text.slice(match.index, match.index + match[0].length) };
  }
  return null;
}

/**
 * The invitation reached the wrong person ("I think this was sent to me by mistake"), not a button pressed or a confirmation
 * sent by mistake ("Am trimis din greșeală confirmarea": the sender's own).
 */
const WRONG_RECIPIENT =
  /(?<![a-z])(?:(?:(?:was|were) sent|sent to (?:me|us)|got|received|came to (?:me|us)|reached (?:me|us))(?: [^.,;]{0,30}?)? by (?:mistake|error)|wrong (?:person|address|recipient|e-?mail address)|(?:primit|ajuns|mi-ati trimis|mi-a trimis|ne-ati trimis|ne-a trimis)(?: [^.,;]{0,30}?)? din greseala|greseala de adresa|adresa gresita|persoana gresita)(?![a-z])/;
/** A refusal that is only a request to be taken off the list. */
const REMOVAL = /(?<![a-z])(?:remove|take (?:me|us) off|cross (?:me|us) off|scoate\w*|sterge\w*|elimina\w*|dezabona\w*)(?![a-z])/;

/**
 * "I think this was sent to me by mistake … Please remove me from the list" (h613_057, h376_067): someone the invitation was
 * not meant for asks to be taken off the list, which is no answer to it; a person removes them. Not a refusal said besides.
 */
export function removalByMistake(analysis: TextAnalysis, refusals: readonly Span[]): IntentResult | null {
  if (refusals.length === 0 || !refusals.every((span) => REMOVAL.test(matchKey(span.text)))) return null;
  const clause = analysis.clauses.find((other) => WRONG_RECIPIENT.test(other.folded));
  return clause ? { intent: 'unknown', confidence: 0.4, evidence: `${refusals[0]!.text} → ${clause.text}` } : null;
}

/** The others named in the doubt: it is theirs too ("nici pentru ei", "nici el", "they"). */
const THEY_TOO = /(?<![a-z])(?:nici|ei|ele|el|ea|they|them|he|she|neither|either)(?![a-z])/;
/** The sender adding themself to a party already given ("și eu", "too"), folded. */
const ME_TOO = /(?<![a-z])(?:si eu|si noi|eu insami|eu insumi|too|as well|myself)(?![a-z])/;
const PARTY_GIVEN: ReadonlySet<string> = new Set(['orgYes', 'othersYes']);

/**
 * "Din partea ADETIM vor participa: Sorin Ghiță și Andreea Pop. Eu voi încerca să mă conectez și eu, dacă termin ședința"
 * (h624_052): the organisation's party is given firm, and only the sender's joining it too is in doubt: the organisation's yes,
 * for those named. Not when anything is refused or asked, nor when the doubt comes first.
 */
export function othersComeSenderTries(analysis: TextAnalysis): IntentResult | null {
  if (analysis.clauses.some((clause) => clause.question)) return null;
  const spans = analysis.clauses.flatMap((clause, index) => clause.spans.map((span) => ({ span, sentence: clause.sentence, index })));
  const given = spans.filter(({ span }) => PARTY_GIVEN.has(span.kind) && !span.negated && span.conditional !== true);
  const doubts = spans.filter(({ span }) => span.kind === 'maybe');
  if (given.length === 0 || doubts.length === 0 || spans.some(({ span }) => span.kind === 'no')) return null;
  const firstGiven = Math.min(...given.map(({ sentence }) => sentence));
  const doubtful = new Set(doubts.map(({ sentence }) => sentence));
  if (doubts.some(({ sentence }) => sentence <= firstGiven)) return null;
  // The party itself under a condition ("…, dacă primesc aprobare"), or the doubt said of them too ("nici pentru ei"): theirs.
  const givenSentences = new Set(given.map(({ sentence }) => sentence));
  if (analysis.clauses.some((clause) => givenSentences.has(clause.sentence) && CONDITIONAL.test(clause.folded))) return null;
  if (analysis.clauses.some((clause) => doubtful.has(clause.sentence) && THEY_TOO.test(clause.folded))) return null;
  const saysMeToo = [...doubtful].every((sentence) => analysis.clauses.some((clause) => clause.sentence === sentence && ME_TOO.test(clause.folded)));
  return saysMeToo ? { intent: 'yes', confidence: 0.7, evidence: `${given[0]!.span.text} → ${doubts[0]!.span.text}`, delegated: true } : null;
}
