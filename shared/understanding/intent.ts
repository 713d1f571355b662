import { analyzeText, announcesQuestion, isPartial, LOCALES } from './analyze-text';
import type { Clause, Span, TextAnalysis } from './analyze-text';
import { daysNamed, isFallback, opensCondition, saysUnconditional } from './clause-scope';
import { ANSWER_KINDS } from './clause-words';
import { aboutParty, aboutSpeaking, ANSWERS, aside, asksBesidesSpeaking, asksOnlyForLink, bareTag, isModalHedge, RELATIONS, SELF_REQUEST, whole } from './hedge-scope';
import type { ClauseSpan } from './hedge-scope';
import { namesFirstName, namesPerson, namesRelatedPerson, sentenceWithTitle } from './person-names';
import { compileStickyPhrases, findAll } from './phrase-table';
import { assistantComesInstead, concluded, firstNamesInstead, listensIn, namesSentLater, narrowedToDay, othersComeSenderTries, removalByMistake } from './second-look';
import { LOGISTICS } from './sentence-scope';
import { isConfirmingTag, isTagQuestion } from './sentences';
import { foldForMatching } from './text-normalize';
import type { Intent } from './types';
import { ASKED_COUNTED, COMPANIONS_PLACE, FIRST_NAMES_AFTER_COLON, KIN, SENT_BY_FIRST_NAME, STAND_IN_PENDING, TALK_ROOM, TO_ASK } from './stand-in-cues';

export interface IntentResult {
  intent: Intent;
  /** 0..1: how sure the decision is (for `unknown`, how little there was to go on). */
  confidence: number;
  /** The phrase(s) that decided, as written. */
  evidence: string | null;
  /** Someone else attends instead of the sender ("colegul meu va participa în locul meu"). */
  delegated?: boolean;
  /** A yes and a refusal that named different days and so left the answer open: the days of each. */
  days?: { yes: string[]; no: string[] };
}

const THUMBS_ONLY = /^\s*(?:\u{1F44D}[\u{1F3FB}-\u{1F3FF}]?\uFE0F?\s*)+$/u;
// "Ok 👍" (h352_026), "Ok 👌" (h150_035): the word and the gesture together, nothing else.
const OK_THUMBS = /^\s*(?:ok|okay|oki|okey|okk)[\s!.,]*(?:[\u{1F44D}\u{1F44C}][\u{1F3FB}-\u{1F3FF}]?\uFE0F?\s*)+$/iu;
const WITH_SELF = compileStickyPhrases(LOCALES.flatMap((l) => l.withSelf));
const DEFERRALS = compileStickyPhrases(LOCALES.flatMap((l) => l.deferrals));
/**
 * "Vă confirm că voi veni, dacă se termină la timp ședința de la Consiliul Județean" (h513_008): a condition on another
 * engagement ending (folded, from the doubt on) is whether the sender comes at all, not a part of the meeting.
 */
const OTHER_ENDS =
  /^(?:daca|if)\s+(?:se\s+(?:termina|incheie)\s+(?:la timp\s+|mai devreme\s+|repede\s+)?(?:sedinta|cursul|orele|consiliul|examenul|conferinta|audienta)|(?:my|our)\s+(?:meeting|class|lecture|board meeting|exam)\s+(?:ends|finishes|is over))(?![a-z])/;
const ORGANISER_REQUESTS = compileStickyPhrases(LOCALES.flatMap((l) => l.organiserRequests));
const COLLEAGUE_MESSAGES = compileStickyPhrases(LOCALES.flatMap((l) => l.colleagueMessages));
const PAST_CONFIRMATIONS = compileStickyPhrases(LOCALES.flatMap((l) => l.pastConfirmations));
const NONE_SENT = compileStickyPhrases(LOCALES.flatMap((l) => l.noneSent));
const DELEGATIONS = compileStickyPhrases(LOCALES.flatMap((l) => l.delegations));
const COUNTERFACTUALS = compileStickyPhrases(LOCALES.flatMap((l) => l.counterfactuals));
const AFTERWARD = compileStickyPhrases(LOCALES.flatMap((l) => l.afterwardRequests));
const RECORDING_QUESTIONS = compileStickyPhrases(LOCALES.flatMap((l) => l.recordingQuestions));
const INDIRECT_QUESTIONS = compileStickyPhrases(LOCALES.flatMap((l) => l.indirectQuestions));
const REFER_BACK = compileStickyPhrases(LOCALES.flatMap((l) => l.referBack));
const STAND_IN_COMES = compileStickyPhrases(LOCALES.flatMap((l) => l.standInComes));
const opensWithComing = (word: string, rest: string): boolean =>
  findAll(REFER_BACK, word).length === 0 && findAll(STAND_IN_COMES, rest).some((match) => match.start === 0);
/** A clause of one word ("Revin: …" opening a follow-up). */
const ONE_WORD = /^[^a-z]*[a-z]+[^a-z]*$/;
const PENDING_ANSWER = compileStickyPhrases(LOCALES.flatMap((l) => l.pendingAnswer));
const PAST_ABSENCES = compileStickyPhrases(LOCALES.flatMap((l) => l.pastAbsences));
const CHANGE_OF_MIND = compileStickyPhrases(LOCALES.flatMap((l) => l.changeOfMind));
// A yes limited to taking part online, and a refusal only of going there in person.
const ONLINE_ONLY = /(?<![a-z])(?:doar|numai|only|just)\s+(?:online|pe zoom|on zoom|remote|remotely|virtual|de la distanta)(?![a-z])|(?<![a-z])online only(?![a-z])/;
const ONLY = /(?<![a-z])(?:doar|numai|only)(?![a-z])/;
/** "doar online", "I can only join online": the only way the sender can take part. */
function onlyOnline(folded: string): boolean {
  return ONLINE_ONLY.test(folded) || (ONLY.test(folded) && ONLINE_WORD.test(folded));
}
const ONLINE_WORD = /(?<![a-z])(?:online|zoom|teams|remote|remotely|virtual|de la distanta|hibrid|hybrid|livestream|live stream|stream|streaming)(?![a-z])/;
const TRAVEL_REFUSED = /^[^.;!?]{0,40}?(?:deplas|travel|ajunge la (?:primarie|timisoara|sediu|sala)|ajung la (?:primarie|timisoara|sediu|sala)|veni (?:fizic|la timisoara|la primarie|in persoana)|vin (?:fizic|la timisoara|la primarie|in persoana)|come (?:in person|to timisoara|to the city hall)|make it (?:in person|to timisoara)|be there in person|fizic|in person|in persoana|(?:be|fi) (?:in|la) (?:romania|timisoara|tara|oras|the country|town|the city)(?![a-z]))/;
// The place said before the refusal: "La Primărie nu pot ajunge luni" (h390_061).
const TRAVEL_PLACE_BEFORE = /(?:^|[^a-z])(?:la (?:primarie|timisoara|sediu|sala)|in timisoara|to timisoara|fizic|in persoana|in person)[^.;!?]{0,12}$/;
/** A refusal only of going there: the trip, in person, to the place. */
const travelRefused = (clause: Clause, span: Found): boolean => TRAVEL_REFUSED.test(clause.folded.slice(span.start)) || TRAVEL_PLACE_BEFORE.test(clause.folded.slice(0, span.start));
/** The consequent of a condition that is the sender's coming: "… intru și eu". */
const JOINS_TOO = /(?<![a-z])(?:vin|venim|intru|intram|ma conectez|ne conectam|particip|participam|ajung|ajungem) si (?:eu|noi)[^a-z]*$/;
/** A refusal that says "no longer"; beside it a confirmation given before is taken back. */
const NO_LONGER = /(?<![a-z])(?:nu (?:(?:voi|vom|va|vor|o sa|pot|putem|poate) )?mai|no longer|not .{0,20}anymore|not .{0,20}any more)(?![a-z])/;
/** "(eu nu pot)": the sender's own aside opened right before a refusal; colleagues counted by a number ("2 colegi"). */
const OWN_ASIDE_BEFORE = /\(\s*(?:eu|i)\s+$/;
const SENDS = /^(?:(?:va |)trimit|(?:va |)trimitem|(?:i'm|i am|we're|we are) sending|(?:i|we) (?:will|'ll) send|(?:i|we) send)(?![a-z])/;
const CONFIRMS_COUNT = /^(?:confirm|confirmam|va confirm|va confirmam) participarea a (?:\d{1,2}|doi|doua|trei|patru|cinci) /;
const COUNTED_COLLEAGUES = /(?<![a-z])(?:\d|doi|doua|trei|patru|two|three|four) (?:colegi|colege|colleagues|reprezentanti|representatives)(?![a-z])/;
const SURELY = /(?<![a-z])(?:sigur|cu siguranta|cu certitudine|garantat|definitely|for sure|certainly|surely)(?![a-z])/;
// A clause opening on the sender: the Romanian pronoun is emphatic (unneeded before the verb), the English one is not.
export const OWN_SUBJECT = /^[^a-z]*(?:eu|noi|subsemnatul|subsemnata|as for me|as for myself|as for us|personally|i personally|cat despre mine|in ce ma priveste|eu personal|personal)\s/;
const FIRM_ANSWERS: ReadonlySet<Span['kind']> = new Set(['yes', 'wish', 'softYes', 'no']);
const AFFIRMATIVE_OR_SOFT: ReadonlySet<Span['kind']> = new Set(['yes', 'wish', 'softYes', 'othersYes', 'orgYes', 'weakYes']);

const TRAVEL_FROM = /^(?:vin|venim) cu (?:masina|trenul|autobuzul|microbuzul|autocarul) din\s/;
const CONFIRM_FRAME = /^(va |i |we |)(confirm|confirmam|confirmăm)[.,;:!]*$/;
const NO_WORDS = /^[^a-z0-9]*$/;

type Found = ClauseSpan;

/**
 * Decides what a trimmed reply answers. A wrong yes/no costs far more than `unknown` (which a
 * person reads), so every rule below leans to `unknown` or `maybe` when signals disagree:
 * hedges beat answers, contradictions are unknown unless a "dar"/"but" settles them,
 * phrases inside questions answer nothing, a difficulty ("mi-ar fi greu să ajung") is no
 * attendance, doubt about a companion does not hedge the sender, a wish answered by its own
 * "but" is no yes, and a mail passing the invitation to a colleague answers nothing. Someone
 * coming in the sender's place is marked `delegated` (a person checks it): the
 * organisation's yes when it says who represents it or names who comes (even after "eu nu
 * pot"), else unknown; a deferral beside such a substitute ("revin cu numele") is about who,
 * not whether. A yes and a refusal tied to different days answer two occasions (unknown).
 * Doubt in a clause about a part of the event ("not sure I can stay until the end") beside a
 * yes is a constraint, and regret tied to another occasion ("Unfortunately, we'll join the
 * next one") declines. Conditions and other occasions in front of an answer are scoped in
 * `clause-scope.ts`.
 * @param subject the subject when it is the sender's own words (consulted only when the body says nothing).
 */
export function detectIntent(text: string, subject?: string | null): IntentResult {
  return decideIntent(analyzeText(text), subject ? analyzeText(subject) : null);
}

/**
 * As {@link detectIntent}, on texts already analysed (details reuse the same analysis).
 * @param subject the analysed own words of the subject, or a function giving them: it is
 * called only when the body says nothing (finding those words may mean reading the quote).
 */
export function decideIntent(body: TextAnalysis, subject?: TextAnalysis | null | (() => TextAnalysis | null)): IntentResult {
  const result = decide(body);
  // A phone reply of only thumbs up ("👍", "👍👍") to the invitation: the sender's yes.
  if (result.intent === 'unknown' && body.clauses.length > 0) {
    const said = body.clauses.map((clause) => clause.text).join(' ');
    if ((result.evidence === null && THUMBS_ONLY.test(said)) || OK_THUMBS.test(said)) return { intent: 'yes', confidence: 0.6, evidence: said.trim() };
  }
  if (result.intent !== 'unknown' || result.evidence !== null || !subject) return result;
  // A body that asks is no silence: "Confirmare participare" over "pot participa și persoane care nu au mai fost …?"
  // is a question, whatever the subject's template says (h257_016, a confident error at first reading).
  // Not a question only about a practical matter: "Subject: Confirm participarea, 2 persoane" over "… dacă va exista și o
  // sală pentru parcarea bicicletelor?" (h549_010) answers in the subject.
  // A practical question that asks about coming too ("Mai pot participa dacă vin cu mașina personală?") is a question about attending.
  if (body.clauses.some((clause) => clause.question && (findAll(LOGISTICS, clause.folded).length === 0 || clause.spans.some((span) => ANSWER_KINDS.has(span.kind))))) return result;
  // The body said nothing at all: a fresh mail titled "Confirmare participare", or a reply
  // whose sender wrote "- NU pot participa" after our subject, says it in the subject.
  const words = typeof subject === 'function' ? subject() : subject;
  if (!words) return result;
  const fromSubject = decide(words);
  if (fromSubject.intent === 'unknown') return result;
  return { ...fromSubject, confidence: Math.min(fromSubject.confidence, 0.75) };
}

// "Domnul prefect nu poate …", "Vă aducem la cunoștință că domnul prefect nu va putea …".
// "The" only before an office ("The Director will not be able to attend"), not any refusal opening with "The".
const HEAD_TITLE = /^(?:[^,;]{0,40}\s(?:ca|că)\s)?(?:(?:domnul|doamna|dl|dna|d-l|d-na|mr|mrs|ms)\.?\s|the (?:director|mayor|ceo|president|rector|dean|manager|head|prefect|chair|chairman|chairwoman|secretary general|general director|deputy mayor)\b)/i;

/** The sender promising to answer for a stand-in later ("îl întreb și îți spun", "vorbesc cu el și îți confirm", "I'll let you know"). */
// Not "eu revin abia pe 25" (back from leave), nor "vă scriu ca să știți".
const SENDER_WILL_CONFIRM = /(?<![a-z])(?:(?:iti|va|ti) (?:confirm|spun|anunt|zic|raspund)|(?:iti|va|ti) scriu (?:maine|pana|imediat|curand|inapoi)|(?:iti|va|ti) scriu(?=[^a-z]*$)|revin(?=[^a-z]*$)|revin (?:cu|la voi|la dvs|la dumneavoastra|la tine|maine|pana|imediat|curand)|(?:i'll|i will) (?:confirm|let you know|get back))(?![a-z])/;

/**
 * The sender's refusal beside a stand-in only hoped for: a no (a person still sees the stand-in), unless the sender will
 * still answer for the stand-in ("Eu nu pot … Poate merge Ciprian în locul meu, vorbesc cu el și îți confirm", h565_056),
 * which authors read as no, maybe and unknown alike (h164_049, h176_039, h418_033): then a person decides.
 */
function refusedBesideHopedStandIn(analysis: TextAnalysis, hopedIn: readonly number[], evidence: string): IntentResult {
  const answerToCome = analysis.clauses.some((clause) => hopedIn.includes(clause.sentence) && SENDER_WILL_CONFIRM.test(clause.folded));
  return { intent: answerToCome ? 'unknown' : 'no', confidence: answerToCome ? 0.5 : 0.7, evidence, delegated: true };
}

function decide(analysis: TextAnalysis): IntentResult {
  const result = decideSpans(analysis);
  if (result.intent === 'unknown') {
    const instead = assistantComesInstead(analysis);
    if (instead) return instead;
  }
  if (result.intent === 'maybe') {
    const conclusion = concluded(analysis) ?? othersComeSenderTries(analysis);
    if (conclusion) return conclusion;
  }
  if (result.intent === 'yes' || result.intent === 'no') {
    const pending = analysis.clauses.map((clause) => findAll(PENDING_ANSWER, clause.folded)[0]).find((match) => match !== undefined);
    if (pending) return { intent: 'unknown', confidence: 0.4, evidence: `${pending.text} → ${result.evidence ?? result.intent}` };
  }
  if (result.intent === 'no' || result.intent === 'unknown') {
    const instead = firstNamesInstead(analysis);
    if (instead) return instead;
  }
  // "Our delegation would be happy to attend — please note however that I can only confirm for the 24th" (h585_051): a yes
  // narrowed to a day the sender names, which may not be the invitation's; a person compares the dates.
  if (result.intent === 'yes') {
    const narrowed = narrowedToDay(analysis);
    if (narrowed) return { intent: 'unknown', confidence: 0.4, evidence: `${result.evidence ?? ''} → ${narrowed}` };
  }
  if (result.intent === 'unknown' && result.evidence === null) {
    const named = namesSentLater(analysis) ?? listensIn(analysis);
    if (named) return named;
  }
  if (result.intent !== 'no') return result;
  // The only refusal said is the head's: the organisation's no, from someone else's mouth (a person checks it).
  const refusals = analysis.clauses.flatMap((clause) => clause.spans.filter((span) => span.kind === 'no'));
  if (refusals.length === 1 && isHeadRefusal(refusals[0]!)) return { ...result, confidence: Math.min(result.confidence, 0.7), delegated: true };
  return removalByMistake(analysis, refusals) ?? result;
}

const RELATIVE_OPENS = /^[^a-z]*(?:care|who|which)\s/;
const NEITHER = /(?<![a-z])(?:nici|neither|either)(?![a-z])/;
const LISTENING = /(?<!\p{L})(?:listen|observ|ascult|urm[aă]r)/iu;
/** "Revenim: …", "P.S. Revin: …": the word announces news, it puts no answer off. */
// Not "Revin:", which may still promise an answer ("Revin: momentan sunt în concediu").
const UPDATE_LABEL = /(?:^|[\s.(])(?:revenim|update|later edit)\s*:/i;
const REVIN_LABEL = /(?:^|[\s.(])revin\s*:/i;
const FIRM_KINDS: ReadonlySet<string> = new Set(['yes', 'othersYes', 'orgYes', 'no']);

/** A bare deferral word said as the label of the news after it ("Revenim: din motive medicale, …", h581_070). */
function announcesUpdate(analysis: TextAnalysis, span: Found): boolean {
  const clause = analysis.clauses[span.clause]!;
  if (span.start !== 0 || /[a-z]/.test(clause.folded.slice(span.end))) return false;
  const sentence = foldForMatching(analysis.sentences[clause.sentence]?.text ?? '');
  // "Revin: va intra și Diana, … Deci rămânem 2 persoane" (h610_040): "Revin:" too, beside an answer said elsewhere.
  return UPDATE_LABEL.test(sentence) ||
    (REVIN_LABEL.test(sentence) && analysis.clauses.some((other, index) => index !== span.clause && other.spans.some((found) => FIRM_KINDS.has(found.kind))));
}

/** "Doamna director nu va putea participa": a refusal led by the title of the head invited. */
function isHeadRefusal(span: Span): boolean {
  return HEAD_TITLE.test(span.text);
}

function decideSpans(analysis: TextAnalysis): IntentResult {
  const found: Found[] = [];
  analysis.clauses.forEach((clause, index) => {
    // "Team - anyone keen to join this on the 17th?": a hand-over is often asked.
    for (const span of clause.spans) if (!span.partial && (!clause.question || span.kind === 'handover')) found.push({ ...span, clause: index });
  });
  const of = (kind: Span['kind']): Found[] => found.filter((span) => span.kind === kind);
  const sentenceOf = (span: Found): number => analysis.clauses[span.clause]!.sentence;
  const asked = analysis.clauses.some((clause) => clause.question);
  const wish = of('wish');
  // "Eu și colegul meu vom participa", "I and two colleagues will attend": the sender is one of them.
  const withSelf = (span: Found): boolean => {
    const clause = analysis.clauses[span.clause]!;
    if (findAll(WITH_SELF, clause.folded).length > 0 && !clause.spans.some((other) => other.kind === 'no')) return true;
    // "vor participa doi inspectori, eu și domnul Mihai Rusu": the list right after, in a clause of its own.
    const next = analysis.clauses[span.clause + 1];
    return next?.sentence === clause.sentence && next.spans.length === 0 && !next.question && findAll(WITH_SELF, next.folded).some((match) => match.start === 0);
  };
  // Doubt about a companion ("nu știu dacă vine și colegul meu, vă anunț") is not doubt about
  // the sender, and what that sentence says of them is no answer either.
  const aboutOthers = new Set(of('othersMaybe').map((span) => analysis.clauses[span.clause]!.sentence));
  // "Poate vine și Camera de Comerț, eu nu știu încă dacă pot": a doubt in a clause of its own opening on the sender is
  // theirs (not "…, I will let you know": a deferral there waits on the companion).
  // "vin și eu, dar nu știu încă dacă vine și colegul meu. Vă anunț până miercuri" (h348_069): a hedge said alone in the
  // sentence right after that doubt, beside the sender's own yes, waits on the companion too.
  const deferredForOthers = (span: Found): boolean =>
    aboutOthers.has(analysis.clauses[span.clause]!.sentence - 1) && aloneInSentence(analysis, span) && analysis.clauses[span.clause]!.spans.length === 1 &&
    !OWN_SUBJECT.test(analysis.clauses[span.clause]!.folded) && found.some((other) => other.kind === 'yes' && other.clause < span.clause);
  const mine = (span: Found): boolean =>
    (!aboutOthers.has(analysis.clauses[span.clause]!.sentence) && !deferredForOthers(span)) || (OWN_SUBJECT.test(analysis.clauses[span.clause]!.folded) && !whole(DEFERRALS, analysis, span));
  // "Poate venim, nu știu dacă vine și colegul": a hedge in a clause of the sender's own answer
  // doubts the sender, even in a sentence that also doubts the companion.
  const hedgesOwn = (span: Found): boolean => analysis.clauses[span.clause]!.spans.some((other) => other.kind === 'yes' || other.kind === 'softYes' || other.kind === 'wish');
  // "Ajung" counts only in a plain answer: beside a question it describes the trip.
  // "Vă confirm, cu regret, că nu voi putea": a bare "confirm" clause framing a refusal later
  // in its sentence confirms the refusal, not attendance. "I confirm - as requested, here is the name of our participant:
  // Ms. Kari Berg" (h367_072): one framing the organisation's answer confirms that answer, not the sender.
  const frame = (span: Found): boolean => {
    const clause = analysis.clauses[span.clause]!;
    if (!CONFIRM_FRAME.test(clause.folded.trim())) return false;
    return analysis.clauses.some(
      (other, index) =>
        index > span.clause && other.sentence === clause.sentence && other.spans.some((phrase) => (phrase.kind === 'no' && !phrase.partial) || phrase.kind === 'orgYes'),
    );
  };
  const thirdParty = [...of('othersYes'), ...of('orgYes')];
  // "Se poate parca în zona Primăriei? Venim cu mașina din Lugoj." (h373_048): right after a question, the way and the town
  // say how the sender travels, the question's context; said first ("Vin cu mașina din Lugoj. Se poate parca …?") they answer.
  const travelAfterQuestion = (span: Found): boolean => {
    const clause = analysis.clauses[span.clause]!;
    return TRAVEL_FROM.test(clause.folded) && clause.sentence > 0 && analysis.sentences[clause.sentence - 1]!.question;
  };
  // "Cu siguranță voi fi prezentă... la următorul atelier. Pentru acesta nu am timp." (h591_056): a yes its own sentence
  // gives to another occasion right after it, beside a refusal in a sentence of its own.
  const laterOccasion = (span: Found): boolean => {
    const clause = analysis.clauses[span.clause]!;
    const next = analysis.clauses[span.clause + 1];
    const occasionAfter = clause.spans.some((other) => other.kind === 'otherOccasion' && other.start >= span.end) ||
      ((next?.sentence === clause.sentence || /(?:\.\.\.|…)\s*$/.test(clause.text)) && next !== undefined && next.spans.some((other) => other.kind === 'otherOccasion' && other.start === 0));
    return occasionAfter && of('no').some((refusal) => refusal.clause > span.clause + 1 && sentenceOf(refusal) !== clause.sentence && !refusal.partial);
  };
  const own = [...of('yes').filter((span) => !frame(span) && !travelAfterQuestion(span) && !laterOccasion(span)), ...(asked ? [] : of('softYes')), ...thirdParty.filter(withSelf)];
  const others = thirdParty.filter((span) => !withSelf(span) && mine(span));
  // "Instituția noastră va fi reprezentată de…": the organisation's answer, whoever writes it.
  const represented = others.filter((span) => span.kind === 'orgYes');
  // The sender's side: their own answers and their organisation's.
  const ownSide = [...own, ...represented];
  const yes = [...own, ...others, ...wish].sort(byPosition);
  // "Doamna director nu va putea participa": the head's office refusing for the head invited
  // (a "no" phrase led by a title). Beside the sender's own yes it is the head's answer, not theirs.
  // "Pentru sesiunea următoare, cea cu vizita de studiu din februarie, nu voi putea" (h240_009): a refusal in a sentence
  // that opens on another occasion is about that one, beside a yes said elsewhere.
  const occasionTopic = new Set(
    of('otherOccasion').filter((span) => span.start === 0 && analysis.clauses[span.clause - 1]?.sentence !== analysis.clauses[span.clause]!.sentence).map(sentenceOf),
  );
  const answeredElsewhere = own.some((span) => !occasionTopic.has(sentenceOf(span)));
  const no = of('no').filter((span) => (own.length === 0 || !isHeadRefusal(span)) && !(answeredElsewhere && occasionTopic.has(sentenceOf(span)) && !span.partial));
  const substitute = of('substitute');
  // "I'm in! Not sure I can stay until the end": doubt in a clause naming a part of the event
  // is about that part when the sender answers yes elsewhere.
  // "Din partea colegiului vor participa trei persoane … Cel mai probabil vor fi prezenți în sală":
  // so is doubt about the format beside the organisation's own yes.
  // "My colleague Milan and I will attend. … we might be a few minutes late": a party with the sender is as firm.
  // Not a condition on the sender's coming at all: "Da, dacă se termină ședința de dimineață până la 11 intru și eu" (h423_029).
  // A condition right after the yes in its sentence ("Vă confirm că voi veni, dacă se termină la timp ședința") governs that yes;
  // one opening a sentence of its own ("Da, vin. Dacă se termină ședința până la 11 intru și eu de la început") its own clause.
  const trailsYes = (span: Found): boolean => {
    const before = analysis.clauses[span.clause - 1];
    return before !== undefined && before.sentence === analysis.clauses[span.clause]!.sentence && ownSide.some((other) => other.clause === span.clause - 1 && other.kind === 'yes');
  };
  const aboutPart = (span: Found): boolean =>
    ownSide.some((other) => other.clause !== span.clause && (other.kind === 'yes' || other.kind === 'orgYes' || other.kind === 'othersYes')) &&
    isPartial(analysis.clauses[span.clause]!.folded, span) &&
    !(OTHER_ENDS.test(analysis.clauses[span.clause]!.folded.slice(span.start)) && trailsYes(span)) &&
    !(opensCondition(analysis.clauses[span.clause]!.folded) && JOINS_TOO.test(analysis.clauses[span.clause]!.folded.slice(span.end)));
  // "If I come physically, …? If not, I will follow online. In both cases please count me": a
  // later yes said to hold either way settles the conditions before it.
  // "Ba nu, știți ce, intru sigur": the word may open the sentence, clauses before the yes.
  const either = of('yes').filter((span) => {
    const clause = analysis.clauses[span.clause]!;
    return analysis.clauses.some((other, index) => index <= span.clause && other.sentence === clause.sentence && saysUnconditional(other.folded));
  });
  const settledFrom = either.length > 0 ? Math.min(...either.map((span) => span.clause)) : 0;
  // "… nu voi putea participa. Am transmis invitația și colegilor de la CCD, poate vă contactează
  // direct": after the sender's refusal, doubt in the sentence handing the invitation on is about those colleagues.
  const handedOn = new Set(
    // Or a reason that refuses: "Aș fi participat cu plăcere, dar am ore luni dimineață. Am transmis invitația doctoranzilor mei;
    // dacă vreunul dintre ei dorește să vină, vă va scrie direct" (h402_049).
    of('handover')
      .filter((span) => of('no').some((other) => other.clause < span.clause) || (own.length === 0 && of('excuses').some((other) => other.clause < span.clause)))
      .map((span) => analysis.clauses[span.clause]!.sentence),
  );
  const maybe = [
    ...of('maybe')
      .filter((span) => span.clause >= settledFrom)
      .filter((span) => mine(span) || hedgesOwn(span))
      .filter((span) => !handedOn.has(analysis.clauses[span.clause]!.sentence) || hedgesOwn(span))
      .filter((span) => !aside(analysis, span) && !answeredLater(analysis, found, span, own) && !aboutPart(span) && !aboutSpeaking(analysis, span) && !aboutParty(analysis, ownSide, span))
      .filter((span) => !announcesUpdate(analysis, span)),
    ...of('requestCondition').filter((span) => governsAnswer(analysis, found, span)),
  ].sort(byPosition);
  const weakYes = of('weakYes');
  const weakNo = [...of('weakNo'), ...of('otherOccasion')];
  const excuses = of('excuses');

  const handover = of('handover');
  // "Îmi pare rău că am ratat întâlnirea de ieri … Se poate primi înregistrarea?" (h157_049): the event is past, and
  // an absence told after it (with its reason, or a request for the minutes) answers nothing any more: a person reads it.
  const past = own.length + wish.length + no.length === 0 ? analysis.clauses.find((clause) => findAll(PAST_ABSENCES, clause.folded).length > 0) : undefined;
  if (past) return { intent: 'unknown', confidence: 0.3, evidence: past.text };
  // "Din partea echipei vin Oana și Cristi. Eu sunt în concediu": a reason in a later sentence of
  // its own counts like the sender's refusal ("I'm stuck in traffic but will be there" does not).
  const lastOther = Math.max(-1, ...others.map((span) => analysis.clauses[span.clause]!.sentence));
  // "merg colegele Alina și Roxana, eu am ședință de consiliu" (h469_069): or in a later clause opening on the sender.
  const lastOtherClause = Math.max(-1, ...others.map((span) => span.clause));
  const ownExcuse = excuses.some((span) => analysis.clauses[span.clause]!.sentence > lastOther || (span.clause > lastOtherClause && OWN_SUBJECT.test(analysis.clauses[span.clause]!.folded)));
  // "Vă confirm participarea mea și a colegului Dan Ilie … În locul lui se va conecta colega Sorina Vlad" (h582_014): beside the
  // sender's own yes, one coming in a companion's place replaces the companion, not the sender.
  const standingIn = own.length > 0 ? substitute.filter((span) => !COMPANIONS_PLACE.test(analysis.clauses[span.clause]!.folded.slice(span.start, span.end))) : substitute;
  const delegated =
    standingIn.length > 0 ||
    (others.length > 0 && own.length + wish.length === 0 && (no.length > 0 || ownExcuse || represented.length > 0 || others.some((span) => namesRelation(analysis, span))));
  // "Andreea, te rog să vezi dacă poți participa tu": a mail to a colleague; nobody answered yet.
  // "Nu pot participa, dar am trimis invitația mai departe colegilor": the sender's own refusal stands.
  // "Din nefericire … am curs și nu îl pot reprograma. Am transmis invitația colegei mele": so does the sender's own reason before it.
  // "I have forwarded the invitation to our cluster members. I personally will not be able to attend" (h162_056): a
  // refusal in a later sentence of its own is the sender's too.
  const refusedBefore = (span: Found): boolean =>
    no.some((other) => other.clause < span.clause || analysis.clauses[other.clause]!.sentence > analysis.clauses[span.clause]!.sentence) ||
    (own.length === 0 && excuses.some((other) => other.clause < span.clause));
  if (handover.length > 0 && own.length + wish.length === 0 && !handover.every(refusedBefore)) return { intent: 'unknown', confidence: 0.4, evidence: join(handover) };
  // "O să trimit pe cineva din echipă. Revin cu numele": a deferral beside a substitute is
  // about who comes, not whether; without a name it stays for a person (delegated, below).
  const namingLater = delegated && substitute.length > 0 && maybe.every((span) => whole(DEFERRALS, analysis, span));
  // "Unfortunately I must renounce … My colleague could maybe participate in my place, he will
  // confirm to you directly": a stand-in only hoped for, in a sentence of its own doubt, leaves
  // the sender's refusal standing; a person still sees the stand-in.
  const standIn = new Set(substitute.map(sentenceOf));
  if (
    no.length > 0 && own.length + wish.length + others.length === 0 && maybe.length > 0 &&
    maybe.every((span) => standIn.has(sentenceOf(span))) && no.every((span) => !standIn.has(sentenceOf(span)))
  ) {
    return refusedBesideHopedStandIn(analysis, maybe.map(sentenceOf), `${join(no)} → ${join([...substitute, ...maybe].sort(byPosition))}`);
  }
  // "I will be in Berlin until 22 January, but my colleague might be able to attend in my place.
  // Would that be acceptable?": only a stand-in doubted (in its own clause), and a question, no answer for the sender.
  if (
    asked && substitute.length > 0 && no.length + own.length + wish.length + others.length === 0 && maybe.length > 0 &&
    maybe.every((span) => substitute.some((other) => other.clause === span.clause))
  ) {
    return { intent: 'unknown', confidence: 0.5, evidence: join([...substitute, ...maybe].sort(byPosition)), delegated: true };
  }
  // A colleague only doubted after the sender's own refusal is a stand-in hoped for, as above:
  // "Eu nu pot, am repetiții, dar probabil va veni colega mea, Irina Lakatos" (a phrase of
  // someone else's doubt), "Sadly I won't be able to make it … but my colleague Mihai may be able
  // to come" (a hedge in a clause naming a colleague; not "my colleague and I may": the sender is among them).
  const afterRefusal = (span: Found): boolean => no.some((refusal) => byPosition(refusal, span) < 0);
  const colleagueDoubt = (span: Found): boolean => {
    const folded = analysis.clauses[span.clause]!.folded;
    if (!afterRefusal(span)) return false;
    if (findAll(RELATIONS, folded).length > 0 && findAll(WITH_SELF, folded).length === 0) return true;
    // "…către colegul meu Andrei Olaru, care probabil vă va scrie" (h613_070): a relative clause after the colleague is theirs.
    const previous = analysis.clauses[span.clause - 1];
    if (RELATIVE_OPENS.test(folded) && previous?.sentence === sentenceOf(span) && findAll(RELATIONS, previous.folded).length > 0) return true;
    // "Colega mea, doamna Ramona Chiriac, va încerca să se conecteze, însă nu pot confirma încă":
    // a "but" closing a sentence about a colleague doubts the colleague's coming, not the sender's.
    const sentence = analysis.clauses.filter((clause) => clause.sentence === sentenceOf(span));
    const index = sentence.indexOf(analysis.clauses[span.clause]!);
    if (index <= 0 || !sentence[index]!.contrast || sentence.some((clause) => findAll(WITH_SELF, clause.folded).length > 0)) return false;
    // Or right after the colleague's clause, nothing answered after it: "Eu nu pot, poate intra colegul meu, dar nu știu sigur, îl
    // întreb mâine" (h612_062). Not "dar nici el nu e sigur" (h395_054), a doubt shared with the sender's.
    return (
      (index === sentence.length - 1 && sentenceOf(span) > Math.max(...no.map(sentenceOf)) && findAll(RELATIONS, sentence[0]!.folded).length > 0) ||
      (findAll(RELATIONS, sentence[index - 1]!.folded).length > 0 && !NEITHER.test(folded) && no.every((refusal) => refusal.clause < span.clause - 1) && sentence.slice(index + 1).every((clause) => clause.spans.length === 0))
    );
  };
  const hoped = of('othersMaybe').filter(afterRefusal);
  if (no.length > 0 && own.length + wish.length + others.length + substitute.length === 0 && (maybe.length > 0 ? maybe.every(colleagueDoubt) : hoped.length > 0)) {
    return { intent: 'no', confidence: 0.7, evidence: `${join(no)} → ${join(maybe.length > 0 ? maybe : hoped)}`, delegated: true };
  }
  // "Eu nu sunt sigură că reușesc să ajung, dar colegul meu Bogdan Szabo va fi prezent cu
  // siguranță": the sender's doubt, then a "but" naming who comes, is the organisation's yes.
  const doubted = new Set(maybe.map((span) => span.clause));
  const lastDoubt = Math.max(-1, ...maybe.map((span) => span.clause));
  // "Poate nu voi reuși să intru la 11, dar cu siguranță intră colega mea Teodora Ene" (h576_079): a refusal the hedge in its
  // own clause doubts is that doubt.
  const hedgedNo = (span: Found): boolean => doubted.has(span.clause) && maybe.some((other) => other.clause === span.clause && other.end <= span.start);
  if (
    maybe.length > 0 && others.length > 0 && wish.length === 0 && no.every(hedgedNo) && own.every((span) => doubted.has(span.clause)) &&
    others.every((span) => span.clause > lastDoubt) && analysis.clauses.slice(lastDoubt + 1, Math.min(...others.map((span) => span.clause)) + 1).some((clause) => clause.contrast) &&
    others.some((span) => namesPerson(sentenceWithTitle(analysis, sentenceOf(span))))
  ) {
    return { intent: 'yes', confidence: 0.6, evidence: `${join(maybe)} → ${join(others)}`, delegated: true };
  }
  // "Colegul meu Ion Pavel va participa sigur. Eu încerc să mă conectez și eu dacă termin la timp …" (h240_031): a named
  // colleague said to come for sure, then the sender's own doubt in a later sentence, is the organisation's yes too.
  const firstDoubt = Math.min(Infinity, ...maybe.map(sentenceOf));
  if (
    maybe.length > 0 && others.length > 0 && no.length + wish.length === 0 && own.every((span) => doubted.has(span.clause)) &&
    others.every((span) => sentenceOf(span) < firstDoubt) &&
    others.some((span) => SURELY.test(analysis.clauses[span.clause]!.folded) && namesPerson(sentenceWithTitle(analysis, sentenceOf(span))))
  ) {
    return { intent: 'yes', confidence: 0.6, evidence: `${join(others)} → ${join(maybe)}`, delegated: true };
  }
  // "e ok dacă vine în locul meu o colegă? Eu nu știu încă dacă ajung": a stand-in put to the
  // organiser beside the sender's own doubt asks who comes; there is no answer yet (h106_056).
  const standInQuestion = analysis.clauses.some((clause) => clause.question && clause.spans.some((span) => span.kind === 'substitute' && !span.partial));
  // Only a doubt said as one: "Pot să trimit o colegă în locul meu? Dacă nu, vin eu" stays a condition.
  const doubtSaid = maybe.some((span) => span.kind === 'maybe' && !span.conditional);
  if (standInQuestion && doubtSaid && no.length + own.length + wish.length + others.length + substitute.length === 0) {
    return { intent: 'unknown', confidence: 0.5, evidence: join(maybe), delegated: true };
  }
  // "Vă rog să-mi retransmiteți documentul atașat … Revin cu confirmarea după ce îl parcurg" (h467_017), "Care este data
  // corectă? Revin cu confirmarea după ce lămurim" (h91_056): a deferral after something asked of the organiser waits on their
  // answer; nothing is answered yet.
  const waitsOnOrganiser = maybe.length > 0 && yes.length + no.length + wish.length === 0 && maybe.every((span) => whole(DEFERRALS, analysis, span, true)) &&
    analysis.clauses.slice(0, maybe[0]!.clause + 1).some((clause) => clause.question || findAll(ORGANISER_REQUESTS, clause.folded).length > 0);
  if (waitsOnOrganiser) return { intent: 'unknown', confidence: 0.4, evidence: join(maybe) };
  if (maybe.length > 0 && !namingLater) {
    return { intent: 'maybe', confidence: yes.length + no.length > 0 ? 0.6 : 0.75, evidence: join(maybe), ...(delegated ? { delegated } : {}) };
  }
  // "Vă confirmăm participarea domnului director … PS: … nu va putea fi prezent. Nu vom putea trimite alt reprezentant"
  // (h429_053): nobody sent in the place of the one confirmed, after him, takes the confirmation back.
  // Only after a word taking the confirmation back ("PS: Revin …"): "Vă confirmăm participarea doamnei director. Nu vom putea
  // trimite alt reprezentant" says she comes alone.
  const noneSent = no.filter((span) => whole(NONE_SENT, analysis, span, true));
  const sentBefore = [...others, ...substitute];
  if (delegated && noneSent.length > 0 && sentBefore.length > 0 && mindChanged(analysis, sentBefore, noneSent)) {
    return { intent: 'no', confidence: 0.6, evidence: `${join(sentBefore.sort(byPosition))} → ${join(noneSent)}`, delegated: true };
  }
  if (delegated) {
    // Someone else comes, not the sender. The organisation's answer is yes when it says who
    // represents it, or names who comes, even after the sender's own refusal ("Eu nu pot
    // participa, dar va veni în locul meu colega mea, Raluca Ene"); `delegated` still sends
    // it to a person. Unnamed ("va veni un coleg"), or only "delegated", it stays unknown.
    const standIns = [...others, ...substitute.filter((span) => !whole(DELEGATIONS, analysis, span))];
    // "Could you add my colleague Lena Fischer to the list? She will attend instead of me" (h204_061): a pronoun
    // opening the stand-in's sentence points to the colleague named in the sentence before.
    const namedBefore = (at: number): boolean => at > 0 && findAll(REFER_BACK, analysis.clauses.find((clause) => clause.sentence === at)?.folded ?? '').length > 0 && namesRelatedPerson(analysis.sentences[at - 1]!.text);
    // "Vine însă Sergiu în locul meu" (h224_054): a first name said to come in the sender's place, where
    // one said only to represent the office ("Rients will represent us", h179_059) stays the sender's answer.
    // Not one who then cannot come either ("I've asked Bianca to join instead but she won't be able to make it either").
    const takenBack = (span: ClauseSpan): boolean =>
      no.some((refusal) => refusal.clause >= span.clause) || analysis.clauses.some((clause, index) => index > span.clause && clause.sentence === sentenceOf(span) && clause.contrast);
    const comesByFirstName = (span: ClauseSpan): boolean => span.kind === 'substitute' && !takenBack(span) &&
      findAll(STAND_IN_COMES, analysis.clauses[span.clause]!.folded).length > 0 && namesFirstName(analysis.sentences[sentenceOf(span)]!.text, opensWithComing);
    // "Vă transmit mai jos confirmarea colegilor: - Alina Ciobanu, … - Cătălin Rus, …" (h363_033): the names listed after the colon.
    const listedAfter = (at: number): boolean => /:\s*$/.test(analysis.sentences[at]!.text) && namesPerson(analysis.sentences[at + 1]?.text ?? '');
    // "Nu particip, dar trimit 2 colegi de la firma: Dana si Rares." (h393_041): first names closing the stand-in's sentence after a colon.
    const firstNamesListed = (at: number): boolean => FIRST_NAMES_AFTER_COLON.test(analysis.sentences[at]!.text);
    // "Trimit în locul meu pe Andrei și pe Cristina de la Direcția Comunicare" (h405_059): the ones sent, by first name.
    const sentByFirstName = (span: ClauseSpan): boolean => span.kind === 'substitute' && SENT_BY_FIRST_NAME.test(analysis.clauses[span.clause]!.text);
    // "Mâine vine doar Vlad dintre noi, eu și Sebastian nu mai putem" (h472_086): a first name inside the phrase of coming.
    const namedInside = (span: ClauseSpan): boolean => span.kind === 'othersYes' && namesFirstName(span.text, () => false);
    // "De la Direcția Comunicare vin doi colegi, Sorina și Alex, … Eu nu ajung" (h498_052): a count of colleagues said to come,
    // their first names right after it (not a count alone: "Vor participa doi colegi, eu nu pot" stays for a person).
    // Nor a count the sender sends: "Trimit în locul meu doi colegi de la Fundația Triade" (h546_064) is decided, where
    // "vor participa doi colegi" may be a plan.
    const countedInside = (span: ClauseSpan): boolean => {
      const next = analysis.clauses[span.clause + 1];
      const said = analysis.clauses[span.clause]!.folded.slice(span.start, span.end);
      // "Eu nu pot, dar trimit un coleg de la departamentul de programe, Alin." (h558_029): one sent, his first name after a comma.
      // "i-am rugat pe colegii de la departamentul de marketing (2 persoane) să participe" (h606_037): colleagues already asked, counted.
      // Not one still to answer: "…, dar încă nu mi-a răspuns".
      if (span.kind === 'substitute' && ASKED_COUNTED.test(said)) return !takenBack(span);
      if (span.kind === 'substitute') {
        return SENDS.test(said) && (COUNTED_COLLEAGUES.test(said) || (next?.sentence === analysis.clauses[span.clause]!.sentence && ONE_FIRST_NAME.test(next.text.trim())));
      }
      // "Confirm participarea a 3 voluntari AIESEC Timișoara … Eu nu voi putea fi prezentă" (h565_062): a count the sender confirms.
      if (span.kind === 'othersYes' && CONFIRMS_COUNT.test(said)) return true;
      return span.kind === 'othersYes' && COUNTED_COLLEAGUES.test(said) &&
        next?.sentence === analysis.clauses[span.clause]!.sentence && FIRST_NAMES_ONLY.test(next.text.trim());
    };
    // "Eu nu pot, dar vine fratele meu în locul meu" (h588_070): one stand-in by a relation (the locale's `relations`, or kin) is
    // someone known, where "vine un coleg în locul meu" may still be anyone. Only one said to come for sure, in the sender's
    // place, and under no condition after ("…, dacă se eliberează").
    const relationComes = (span: ClauseSpan): boolean =>
      span.kind === 'othersYes' && !takenBack(span) && substitute.length > 0 && (findAll(RELATIONS, analysis.clauses[span.clause]!.folded).length > 0 || KIN.test(analysis.clauses[span.clause]!.folded)) &&
      !analysis.clauses.some((clause, index) => index > span.clause && clause.sentence === sentenceOf(span) && CONDITION_OPENING.test(clause.folded));
    const named = standIns.some((span) =>
      relationComes(span) || namesPerson(sentenceWithTitle(analysis, sentenceOf(span))) || namedBefore(sentenceOf(span)) || comesByFirstName(span) || listedAfter(sentenceOf(span)) || firstNamesListed(sentenceOf(span)) || sentByFirstName(span) || namedInside(span) || countedInside(span));
    // "Confirmăm participarea. … va veni doamna prof. Simona Toma, în locul meu": beside someone
    // named to come in the sender's place, the sender's yes is the organisation's.
    const orgAnswer = own.length + wish.length === 0 || (wish.length === 0 && no.length === 0 && substitute.length > 0 && named);
    // "I've asked Bianca from our marketing team to join instead; she'll dial in on the Zoom link":
    // a stand-in said to come after being sent counts as named; a refusal after it ("but she can't either") does not.
    const firstStandIn = substitute.length > 0 ? Math.min(...substitute.map((span) => span.clause)) : Infinity;
    const confirmed = others.some((span) => span.clause > firstStandIn) && !no.some((span) => span.clause > firstStandIn);
    // "eu nu pot participa … colega mea, care ar putea să vină în locul meu": a stand-in only
    // possible leaves the sender's refusal standing; a person still sees the stand-in.
    // So is one whose own answer is still to come: "Am rugat-o pe colega mea … să participe în
    // locul meu, dacă se poate — vă va scrie dânsa direct" (the next sentence at most, and no one said to come).
    const possibleOnly = others.length + of('othersYes').length > 0 ? [] : of('othersMaybe').filter((span) =>
      substitute.some((stand) => stand.clause === span.clause || (span.clause > stand.clause && sentenceOf(span) - sentenceOf(stand) <= 1)),
    );
    // "I had planned to attend, but … I'll have to skip this one. I've asked my colleague …": a wish its own "but" refused is no yes.
    const wishRefused = wish.every((span) => no.some((refusal) => byPosition(span, refusal) < 0 && analysis.clauses.slice(span.clause + 1, refusal.clause + 1).some((clause) => clause.contrast)));
    if (possibleOnly.length > 0 && no.length > 0 && own.length === 0 && wishRefused) {
      return refusedBesideHopedStandIn(analysis, possibleOnly.map(sentenceOf), `${join(no)} → ${join([...possibleOnly, ...substitute].sort(byPosition))}`);
    }
    // "my colleague Marko would like to join instead of me if that's still possible — is it ok?": a
    // stand-in put to the organiser in the same breath is asked, not answered (h92_095).
    const standInAsked = substitute.some((stand) => {
      const at = sentenceOf(stand);
      const next = analysis.sentences[at + 1];
      return analysis.clauses.some((clause) => clause.question && clause.sentence === at) || (next !== undefined && next.question && isTagQuestion(next.text));
    });
    // "Vine însă Sergiu în locul meu, dacă poate", "Îl trimit pe Marius, dacă se eliberează": a stand-in under a
    // condition said in a clause of its own after them is hoped for, not sent.
    // Not one right after a talk: "my colleague … will join too, and he would like to say a few words …, if the slot is still
    // available" (h581_069) conditions the talk.
    // Only a condition on the slot or the time: "Îl trimit pe colegul Marius, care va prezenta …, dacă se eliberează" still hopes.
    const afterTalk = (index: number): boolean =>
      TALK_ROOM.test(analysis.clauses[index]!.folded) && (analysis.clauses[index - 1]?.spans.some((other) => other.kind === 'othersSpeaker' || other.kind === 'speakerYes') ?? false);
    const conditioned = standIns.some((span) =>
      analysis.clauses.some((clause, index) => index > span.clause && clause.sentence === sentenceOf(span) && clause.spans.length === 0 && CONDITION_OPENING.test(clause.folded) && !afterTalk(index)),
    );
    if (conditioned && no.length === 0) return { intent: 'maybe', confidence: 0.5, evidence: join([...substitute, ...others].sort(byPosition)), delegated };
    // "Revin la mesajul domnului Mureșan: din păcate nu voi mai putea participa, va fi prezentă doar doamna Tudor" (h467_086):
    // after a colleague's message announced the party, the sender who no longer comes takes out only themself.
    const followsColleague = analysis.clauses.some((clause) => findAll(COLLEAGUE_MESSAGES, clause.folded).length > 0);
    if (followsColleague && no.length > 0 && no.every((span) => NO_LONGER.test(analysis.clauses[span.clause]!.folded))) {
      return { intent: 'no', confidence: 0.6, evidence: `${join(no)} → ${join([...substitute, ...others].sort(byPosition))}`, delegated: true };
    }
    // "I'll ask a colleague to attend in my place and will let you know who by Monday" (h600_058): a colleague still to be
    // asked, unnamed, is a plan; the answer waits on them.
    const onlyToAsk = others.length === 0 && substitute.length > 0 &&
      substitute.some((span) => TO_ASK.test(analysis.clauses[span.clause]!.folded.slice(span.start, span.end)));
    // "L-am rugat pe colegul meu Andrei să participe, dar încă nu mi-a răspuns": the stand-in's own answer is still to come.
    const pending = analysis.clauses.some((clause, index) => index > firstStandIn && STAND_IN_PENDING.test(clause.folded));
    if (orgAnswer && possibleOnly.length === 0 && !standInAsked && !onlyToAsk && !pending && (represented.length > 0 || named || confirmed)) {
      const who = join([...substitute, ...others].sort(byPosition));
      return { intent: 'yes', confidence: 0.7, evidence: no.length > 0 ? `${join(no)} → ${who}` : who, delegated };
    }
    return { intent: 'unknown', confidence: 0.5, evidence: join([...substitute, ...others, ...no].sort(byPosition)), delegated };
  }

  // "La atelierul din 18 vin. La sesiunea online din 23 nu pot": answers for two occasions. Not when words between
  // take the first answer back: "Nu cred că pot miercuri … am mutat deadline-ul pe vineri, deci vin totuși!" (h240_005).
  const retracted = yes.length > 0 && no.length > 0 && mindChanged(analysis, yes, no);
  const byDay = yes.length > 0 && no.length + excuses.length > 0 && !retracted ? splitByDay(analysis, yes, [...no, ...excuses]) : null;
  if (byDay) return byDay;

  // "I'd love to come, but I'm travelling that week": a wish answered by its own "but". With a
  // reason (or "next time!") it is a refusal; with anything else that does not say "I come"
  // ("aș veni, dar îmi e greu să ajung dimineața") it is no yes either.
  if (wish.length > 0 && wish.length === yes.length) {
    const lastWish = Math.max(...wish.map((span) => span.clause));
    const after = found.filter((span) => span.clause > lastWish);
    // Not a "but" that only announces a question: "Aș vrea să particip, dar aș avea o întrebare: …" (h250_009), nor one
    // only about speaking: "I would like to attend, but only as observer" (h280_094).
    const aboutTalkOnly = (clause: Clause): boolean => clause.spans.length > 0 && clause.spans.every((span) => span.kind === 'speakerNo' || span.kind === 'speakerYes');
    // Nor a "though" closing a sentence, which leaves an empty clause: "I might join a bit later than 11 though." (h391_048).
    const contrasted = analysis.clauses.slice(lastWish + 1).some((clause) => clause.contrast && /\p{L}/u.test(clause.text) && !announcesQuestion(clause.folded) && !aboutTalkOnly(clause));
    // Nor one after which the sender says how they will take part: "…, although I'm afraid I won't follow the Romanian
    // discussion very well, so I will mostly listen" (h631_011).
    const listensAfter = after.some((span) => span.kind === 'speakerNo' && !span.negated && LISTENING.test(span.text));
    if (contrasted && !listensAfter && after.some((span) => span.kind === 'excuses' || span.kind === 'weakNo' || span.kind === 'no' || span.kind === 'otherOccasion')) {
      // "… but I have a photo shoot booked that morning. If it finishes early I'll hop on the call for the last part" (h419_023):
      // coming after all, under a condition, leaves it open.
      const comesIf = after.filter((span) => span.kind === 'maybe' && span.conditional);
      if (comesIf.length > 0) return { intent: 'maybe', confidence: 0.5, evidence: `${join(wish)} → ${join(comesIf)}` };
      return { intent: 'no', confidence: 0.7, evidence: `${join(wish)} → ${join(after)}` };
    }
    const butIndex = analysis.clauses.findIndex((clause, index) => index > lastWish && clause.contrast);
    // "I would be glad to join … as an observer – I will not take the floor, since …, but it's very useful for us to follow"
    // (h446_006): a "but" with nothing in it after a refusal of the talk turns on the talk, not on the wish.
    const turnsOnTalk = butIndex >= 0 && analysis.clauses[butIndex]!.spans.length === 0 && analysis.clauses.slice(lastWish + 1, butIndex).some(aboutTalkOnly);
    if (contrasted && !turnsOnTalk && !after.some((span) => AFFIRMATIVE_OR_SOFT.has(span.kind))) {
      const but = analysis.clauses[butIndex]!;
      // "Aș participa, dar doar dacă discuția se termină până la 12:00" (h398_063): the "but" only sets a condition.
      if (ONLY_BEFORE.test(but.folded) && opensCondition(but.folded.replace(ONLY_BEFORE, ''))) return { intent: 'maybe', confidence: 0.5, evidence: `${join(wish)} → ${but.text.slice(0, 60)}` };
      return { intent: 'unknown', confidence: 0.35, evidence: `${join(wish)} → ${but.text.slice(0, 60)}` };
    }
  }

  // "Aș fi venit cu drag, dar în ziua aceea plec la Kaunas": a conditional perfect answered
  // by its own "but" with nothing else said is a refusal.
  const counterfactual = weakNo.filter((span) => span.kind === 'weakNo' && whole(COUNTERFACTUALS, analysis, span, true));
  if (counterfactual.length > 0 && yes.length + no.length === 0) {
    const after = Math.max(...counterfactual.map((span) => span.clause));
    const answer = analysis.clauses.slice(after + 1).find((clause) => clause.contrast && !clause.question);
    const from = after + 1 + (answer ? analysis.clauses.slice(after + 1).indexOf(answer) : 0);
    if (answer && !found.some((span) => span.clause >= from && AFFIRMATIVE_OR_SOFT.has(span.kind))) {
      return { intent: 'no', confidence: 0.7, evidence: `${join(counterfactual)} → ${answer.text.slice(0, 60)}` };
    }
    // "Mi-ar fi plăcut să vin." (h513_065): the conditional perfect said alone, nothing asked or answered beside it, regrets.
    const alone = analysis.clauses.every((clause) => !clause.question && clause.spans.every((span) => span.kind === 'neutral' || span.kind === 'weakNo'));
    if (alone && !found.some((span) => AFFIRMATIVE_OR_SOFT.has(span.kind) || span.kind === 'maybe')) {
      return { intent: 'no', confidence: 0.6, evidence: join(counterfactual) };
    }
  }

  // "Aș putea participa doar online, dacă există această posibilitate. Altfel nu cred că ajung" (h261_039): a refusal
  // only as the fallback of a condition said before it is no answer yet.
  const conditionBefore = (span: Found): boolean => analysis.clauses.slice(0, span.clause).some((clause) => opensCondition(clause.folded));
  if (yes.length === 0 && no.length > 0 && no.every((span) => isFallback(analysis.clauses[span.clause]!.folded) && conditionBefore(span))) {
    return { intent: 'maybe', confidence: 0.5, evidence: join(no) };
  }
  // "Is it possible to follow the meeting online? I cannot travel to Timisoara in January" (h246_031): the trip refused
  // beside a question about joining online leaves the answer to that question.
  // Not online another time: "I won't be in Romania in January. Maybe we could talk online some other time?" (h100_067).
  const onlineAsked = analysis.clauses.some((clause) => clause.question && ONLINE_WORD.test(clause.folded) && !clause.spans.some((span) => span.kind === 'otherOccasion'));
  if (onlineAsked && yes.length === 0 && no.length > 0 && no.every((span) => travelRefused(analysis.clauses[span.clause]!, span))) {
    return { intent: 'unknown', confidence: 0.5, evidence: join(no) };
  }
  // "pot participa doar online, se poate?" (h280_054): coming only online, then asking whether that may be: the answer
  // waits on the organiser's (an in-person meeting may say no), so it is a maybe, never a firm yes.
  const lastYesClause = Math.max(-1, ...yes.map((span) => span.clause));
  if (
    yes.length > 0 && no.length === 0 && yes.every((span) => onlyOnline(analysis.clauses[span.clause]!.folded)) &&
    analysis.clauses.some((clause, index) => index > lastYesClause && clause.question && isTagQuestion(clause.text) && !isConfirmingTag(clause.text))
  ) {
    return { intent: 'maybe', confidence: 0.5, evidence: join(yes) };
  }
  if (yes.length > 0 && no.length > 0) {
    // "Particip doar online, nu mă pot deplasa la Timișoara": the trip refused is why online.
    // "Confirm. Doar online, nu mă pot deplasa" (h252_068): "only online" in a clause of its own says the same.
    const onlineOnly = yes.every((span) => ONLINE_ONLY.test(analysis.clauses[span.clause]!.folded)) || analysis.clauses.some((clause) => !clause.question && ONLINE_ONLY.test(clause.folded));
    if (onlineOnly && no.every((span) => travelRefused(analysis.clauses[span.clause]!, span))) {
      return { intent: 'yes', confidence: 0.7, evidence: `${join(yes)} (${join(no)})` };
    }
    // "Vă transmit confirmarea pentru 2 persoane …: dna Irina Pavel și dl Cosmin Radu. Eu nu voi putea participa"
    // (h204_081): a confirmation naming who comes, then the sender's own absence in a sentence of its own, is the
    // organisation's yes; `delegated` still shows it to a person.
    const lastYes = Math.max(...yes.map(sentenceOf));
    // "…, vă confirmăm prezența la atelier. Vor participa conf. dr. Ramona Pascu și lect. dr. Tudor Milea" (h362_043): who
    // comes named in the sentence right after the confirmation.
    const namedAt = (at: number): boolean => namesPerson(sentenceWithTitle(analysis, at)) || (at + 1 < analysis.sentences.length && at + 1 <= lastYes && namesPerson(sentenceWithTitle(analysis, at + 1)));
    const forNamed = yes.every((span) => (span.kind === 'yes' || span.kind === 'othersYes') && namedAt(sentenceOf(span))) && yes.some((span) => span.kind === 'yes');
    // "Eu, din păcate, nu pot ajunge" (h339_076): the pronoun may stand in a clause of its own that opens the sentence.
    const ownRefusal = (span: Found): boolean => {
      const opening = analysis.clauses.find((clause) => clause.sentence === sentenceOf(span))!;
      return OWN_SUBJECT.test(analysis.clauses[span.clause]!.folded) || (opening !== analysis.clauses[span.clause] && /^[^a-z]*(?:eu|i personally|as for me|personally)[^a-z]*$/.test(opening.folded));
    };
    // "Vor fi prezenți colega mea Diana Mureșan și domnul Cornel Pop, eu nu voi putea fi conectată" (h423_085): or in a clause after them.
    const afterYes = (span: Found): boolean => sentenceOf(span) > lastYes || (sentenceOf(span) === lastYes && yes.every((other) => other.clause < span.clause));
    if (forNamed && no.every((span) => afterYes(span) && ownRefusal(span))) {
      return { intent: 'yes', confidence: 0.6, evidence: `${join(yes)} (${join(no)})`, delegated: true };
    }
    // "De la noi se conectează 2 colegi din echipa de proiecte (eu nu pot)" (h427_032): the sender's absence in brackets
    // right after the colleagues counted.
    const ownAside = (span: Found): boolean => {
      const folded = analysis.clauses[span.clause]!.folded;
      return OWN_ASIDE_BEFORE.test(folded.slice(0, span.start)) && /^[^a-z]*\)/.test(folded.slice(span.end)) &&
        yes.some((other) => other.kind === 'othersYes' && other.clause === span.clause && other.end < span.start && COUNTED_COLLEAGUES.test(folded.slice(other.start, other.end)));
    };
    if (no.every(ownAside)) {
      return { intent: 'yes', confidence: 0.6, evidence: `${join(yes)} (${join(no)})`, delegated: true };
    }
    const settled = settleByContrast(analysis, yes, no);
    if (settled) return settled;
    // "nu mai pot participa miercuri … Am confirmat anterior, vă rog să mă scoateți de pe listă" (h424_027): the only yes is
    // the earlier confirmation, told beside a refusal that says "no longer": it is taken back.
    if (yes.every((span) => whole(PAST_CONFIRMATIONS, analysis, span, true)) && no.some((span) => NO_LONGER.test(analysis.clauses[span.clause]!.folded))) {
      return { intent: 'no', confidence: 0.7, evidence: `${join(no)} (${join(yes)})` };
    }
    return { intent: 'unknown', confidence: 0.3, evidence: `${join(yes)} / ${join(no)}` };
  }

  // "Particip, dar mi-ar fi greu să ajung la 9": a yes beside a difficulty is not sure,
  // unless a "but" after the difficulty settles it ("mi-ar fi greu dimineața, dar particip").
  const difficulty = of('difficulty');
  if (yes.length > 0 && difficulty.length > 0) {
    const settled = settleByContrast(analysis, yes, difficulty);
    if (settled?.intent === 'yes') return settled;
    return { intent: 'unknown', confidence: 0.35, evidence: `${join(yes)} / ${join(difficulty)}` };
  }

  // "Se poate online? Aș dori să particip": a wish beside a question waits for the answer;
  // asking for speaking time ("Could I also have 5 minutes to present?") presumes coming.
  // "I would like to attend. Could you please send the link again?": asking for the way in after the wish presumes coming.
  if (yes.length > 0 && asksBesidesSpeaking(analysis) && yes.every((span) => span.kind === 'wish') && !asksOnlyForLink(analysis)) return { intent: 'unknown', confidence: 0.4, evidence: join(yes) };

  // "Da, prezentarea pare foarte interesantă, dar nu voi putea fi online miercuri … Poate data viitoare." (h337_018): a
  // "maybe next time" said as a sentence of its own regrets this time, whatever yes-like word came before it.
  // Not one opening a sentence that goes on ("Pentru sesiunea următoare, …, nu voi putea", h240_009).
  const nextTime = of('otherOccasion').find((span) => sayingOnly(analysis, span) && aloneInSentence(analysis, span));
  if (yes.length > 0 && nextTime) return { intent: 'unknown', confidence: 0.35, evidence: `${join(yes)} / ${nextTime.text}` };

  if (yes.length > 0) {
    const doubt = (weakNo.length > 0 || excuses.length > 0 ? 0.1 : 0) + (asked ? 0.05 : 0);
    return { intent: 'yes', confidence: score(yes.length) - doubt, evidence: join(yes) };
  }
  if (no.length > 0) {
    const doubt = (weakYes.length > 0 ? 0.1 : 0) + (asked ? 0.05 : 0);
    return { intent: 'no', confidence: score(no.length + (weakNo.length > 0 ? 1 : 0)) - doubt, evidence: join(no) };
  }

  // "Unfortunately, we'll join the next one", "Din păcate… poate data viitoare": regret tied to
  // another occasion declines this one. Only in the occasion's own clause, or as a whole
  // clause right before it: "Unfortunately I missed the last one; see you at the next" is no decline.
  // Asked once: the hints below all stand only where the reply asks nothing about coming.
  const hintsStand = weakYes.length === 0 && !asksAboutComing(analysis);
  if (hintsStand && of('otherOccasion').some((occasion) => regretFor(analysis, of('weakNo'), occasion))) {
    return { intent: 'no', confidence: 0.65, evidence: join([...of('weakNo'), ...of('otherOccasion')].sort(byPosition)) };
  }

  // "…, dar luni sunt la Berlin. Sper să ne vedem la următoarea sesiune." (h482_032), "luni am deplasare la București. Poate
  // data viitoare." (h484_045): the meeting's day said taken, then another occasion hoped for in a sentence of its own.
  const dayTaken = hintsStand ? of('otherOccasion').map((occasion) => dayTakenBefore(analysis, occasion)).find((clause) => clause !== null) : undefined;
  if (dayTaken) return { intent: 'no', confidence: 0.6, evidence: dayTaken };

  // Only hints. A reason for not coming ("sunt plecat din țară") is a refusal when nothing
  // else is said; regret alone ("din păcate…") and "ok" alone are not, and neither is a
  // reason followed by a "but" ("am o ședință la 9, dar la 11 sunt liber").
  const lastExcuse = Math.max(-1, ...excuses.map((span) => span.clause));
  // "Sadly it clashes with a pitch day 😞 Would love to be involved next time though": a "though"
  // leading to another occasion, or closing the clause before an emoji, does not undo the reason.
  // Nor does a "but" that asks for what is sent afterwards: "Din păcate miercuri am deadline, dar aș vrea să primesc
  // planul de acțiune după întâlnire" (h266_033).
  const contrastAfterExcuse = analysis.clauses
    .slice(lastExcuse + 1)
    .some((clause) => clause.contrast && /\p{L}/u.test(clause.text) && !clause.spans.some((span) => span.kind === 'otherOccasion') && !asksForAfterwards(clause));
  if (excuses.length > 0 && hintsStand && !contrastAfterExcuse) {
    return { intent: 'no', confidence: weakNo.length > 0 ? 0.7 : 0.65, evidence: join([...weakNo, ...excuses]) };
  }
  // "Mă tem că o să-mi fie greu să ajung, luni am ore … Poate la următoarea sesiune": a difficulty
  // with nothing answered, then another occasion hoped for, declines this one.
  const lastDifficulty = Math.max(-1, ...difficulty.map((span) => span.clause));
  if (difficulty.length > 0 && hintsStand && of('otherOccasion').some((occasion) => occasion.clause > lastDifficulty)) {
    return { intent: 'no', confidence: 0.6, evidence: join([...difficulty, ...of('otherOccasion')].sort(byPosition)) };
  }
  if (difficulty.length > 0) return { intent: 'unknown', confidence: 0.3, evidence: join(difficulty) };
  const soft = of('softYes');
  // "I could join after that for the comments part. Would that be ok? Otherwise I'll have to
  // skip": an offer put to the organiser, answered by their "ok", is a maybe.
  const offered = analysis.clauses.some((clause) => clause.spans.some((span) => span.kind === 'softYes') && bareTag(analysis, clause.sentence + 1));
  if (offered && yes.length + no.length === 0) return { intent: 'maybe', confidence: 0.6, evidence: join(soft) };
  // "…my flights are not booked yet. Can I confirm by Tuesday?", "Pot să vă confirm până marți?":
  // leave asked to answer later defers the answer, when nothing else answers.
  // Only a deferral asked: "Pot să particip chiar dacă nu am firmă?" asks about coming.
  const askedLater = analysis.clauses.flatMap((clause, index) =>
    clause.question && findAll(SELF_REQUEST, clause.folded).length > 0
      ? clause.spans.filter((span) => span.kind === 'maybe' && !span.partial && whole(DEFERRALS, analysis, { ...span, clause: index }, true))
      : [],
  );
  if (askedLater.length > 0 && yes.length + no.length + soft.length === 0) return { intent: 'maybe', confidence: 0.5, evidence: askedLater.map((span) => span.text).join(' … ') };
  if (asked) return { intent: 'unknown', confidence: 0.4, evidence: soft.length > 0 ? join(soft) : null };
  return { intent: 'unknown', confidence: 0.2, evidence: weakYes.length + weakNo.length > 0 ? join([...weakYes, ...weakNo]) : null };
}

/**
 * "Aș fi vrut să particip, dar nu pot" / "Nu pot ajunge dimineața, dar vin după-amiază": when
 * every signal of one polarity sits before a "dar"/"but" clause (or words taking it back,
 * "de fapt", "până la urmă", "actually") and every signal of the other after it, the part
 * after the contrast is the answer.
 */
function settleByContrast(analysis: TextAnalysis, yes: Found[], no: Found[]): IntentResult | null {
  // A "but", or words taking back what came before ("de fapt", "până la urmă", "actually").
  const later = answerAfter(analysis, yes, no, (clause) => clause.contrast || findAll(CHANGE_OF_MIND, clause.folded).length > 0);
  if (later === 'yes') return { intent: 'yes', confidence: 0.7, evidence: `${join(no)} → ${join(yes)}` };
  if (later === 'no') return { intent: 'no', confidence: 0.7, evidence: `${join(yes)} → ${join(no)}` };
  return null;
}

/** Whether words take the first answer back ("de fapt", "vin totuși", "PS"), every signal of the other polarity after them. */
function mindChanged(analysis: TextAnalysis, yes: Found[], no: Found[]): boolean {
  return answerAfter(analysis, yes, no, (clause) => findAll(CHANGE_OF_MIND, clause.folded).length > 0) !== null;
}

/**
 * The polarity whose every signal comes after a clause that `breaks` (a "but", words taking it back), every signal of
 * the other polarity before it; null when the two are mixed or nothing breaks between them.
 */
function answerAfter(analysis: TextAnalysis, yes: Found[], no: Found[], breaks: (clause: TextAnalysis['clauses'][number]) => boolean): 'yes' | 'no' | null {
  const last = (spans: Found[]): number => Math.max(...spans.map((span) => span.clause));
  const first = (spans: Found[]): number => Math.min(...spans.map((span) => span.clause));
  const breakIn = (from: number, to: number): boolean => analysis.clauses.slice(from + 1, to + 1).some(breaks);
  if (last(no) < first(yes) && breakIn(last(no), first(yes))) return 'yes';
  if (last(yes) < first(no) && breakIn(last(yes), first(no))) return 'no';
  return null;
}

/**
 * "La atelierul din 18 vin. La sesiunea online din 23 nu pot", "Pe 18 nu pot, dar particip
 * la sesiunea online din 23": a yes and a refusal naming different days answer two
 * occasions, and which one this mail is about is not in the text; a "but" between them
 * settles nothing here. So does one sentence where only one of them names a day ("Vin, dar
 * nu pot pe 23"); across sentences ("Nu am reușit să ajung data trecută… Ne vedem luni!")
 * that is too loose a tie. A reason for not coming counts like a refusal only when both name
 * days. A phrase's days are those of its clause and of the clauses of its sentence that
 * answer nothing ("Pe 18, din păcate, nu pot").
 */
function splitByDay(analysis: TextAnalysis, yes: readonly Found[], no: readonly Found[]): IntentResult | null {
  if (yes.length === 0 || no.length === 0) return null;
  const named = analysis.clauses.map(daysNamed);
  // The days named by each sentence's silent clauses, gathered once: per pair of phrases this
  // was a pass over every clause, cubic in the clauses of a pathological mail.
  const silentDays = new Map<number, string[]>();
  analysis.clauses.forEach((clause, index) => {
    if (clause.spans.some((span) => ANSWERS.has(span.kind))) return;
    const list = silentDays.get(clause.sentence) ?? [];
    list.push(...named[index]!);
    silentDays.set(clause.sentence, list);
  });
  const byClause = new Map<number, Set<string>>();
  const daysOf = (span: Found): Set<string> => {
    let days = byClause.get(span.clause);
    if (!days) {
      days = new Set([...named[span.clause]!, ...(silentDays.get(analysis.clauses[span.clause]!.sentence) ?? [])]);
      byClause.set(span.clause, days);
    }
    return days;
  };
  for (const accept of yes) {
    const yesDays = daysOf(accept);
    // "I would love to join but the 17th doesn't work for me, I'm travelling" (h367_025): a wish names no occasion of
    // its own; the day refused is the one it wished for.
    if (accept.kind === 'wish' && yesDays.size === 0) continue;
    for (const refuse of no) {
      const noDays = daysOf(refuse);
      const apart = ![...noDays].some((day) => yesDays.has(day));
      const together = analysis.clauses[accept.clause]!.sentence === analysis.clauses[refuse.clause]!.sentence;
      const tied = yesDays.size > 0 && noDays.size > 0 ? true : refuse.kind === 'no' && together && yesDays.size + noDays.size > 0;
      if (apart && tied) {
        const days = (set: Set<string>): string => (set.size > 0 ? ` (${[...set].join(', ')})` : '');
        return { intent: 'unknown', confidence: 0.35, evidence: `${accept.text}${days(yesDays)} / ${refuse.text}${days(noDays)}`, days: { yes: [...yesDays], no: [...noDays] } };
      }
    }
  }
  return null;
}

function byPosition(a: Found, b: Found): number {
  return a.clause - b.clause || a.start - b.start;
}

/**
 * "Dacă îmi puteți confirma că e online, particip": a condition on the organiser hedges an
 * answer at or after it in its sentence; after the answer ("nu pot ajunge, dar aș vrea
 * materialele, dacă ni le puteți trimite") it belongs to a request.
 */
function governsAnswer(analysis: TextAnalysis, found: readonly Found[], condition: Found): boolean {
  const sentence = analysis.clauses[condition.clause]!.sentence;
  return found.some(
    (span) =>
      ANSWERS.has(span.kind) &&
      analysis.clauses[span.clause]!.sentence === sentence &&
      span.clause >= condition.clause,
  );
}

/**
 * Whether a question asks about coming ("pot veni după 11?"), which leaves a reason for not
 * coming open; asking for what comes afterwards ("could you share the recording?") presumes
 * the absence and does not. Whether there will be a recording at all ("Is this meeting going to
 * be recorded?") asks about the event, and leaves it open.
 */
function asksAboutComing(analysis: TextAnalysis): boolean {
  const afterwards = new Set(
    analysis.clauses
      .filter((clause) => clause.question && findAll(AFTERWARD, clause.folded).length > 0 && findAll(RECORDING_QUESTIONS, clause.folded).length === 0)
      .map((clause) => clause.sentence),
  );
  // "Domnul director ar dori să știe dacă întâlnirea se va înregistra" (h175_019): the recording asked about without a mark.
  const asksRecordingUnmarked = (clause: (typeof analysis.clauses)[number]): boolean =>
    findAll(RECORDING_QUESTIONS, clause.folded).length > 0 && findAll(INDIRECT_QUESTIONS, clause.folded).length > 0;
  return analysis.clauses.some((clause) => (clause.question && !afterwards.has(clause.sentence)) || (!clause.question && asksRecordingUnmarked(clause)));
}

/**
 * "Revin: am reușit să reprogramez, voi putea participa": a deferral followed by an answer defers
 * nothing; nor does a doubt the sender takes back before answering ("stați, tocmai m-am uitat").
 */
function answeredLater(analysis: TextAnalysis, found: readonly Found[], span: Found, own: readonly Found[]): boolean {
  // "Revin cu un răspuns: … vor participa doi inspectori, eu și domnul …": the sender's own yes counts too.
  const later = [...found.filter((other) => FIRM_ANSWERS.has(other.kind)), ...own].filter((other) => other.clause > span.clause);
  // "Revin: domnul director Cornel Ardelean va participa la întâlnire" (h198_009): a deferral that is a clause of one
  // word opens an office's follow-up, and the head's answer in the clauses after it is the answer. Not "Revin cu un
  // răspuns: vor participa doi colegi" (set 80): that still waits on the sender's own.
  const clause = analysis.clauses[span.clause]!;
  const headsAnswer = found.some((other) => (other.kind === 'othersYes' || other.kind === 'orgYes') && other.clause > span.clause && analysis.clauses[other.clause]!.sentence === clause.sentence);
  const oneWordDeferral = ONE_WORD.test(clause.folded) && whole(DEFERRALS, analysis, span);
  if (headsAnswer && oneWordDeferral) return true;
  // "Participăm cu două persoane. Revin: o singură persoană, colegul meu s-a îmbolnăvit" (h204_085): after an answer,
  // a one-word "Revin:" with more said in its sentence corrects that answer; it defers nothing.
  const answeredBefore = found.some((other) => AFFIRMATIVE_OR_SOFT.has(other.kind) && other.clause < span.clause);
  if (oneWordDeferral && answeredBefore && analysis.clauses[span.clause + 1]?.sentence === clause.sentence) return true;
  if (later.length === 0) return false;
  if (whole(DEFERRALS, analysis, span)) return true;
  // "Nu știu dacă pot … Stați, tocmai m-am uitat în agendă: sunt liberă, deci mă conectez": the doubt taken back.
  const answer = Math.min(...later.map((other) => other.clause));
  return analysis.clauses.slice(span.clause + 1, answer + 1).some((clause) => findAll(CHANGE_OF_MIND, clause.folded).length > 0);
}

/** Whether a span is all its clause says (punctuation and emoji aside): "Poate data viitoare.", "Maybe next time!". */
function sayingOnly(analysis: TextAnalysis, span: Found): boolean {
  const folded = analysis.clauses[span.clause]!.folded;
  return NO_WORDS.test(folded.slice(0, span.start) + folded.slice(span.end));
}

/** Whether the span's clause is its sentence's only one. */
function aloneInSentence(analysis: TextAnalysis, span: Found): boolean {
  const sentence = analysis.clauses[span.clause]!.sentence;
  return analysis.clauses.every((clause, index) => index === span.clause || clause.sentence !== sentence);
}

/** A clause opening on a day ("luni", "pe 17", "on Monday") with something after it: what the sender does that day. */
const DAY_OPENED = /^(?:luni|marti|miercuri|joi|vineri|maine|in ziua aceea|in ziua respectiva|pe \d{1,2}|in \d{1,2}|on (?:monday|tuesday|wednesday|thursday|friday|the \d{1,2}(?:st|nd|rd|th)?)|that day|on that day) (?:sunt|suntem|voi fi|vom fi|o sa fiu|am|avem|i am|i'm|we are|we're|i will be|we will be|i'll be|we'll be|i have|we have) \S/;

/** A clause of first names only: "Sorina și Alex", "Ana, Dan and Ioana". */
const ONE_FIRST_NAME = /^\p{Lu}\p{Ll}+[.!]?$/u;
const FIRST_NAMES_ONLY = /^\p{Lu}\p{Ll}+(?:\s*(?:,|și|si|and)\s*\p{Lu}\p{Ll}+)+[.!]?$/u;

/** The day said free, not taken: "Luni sunt liberă". */
const DAY_FREE = /(?<![a-z])(?:liber|libera|liberi|disponibil|disponibila|disponibili|free|available|around|in timisoara|in town)(?![a-z])/;

/**
 * The words of the clause that says the meeting's day is taken ("luni sunt la Berlin"), when it ends the sentence right
 * before a "maybe next time" that opens its own sentence and nothing in the reply answers; else null.
 */
function dayTakenBefore(analysis: TextAnalysis, occasion: Found): string | null {
  const clause = analysis.clauses[occasion.clause]!;
  const before = analysis.clauses[occasion.clause - 1];
  // A hope may open it: "Sper să ne vedem la următoarea sesiune".
  if (occasion.start > 0 && !sayingOnly(analysis, occasion) && !isModalHedge(clause.folded.slice(0, occasion.start))) return null;
  if (!before || before.sentence !== clause.sentence - 1 || before.question || !DAY_OPENED.test(before.folded) || DAY_FREE.test(before.folded)) return null;
  return before.spans.some((span) => ANSWERS.has(span.kind)) ? null : `${before.text.trim()} / ${occasion.text}`;
}

/** Whether a regret stands in the occasion's clause, or alone in the clause right before it in its sentence. */
function regretFor(analysis: TextAnalysis, regrets: readonly Found[], occasion: Found): boolean {
  return regrets.some((regret) => {
    if (regret.clause === occasion.clause) return true;
    const clause = analysis.clauses[regret.clause]!;
    const alone = sayingOnly(analysis, regret);
    if (alone && regret.clause === occasion.clause - 1 && clause.sentence === analysis.clauses[occasion.clause]!.sentence) return true;
    // "Din păcate, în 20 ianuarie sunt la Bruxelles. Poate data viitoare." (h239_060): a regret opening the sentence
    // (a greeting before it at most) right before a "maybe next time" said on its own.
    const occasionSentence = analysis.clauses[occasion.clause]!.sentence;
    const opens = analysis.clauses.every((other, index) => index >= regret.clause || other.sentence !== clause.sentence || other.spans.length === 0);
    return alone && opens && aloneInSentence(analysis, occasion) && clause.sentence === occasionSentence - 1;
  });
}

/** A clause that only asks for what is sent after the meeting (the minutes, "planul … după întâlnire"), answering nothing. */
function asksForAfterwards(clause: Clause): boolean {
  return clause.spans.every((span) => span.partial || !(ANSWERS.has(span.kind) || span.kind === 'maybe' || span.kind === 'substitute')) && findAll(AFTERWARD, clause.folded).length > 0;
}

/** Whether the clause of a third-person yes names a colleague of the sender ("colegul meu", "my deputy"). */
function namesRelation(analysis: TextAnalysis, span: Found): boolean {
  const clause = analysis.clauses[span.clause]!;
  if (findAll(RELATIONS, clause.folded).length > 0) return true;
  // A relative clause points back to whom the clause before it names: "I will forward this to my
  // colleague Anke Visser, who will attend on behalf of …" (h267_025).
  const before = analysis.clauses[span.clause - 1];
  return RELATIVE_OPENING.test(clause.folded) && before?.sentence === clause.sentence && findAll(RELATIONS, before.folded).length > 0;
}

const RELATIVE_OPENING = /^(?:who|care)(?![a-z0-9])/;
/** "doar"/"only" opening a clause, before a condition: "dar doar dacă …", "but only if …" (the condition words are the locales'). */
const ONLY_BEFORE = /^[^a-z]*(?:doar|numai|only)\s+/;
const CONDITION_OPENING = /^[^a-z]*(?:daca|in cazul in care|if|provided|as long as)(?![a-z0-9])/;

function score(agreeing: number): number {
  return Math.min(0.97, 0.85 + 0.05 * (agreeing - 1));
}

function join(spans: readonly Span[]): string {
  return [...new Set(spans.map((span) => span.text))].join('; ');
}
