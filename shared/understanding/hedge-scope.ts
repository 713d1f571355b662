import { mentionsSpeaking, NUMBER_SOURCE } from './analyze-text';
import type { Clause, Span, TextAnalysis } from './analyze-text';
import { namesComing, opensCondition } from './clause-scope';
import { ANSWER_KINDS } from './clause-words';
import { COMPANION } from './headcount';
import { LOCALES } from './intent-locales';
import { compileStickyPhrases, findAll } from './phrase-table';
import { LOGISTICS } from './sentence-scope';
import { isTagQuestion } from './sentences';

/** A phrase found in clause `clause` of an analysis. */
export interface ClauseSpan extends Span {
  clause: number;
}

/** Kinds that answer the invitation (someone comes or does not). */
export const ANSWERS: ReadonlySet<Span['kind']> = new Set(['yes', 'softYes', 'othersYes', 'wish', 'no']);
const MODAL_HEDGES = compileStickyPhrases(LOCALES.flatMap((l) => l.modalHedges));
const EVENT_CUES = compileStickyPhrases(LOCALES.flatMap((l) => l.eventCues));
const ACTIVITIES = compileStickyPhrases(LOCALES.flatMap((l) => l.eventActivities));
const ASIDE_TOPICS = compileStickyPhrases(LOCALES.flatMap((l) => l.asideTopics));
const SELF_CONDITIONS = compileStickyPhrases(LOCALES.flatMap((l) => l.selfConditions));
const PARTY_CUES = compileStickyPhrases(LOCALES.flatMap((l) => l.partyCues), NUMBER_SOURCE);
/** Words naming the sender's relations ("colegul meu", "my colleague"): shared with `intent.ts`. */
export const RELATIONS = compileStickyPhrases(LOCALES.flatMap((l) => l.relations));
const CONDITION_WORDS = compileStickyPhrases(LOCALES.flatMap((l) => l.conditionOpeners));
const PRESUMING_QUESTIONS = compileStickyPhrases(LOCALES.flatMap((l) => l.presumingQuestions));
const TALK_FOLLOW_UPS = compileStickyPhrases(LOCALES.flatMap((l) => l.talkFollowUps));
const COUNT_DOUBTS = compileStickyPhrases(LOCALES.flatMap((l) => l.countDoubts));
const COUNT = new RegExp(`(?<![a-z0-9])(?:${NUMBER_SOURCE})(?![a-z0-9])`);
/** What follows a modal hedge when the clause doubts only a count: "(probabil) doi în total", "(probably) two of us". */
const ONLY_A_COUNT = new RegExp(
  `^\\s+(?:${NUMBER_SOURCE})(?:\\s+(?:in total|cu totul|dintre noi|de la noi|persoane|oameni|of us|people|in all|total))?\\s*[.!]?\\s*$`,
);
/** A modal hedge opening brackets that hold only a count: "aș vrea să particip cu câțiva colegi (probabil 4-5)" (h588_067). */
const OPENS_BRACKET = /\(\s*$/;
const BRACKETED_COUNT_AFTER = new RegExp(
  `^\\s*(?:${NUMBER_SOURCE})(?:\\s*(?:-|–|sau|or|ori)\\s*(?:${NUMBER_SOURCE}))?(?:\\s+(?:persoane|oameni|people|persons|colegi|colleagues|in total))?\\s*\\)`,
);
/** Around a modal hedge, the last name of a list: "… și (probabil) Irina", "and (possibly) Ana". */
const AND_BEFORE = /(?:^|\s)(?:si|and)\s+$/;
const AND_AFTER = /(?:^|\s)(?:si|and)[\s,]*$/;
const AND_OPENS = /^\s*(?:si|and)\s/;
const COLLEAGUE_AFTER = /^\s+(?:si\s+|and\s+)?(?:un|o|one|a)\s+(?:coleg|colega|colleague|prieten|prietena|friend|voluntar|voluntara|stagiar|stagiara)(?![a-z])/;
const BESIDE_RELATION = /^\s*(?:iar|while|whereas)\s+(?:(?:my|our)\s+)?(?:colegul|colega|colegii|colegele|sotul|sotia|fratele|sora|asociatul|asociata|colleague|colleagues|partner|husband|wife)(?![a-z])/;
const HEDGED_COMPANION_END = /\s(?:si|and)\s+(?:poate|probabil|eventual|maybe|perhaps|possibly)\s+(?:si\s+|also\s+)?[a-z]+[\s.,;]*$/;
// An aside in brackets may follow the name: "eu, Paul și probabil Cristina (ea încă nu știe sigur)" (h619_071).
const ONE_NAME_AFTER = /^\s+(?:și\s+|si\s+)?\p{Lu}\p{Ll}+\s*(?:\([^()]*\)\s*)?[.!]?\s*$/u;
/** The sender coming with someone ("mă conectez și cu Alina", "vin și cu un coleg"), right after a doubt; the one with is checked after it. */
const COMING_WITH = /^\s+(?:(?:eu|noi)\s+)?(?:vin|venim|ma conectez|ne conectam|intru|intram|particip|participam|ajung|ajungem|merg|mergem)\s+(?:si\s+)?cu\s+/;
/** A clause that opens asking leave ("can I", "pot să"): shared by the scope rules and the deferral asked as leave. */
export const SELF_REQUEST = compileStickyPhrases(LOCALES.flatMap((l) => l.selfRequests).map((phrase) => `^${phrase}`));
const SPEAKING: ReadonlySet<Span['kind']> = new Set(['speakerYes', 'othersSpeaker']);
/** Kinds that say nothing about attendance: a modal hedge beside them may be about something else. */
const TOPIC_NEUTRAL: ReadonlySet<Span['kind']> = new Set(['neutral', 'speakerYes', 'othersSpeaker', 'speakerNo', 'weakYes']);
/** Content words a sentence needs beside a hedge for the hedge to be about its topic rather than attendance. */
const ASIDE_SENTENCE_WORDS = 6;
let fillers: ReadonlySet<string> | null = null;

/** Whether folded text is, past punctuation, one modal hedge of the locales and nothing else ("sper să", "poate", "hopefully"). */
export function isModalHedge(folded: string): boolean {
  const text = folded.replace(/^[^a-z0-9]+/, '').trimEnd();
  return text !== '' && findAll(MODAL_HEDGES, text).some((match) => match.start === 0 && match.end === text.length);
}

/** Whether `span` is exactly one phrase of `matcher` (or starts with one, with `prefix`). */
export function whole(matcher: ReturnType<typeof compileStickyPhrases>, analysis: TextAnalysis, span: ClauseSpan, prefix = false): boolean {
  const text = analysis.clauses[span.clause]!.folded.slice(span.start, span.end);
  return findAll(matcher, text).some((match) => match.start === 0 && (prefix || match.end === text.length));
}

/**
 * "Mă voi conecta. Poate ar merita discutată varianta X", "I'll dial in. We will probably
 * submit the report in February": a modal hedge ("poate", "probably", "s-ar putea") qualifies
 * the verb of its own clause. It hedges the attendance only when its sentence is about it: an
 * answer, an excuse or any other attendance phrase in the sentence, a word about the event or
 * being there ("atelier", "late", "online"), or too few other words, in its clause and its
 * sentence, to be about anything else ("Probabil.", "Poate întârzii puțin"). Otherwise it is
 * about another topic ("suntem un start-up cu 12 angajați…, poate e relevant") and hedges nothing.
 */
export function aside(analysis: TextAnalysis, span: ClauseSpan): boolean {
  if (!whole(MODAL_HEDGES, analysis, span)) return false;
  const clause = analysis.clauses[span.clause]!;
  // "We will just listen and maybe ask some questions in the chat": the hedge doubts what the
  // sender does there, which presumes being there.
  const next = clause.folded.slice(span.end);
  const from = next.length - next.trimStart().length;
  if (ACTIVITIES.matchAt(next, [from]).length > 0) return true;
  // "Mă conectez de pe telefon, s-ar putea să nu am camera pornită": the doubt is about the camera.
  const others = clause.spans.filter((phrase) => phrase.start !== span.start || phrase.end !== span.end);
  if (!others.some((phrase) => ANSWERS.has(phrase.kind)) && findAll(ASIDE_TOPICS, next).length > 0) return true;
  // A bare hedge right after a doubt about speaking answers that doubt: "Nu știu încă dacă vom interveni – poate, dacă
  // discuția ajunge la piața de artă" (h456_003).
  const previous = analysis.clauses[span.clause - 1];
  if (
    previous?.sentence === clause.sentence &&
    !/[a-z0-9]/.test(clause.folded.slice(0, span.start) + next) &&
    !previous.spans.some((phrase) => ANSWERS.has(phrase.kind)) &&
    mentionsSpeaking(previous.folded)
  ) {
    return true;
  }
  // The hedge closing a clause after its topic: "I'll connect to the Zoom on Wednesday, camera off probably" (h270_036); "confirm,
  // particip. Mă conectez de pe telefon probabil" (h506_050), the yes said already in a clause before.
  const saidBefore = (): boolean => analysis.clauses.some((other, index) => index < span.clause && other.spans.some((phrase) => phrase.kind === 'yes' && !phrase.negated));
  if (!/[a-z0-9]/.test(next) && findAll(ASIDE_TOPICS, clause.folded.slice(0, span.start)).length > 0 && (!others.some((phrase) => ANSWERS.has(phrase.kind)) || saidBefore())) return true;
  for (const other of analysis.clauses) {
    if (other.sentence !== clause.sentence) continue;
    const self = (phrase: Span): boolean => other === clause && phrase.start === span.start && phrase.end === span.end;
    if (other.spans.some((phrase) => !self(phrase) && !TOPIC_NEUTRAL.has(phrase.kind))) return false;
    if (findAll(EVENT_CUES, other.folded).length > 0) return false;
  }
  fillers ??= new Set(LOCALES.flatMap((l) => l.fillers));
  const known = fillers;
  const words = (text: string): number => text.split(/[^a-z0-9-]+/).filter((word) => word.length >= 4 && !known.has(word)).length;
  const rest = words(`${clause.folded.slice(0, span.start)} ${clause.folded.slice(span.end)}`);
  if (rest >= 3) return true;
  // A short hedged clause in a long sentence about something else: "suntem un start-up cu 12
  // angajați și derulăm 3 proiecte…, poate e relevant pentru discuție".
  const around = analysis.clauses.filter((other) => other.sentence === clause.sentence && other !== clause);
  return rest + words(around.map((other) => other.folded).join(' ')) >= ASIDE_SENTENCE_WORDS;
}

/**
 * "Alina ar dori să prezinte pe scurt (5 minute) rezultatele studiului, dacă programul
 * permite": a condition in a sentence that only asks to speak conditions the talk, not coming.
 * So does a condition clause standing right before the wish to speak, after the answer:
 * "Vă confirm participarea și, dacă programul permite, aș dori să intervin".
 */
export function aboutSpeaking(analysis: TextAnalysis, span: ClauseSpan): boolean {
  const sentence = analysis.clauses[span.clause]!.sentence;
  const spans = analysis.clauses.filter((clause) => clause.sentence === sentence).flatMap((clause) => clause.spans);
  // Not a verb of coming a condition made a doubt: "Dacă nu plec, particip și aș vrea să fac un comentariu" (h467_058) comes
  // if. A bare word under one answers the condition's topic: "dacă tot mă întrebați de comentarii scrise - nu" (h381_030).
  // Only under a condition of the sender's own ("Dacă programul permite, particip și aș dori să intervin" may be the
  // programme's room for the talk).
  const comesIf = (): boolean => {
    if (span.conditional !== true || !namesComing(analysis.clauses[span.clause]!.folded.slice(span.start, span.end))) return false;
    const condition = analysis.clauses.slice(0, span.clause).reverse().find((other) => other.sentence === sentence && opensCondition(other.folded));
    return condition !== undefined && findAll(SELF_CONDITIONS, condition.folded).length > 0;
  };
  if (spans.some((other) => SPEAKING.has(other.kind)) && !spans.some((other) => ANSWERS.has(other.kind)) && !comesIf()) return true;
  const clause = analysis.clauses[span.clause]!;
  // "Probabil vom interveni doar dacă este cazul" (h496_073), "I'd love to come on Monday and maybe briefly introduce my studio"
  // (h502_047): or right before a talk, limited or offered.
  if (clause.spans.some((other) => (other.kind === 'speakerNo' || SPEAKING.has(other.kind)) && other.start > span.start && /^\s*$/.test(clause.folded.slice(span.end, other.start)))) return true;
  // "… voi fi prezent și voi expune ideile în intervenția de 5 minute, dacă programul permite": a
  // condition right after the wish to speak conditions the talk, the nearest verb.
  const previous = analysis.clauses[span.clause - 1];
  if (
    previous?.sentence === sentence &&
    opensCondition(clause.folded) &&
    findAll(SELF_CONDITIONS, clause.folded).length === 0 &&
    !clause.spans.some((other) => ANSWERS.has(other.kind)) &&
    previous.spans.some((other) => SPEAKING.has(other.kind))
  ) {
    return true;
  }
  const next = analysis.clauses[span.clause + 1];
  if (!next || next.sentence !== sentence || next.contrast || !opensCondition(clause.folded)) return false;
  const answers = (spans: readonly Span[]): boolean => spans.some((other) => ANSWERS.has(other.kind));
  // "… dacă ne dai un slot de 5 minute, Cosmin poate spune câteva cuvinte": so does a colleague's talk.
  return !answers(clause.spans) && !answers(next.spans) && next.spans.some((other) => SPEAKING.has(other.kind));
}

/**
 * "We will attend with pleasure. Probably we will be two or three people, I will confirm the
 * names next week": doubt in a sentence about how many come or who ("two or three", "the
 * names") is about the party when the sender answers yes in another sentence.
 */
export function aboutParty(analysis: TextAnalysis, own: readonly ClauseSpan[], span: ClauseSpan): boolean {
  const sentence = analysis.clauses[span.clause]!.sentence;
  // "Venim, dar nu știm exact câți, probabil 2 sau 3 persoane": in the yes's own sentence, the
  // doubt counts as about the party only in a clause of its own that names the party.
  const clause = analysis.clauses[span.clause]!;
  // "Biblioteca va fi reprezentată la atelier, dar încă nu am stabilit de către cine": the
  // organisation's own answer stands like the sender's.
  const firm = (other: ClauseSpan): boolean => other.kind === 'yes' || other.kind === 'orgYes';
  // "participăm eu și cine mai e liber din echipă, probabil doi în total" (h480_004), "Kaunas 2022 will be there - me and
  // whoever from the team is free, probably two of us" (h480_013): a doubt whose clause is only a count is the count's.
  // The hedge is one of the locale's modal hedges (`modalHedges`), alone before the count or between "și" and the name.
  const hedgeOnly = whole(MODAL_HEDGES, analysis, span);
  if (hedgeOnly && !/[a-z0-9]/.test(clause.folded.slice(0, span.start)) && ONLY_A_COUNT.test(clause.folded.slice(span.end)) &&
    own.some((other) => (firm(other) || other.kind === 'othersYes') && other.clause < span.clause)) return true;
  // Brackets that hold a count and its doubt say nothing else: whatever the answer, it is not the one doubted.
  if (hedgeOnly && OPENS_BRACKET.test(clause.folded.slice(0, span.start)) && BRACKETED_COUNT_AFTER.test(clause.folded.slice(span.end))) return true;
  // "Venim eu, Ștefan și probabil Irina, dacă scapă de la o ședință" (h492_026): a doubt between "și" and the last name listed
  // after the sender's own yes is that person's.
  // Offsets are the folded text's; the original is read only where both have the same length.
  const nameAfter = clause.text.length === clause.folded.length && ONE_NAME_AFTER.test(clause.text.slice(span.end));
  if (hedgeOnly && nameAfter && AND_BEFORE.test(clause.folded.slice(0, span.start)) &&
    own.some((other) => firm(other) && other.clause < span.clause && analysis.clauses[other.clause]!.sentence === sentence)) return true;
  // "Eu sunt confirmată, iar colegul Mihnea Stoian probabil se alătură pentru partea a doua" (h595_077): a doubt after the
  // colleague who opens the clause after the sender's yes, with "iar" or "while", is the colleague's.
  const beside = BESIDE_RELATION.exec(clause.folded);
  if (hedgeOnly && beside !== null && beside[0].length <= span.start &&
    own.some((other) => firm(other) && other.clause < span.clause && analysis.clauses[other.clause]!.sentence === sentence)) return true;
  // "particip eu și probabil și un coleg de la dezvoltare" (h604_012): a doubt between "și" and a colleague after the sender's yes.
  if (hedgeOnly && AND_BEFORE.test(clause.folded.slice(0, span.start)) && COLLEAGUE_AFTER.test(clause.folded.slice(span.end)) &&
    own.some((other) => firm(other) && other.clause === span.clause && other.end <= span.start)) return true;
  // "Venim de la Hub: eu sigur, probabil și Alexandra." (h595_060): a doubt opening a clause of "și" and one name only.
  if (hedgeOnly && nameAfter && !/[a-z0-9]/.test(clause.folded.slice(0, span.start)) && AND_OPENS.test(clause.folded.slice(span.end)) &&
    own.some((other) => firm(other) && other.clause < span.clause && analysis.clauses[other.clause]!.sentence === sentence)) return true;
  if (!clause.question && own.some((other) => firm(other) && other.clause !== span.clause) && findAll(PARTY_CUES, clause.folded).length > 0) return true;
  // "Da, intru pe Zoom la 11. Probabil mă conectez și cu Alina de la noi" (h613_015): a doubt over coming with someone, after the
  // sender's yes in a sentence before, is about the one brought (a name, or a companion the tables know).
  const comingWith = hedgeOnly && !clause.question ? COMING_WITH.exec(clause.folded.slice(span.end)) : null;
  if (comingWith && own.some((other) => firm(other) && analysis.clauses[other.clause]!.sentence < sentence)) {
    const at = span.end + comingWith[0].length;
    if ((clause.text.length === clause.folded.length && /^\p{Lu}/u.test(clause.text.slice(at))) || findAll(COMPANION, clause.folded).some((match) => match.start >= span.end)) return true;
  }
  const previous = analysis.clauses[span.clause - 1];
  // "Vin eu și poate și Sergiu, depinde dacă termină raportul" (h576_062): a bare doubt right after the sender's yes that ends
  // on a companion hedged is the companion's.
  const hedgedAt = previous?.sentence === sentence && span.start === 0 && clause.spans.length === 1 && !clause.question ? previous.folded.search(HEDGED_COMPANION_END) : -1;
  if (hedgedAt >= 0 && own.some((other) => firm(other) && other.clause === span.clause - 1 && other.start < hedgedAt)) return true;
  // "Vin eu și, dacă găsesc pe cineva care să rămână la magazin, și soția" (h576_094): a condition set between the sender's
  // "și" and the companion it adds is the companion's.
  const following = analysis.clauses[span.clause + 1];
  if (previous?.sentence === sentence && following?.sentence === sentence && AND_AFTER.test(previous.folded) && AND_OPENS.test(following.folded) &&
    opensCondition(clause.folded) && own.some((other) => firm(other) && other.clause === span.clause - 1)) return true;
  // "Va participa o persoană, încă nu știu cine — fie eu, fie colegul, în funcție de program": a
  // doubt going on from such a clause, with no "but" between, is about the party too.
  const firmAt = own.filter((other) => firm(other) && other.clause < span.clause && analysis.clauses[other.clause]!.sentence === sentence).map((other) => other.clause);
  if (!clause.question && !clause.contrast && firmAt.length > 0) {
    const firstFirm = Math.min(...firmAt);
    // "Vom veni 2-3 persoane de la noi, încă nu știu exact" (h228_043): the yes's own clause may name the party
    // by a count, when all the clause after it says is that the count is not sure (`countDoubts`);
    // a deferral after it ("Vom fi 2-3 persoane, vă anunț până vineri") still defers the answer.
    for (let index = span.clause - 1; index >= firstFirm; index--) {
      const before = analysis.clauses[index]!;
      if (before.question) break;
      const cues = findAll(PARTY_CUES, before.folded);
      if (index === firstFirm ? cues.some((cue) => COUNT.test(cue.text)) && findAll(COUNT_DOUBTS, clause.folded).length > 0 : cues.length > 0) return true;
      if (before.contrast) break;
    }
  }
  if (!own.some((other) => firm(other) && analysis.clauses[other.clause]!.sentence !== sentence)) return false;
  // "Vin eu, iar colegul meu, Sebastian, dacă reușește să se elibereze. Vă anunț." (h228_070), "Eu sigur vin. Mai vede și
  // colegul meu, Marius, dacă se poate elibera - vă anunț" (h241_028): a bare doubt right after a clause that ends on a
  // colleague's condition is about the colleague, when the sender's own yes came before.
  const before = analysis.clauses[span.clause - 1];
  if (span.start === 0 && clause.spans.length === 1 && !clause.question && before && own.some((other) => firm(other) && other.clause < span.clause - 1) &&
    findAll(RELATIONS, before.folded).some((relation) => findAll(CONDITION_WORDS, before.folded).some((word) => word.start > relation.start))) return true;
  // "Da, particip. … Mai vine cu mine și Irina de la comunicare, probabil." (h467_019): a bare doubt closing the sentence of
  // a companion brought along is about that companion, when the sender's own yes came in a sentence before.
  if (span.start === 0 && clause.spans.length === 1 && !clause.question && before?.sentence === sentence && !/\p{L}/u.test(clause.folded.slice(span.end)) &&
    findAll(COMPANION, before.folded).length > 0) return true;
  return analysis.clauses.some((clause) => clause.sentence === sentence && !clause.question && findAll(PARTY_CUES, clause.folded).length > 0);
}

/**
 * Whether a question asks anything but leave to speak: "Could I also have 5 minutes to
 * present our scheme?" presumes coming and leaves a wish to come standing.
 */
export function asksBesidesSpeaking(analysis: TextAnalysis): boolean {
  const speaking = new Set(analysis.clauses.filter((clause) => clause.spans.some((span) => span.kind === 'speakerYes')).map((clause) => clause.sentence));
  // Listening said in a clause of its own, not the manner of a wish ("aș vrea să particip ca observator … Se poate?" asks leave to come).
  const listening = new Set(analysis.clauses.filter((clause) => clause.spans.some((span) => span.kind === 'speakerNo') && !clause.spans.some((span) => ANSWERS.has(span.kind))).map((clause) => clause.sentence));
  // "As vrea sa particip, dar as avea o intrebare: se elibereaza certificat de participare?" (h250_009): the question mark
  // ends the whole sentence, so the wish before the question is asked with it; the question presumes coming.
  const presuming = new Set(analysis.clauses.filter((clause) => findAll(PRESUMING_QUESTIONS, clause.folded).length > 0).map((clause) => clause.sentence));
  // "…și să prezint pe scurt proiectul, câteva slide-uri. Se poate?": a bare "is it OK?" right
  // after the wish to speak asks about that.
  return analysis.clauses.some(
    (clause) =>
      clause.question &&
      !speaking.has(clause.sentence) &&
      !(speaking.has(clause.sentence - 1) && (bareTag(analysis, clause.sentence) || findAll(TALK_FOLLOW_UPS, clause.folded).length > 0)) &&
      // "… but I'm afraid I'll have to listen only. Is that all right?" (h471_058): or about listening only.
      !(listening.has(clause.sentence - 1) && bareTag(analysis, clause.sentence)) &&
      // "I'd love to join. Is it OK if I bring my business partner Alina?" (h247_017): a question that presumes coming.
      !presuming.has(clause.sentence) &&
      !leaveToSpeak(analysis, clause.sentence, speaking),
  );
}

/**
 * "Would it be possible for me to briefly mention the grants we are opening? Two minutes would
 * be plenty": a request for leave about nothing of the event itself, whose next sentence says
 * how long the sender would speak, asks to speak.
 */
function leaveToSpeak(analysis: TextAnalysis, sentence: number, speaking: ReadonlySet<number>): boolean {
  if (!speaking.has(sentence + 1) || analysis.sentences[sentence + 1]?.question) return false;
  const clauses = analysis.clauses.filter((clause) => clause.sentence === sentence);
  if (clauses.length === 0 || findAll(SELF_REQUEST, clauses[0]!.folded).length === 0) return false;
  return clauses.every((clause) => !clause.spans.some((span) => ANSWERS.has(span.kind)) && findAll(EVENT_CUES, clause.folded).length === 0);
}

/** Whether a sentence is only a tag question ("Is it OK?", "Se poate?", "Would that be ok?"). */
export function bareTag(analysis: TextAnalysis, sentence: number): boolean {
  const text = analysis.sentences[sentence]?.text;
  return text !== undefined && isTagQuestion(text);
}

const LINK_REQUESTS = compileStickyPhrases(LOCALES.flatMap((l) => l.linkRequests));

/**
 * Whether every question of the text asks to be sent the link (or put on the list), before or after the answer, or asks
 * about parking or the like and not about coming ("Aș dori să particip … Se poate parca undeva lângă primărie?", h611_015).
 */
export function asksOnlyForLink(analysis: TextAnalysis): boolean {
  const asking = new Set(analysis.clauses.filter((clause) => clause.question).map((clause) => clause.sentence));
  // Before the answer too: "Poți să mă adaugi în lista de invitați pentru Zoom? Aș vrea să particip și eu" (h454_037).
  const practical = (clause: Clause): boolean => findAll(LOGISTICS, clause.folded).length > 0 && !clause.spans.some((span) => ANSWER_KINDS.has(span.kind));
  const linkAsked = new Set(analysis.clauses.filter((clause) => asking.has(clause.sentence) && (findAll(LINK_REQUESTS, clause.folded).length > 0 || practical(clause))).map((clause) => clause.sentence));
  return [...asking].every((sentence) => linkAsked.has(sentence));
}
