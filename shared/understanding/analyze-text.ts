import { joinAppositions } from './apposition';
import { opensCondition, opensFallback, scopeCompanionDoubts, scopeNamedSubjects, scopeReportedSpeech, scopeFieldValues, scopeFrontedConditions, scopeOccasionAnaphors, scopeButtonMistakes, scopeSpeakingOffers, scopeTalkConditions, scopeElidedTalkRefusal, scopeHedgedTalk, scopeInterestYes, scopeColleagueSubject } from './clause-scope';
import { ANSWER_KINDS, BARE_CONFIRMATION, CONDITIONAL, escape, NEGATOR } from './clause-words';
import { LOCALES } from './intent-locales';
import { compileGroupedPhrases, compileStickyPhrases, findAll, WORD_END, wordStarts } from './phrase-table';
import type { IntentLocale } from './phrase-table';
import { isTagQuestion, splitSentences, type Sentence } from './sentences';
import {
  comesEitherWay,
  scopeBareNo,
  scopeBareTakeBacks,
  scopeConditionalSequel,
  scopeCorrections,
  scopeCounterfactualWish,
  scopeGladYesBeforeRemark,
  scopeIronicYes,
  scopeLaterJoin,
  scopeLogisticsYes,
  scopeMailRemarkYes,
  scopeMissent,
  scopeRegretAfterGladYes,
  scopeRegretYes,
  scopeRelativeComer,
  scopeRelativeRefusal,
  scopeRestatedQuestion,
  scopeSentenceAdverbs,
  scopeSharedSubject,
  scopeTagAnswer,
} from './sentence-scope';
import { matchKey, normalizeRomanian } from './text-normalize';
import { withoutTrailingSignOff } from './trim-closing';
import { typoCorrector } from './typos';

export { LOCALES } from './intent-locales';
export { matchKey } from './text-normalize';

export type SpanKind =
  | 'yes'
  | 'wish'
  | 'no'
  | 'maybe'
  | 'softYes'
  | 'othersYes'
  | 'orgYes'
  | 'substitute'
  | 'handover'
  | 'othersMaybe'
  | 'requestCondition'
  | 'otherOccasion'
  /** A hedge on a talk, not on coming ("Poate zic și eu ceva"): doubts the wish to speak only. */
  | 'talkHedge'
  | 'difficulty'
  | 'weakYes'
  | 'weakNo'
  | 'excuses'
  | 'neutral'
  | 'speakerYes'
  | 'othersSpeaker'
  | 'speakerNo';

export interface Span {
  kind: SpanKind;
  /** Offsets in the clause's folded text. */
  start: number;
  end: number;
  /** The words as the person wrote them. */
  text: string;
  /** A `yes` turned into `no` (speakerYes into speakerNo, othersSpeaker into neutral) by a negation before it. */
  negated: boolean;
  /** A refusal of a part only ("nu pot ajunge la timp"): a constraint, not an answer. */
  partial: boolean;
  /** An answer made `maybe` by a condition over it ("Vin dacă nu plouă"), not a doubt said as one. */
  conditional?: boolean;
}

export interface Clause {
  /** As written (NFC, cedillas folded). */
  text: string;
  /** Matching key of `text`: same length when possible. */
  folded: string;
  /** Part of a sentence that asks something: its phrases answer nothing. */
  question: boolean;
  /** Opens with "dar"/"but": what follows contrasts with what came before. */
  contrast: boolean;
  sentence: number;
  spans: Span[];
}

/** What the reader knows of the meeting beside the reply's words. */
export interface AnalyzeOptions {
  /** The hours the meeting starts at, from the quoted invitation; asked only when a refusal names an hour. */
  meetingHours?: () => readonly number[];
}

export interface TextAnalysis {
  clauses: Clause[];
  /** Sentences as written, for notes. */
  sentences: Sentence[];
}

// Priority when two spans have the same length: what masks wins over what answers.
/** The kinds phrases are matched as (a `talkHedge` is only ever made from a `maybe`, by a scope). */
type MatchedKind = Exclude<SpanKind, 'talkHedge'>;
const KIND_ORDER: readonly MatchedKind[] = [
  'neutral', 'speakerNo', 'speakerYes', 'othersSpeaker', 'substitute', 'handover', 'othersMaybe', 'requestCondition', 'otherOccasion',
  'maybe', 'no', 'wish', 'orgYes', 'yes', 'othersYes', 'softYes', 'excuses', 'difficulty', 'weakNo', 'weakYes',
];
/** Kinds that say "I (or someone) will come"; negation, conditions and difficulty act on them. */
const AFFIRMATIVE: ReadonlySet<SpanKind> = new Set(['yes', 'wish', 'softYes', 'othersYes', 'orgYes']);
/** The sender's own answers: inside another's answer they make it the sender's too. */
const OWN_ANSWERS: ReadonlySet<SpanKind> = new Set(['yes', 'wish', 'softYes']);
const PRIORITY = new Map<SpanKind, number>(KIND_ORDER.map((kind, index) => [kind, index]));
const typos = typoCorrector(() => LOCALES.flatMap((l) => l.typoTargets));
let shorthand: { words: Map<string, string>; pattern: RegExp } | null = null;
// "Confirm ✅ 2 pers", "nu pot la 11 😕 sorry": an emoji between words is no word, so it must
// not break a phrase. Blanked to spaces of the same length, so span offsets stay those of the text.
const EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]+/gu;
const blank = (emoji: string): string => ' '.repeat(emoji.length);
/** Typing slips, then words typed in a hurry ("sry cant make it") spelled as the tables spell them. */
function correctTypos(key: string): string {
  return expandShorthand(typos(key.replace(EMOJI, blank)));
}

/**
 * Words typed in a hurry ("pt", "colegu", "cant") spelled out as the locale tables spell them (`shorthand`), on
 * folded text. Shared with the headcount reader, whose companion phrases spell "pentru" and "colegul" out too.
 */
export function expandShorthand(key: string): string {
  if (shorthand === null) {
    const words = new Map(LOCALES.flatMap((l) => Object.entries(l.shorthand)));
    shorthand = { words, pattern: new RegExp(`(?<![a-z0-9'-])(?:${[...words.keys()].map(escape).join('|')})(?![a-z0-9'-])`, 'g') };
  }
  const { words, pattern } = shorthand;
  return key.replace(pattern, (word) => words.get(word) ?? word);
}

/** A number in digits or words (any locale), for `#` in phrases. */
export const NUMBER_SOURCE = numberSource(LOCALES);
// Small lists that rarely meet at one word share a matcher (one regex run per word instead of seven).
const SHARED_KINDS: readonly MatchedKind[] = [
  'substitute', 'handover', 'requestCondition', 'otherOccasion', 'othersYes', 'orgYes', 'softYes', 'difficulty', 'othersSpeaker',
];
// Not `othersMaybe`: in a shared group the first phrase to match at a start ends the search there, so "Colegul meu Petrică
// ar putea participa și el" (h522_071) was taken by the longer othersYes phrase and the doubt never seen; on its own, the
// doubt meets the yes in `resolveOverlaps`, where it wins.
// One pass for all kinds: each kind outside SHARED_KINDS is its own group (a match of its own
// at any start), the shared kinds one group (at most one of them per start, the longest).
const SPAN_MATCHER = compileGroupedPhrases<MatchedKind>(
  [
    // An absence told after the event is read as neutral words (its refusal no answer); `decideIntent` looks for it again.
    ...KIND_ORDER.filter((kind) => !SHARED_KINDS.includes(kind)).map((kind) => [
      { tag: kind, phrases: LOCALES.flatMap((locale) => (kind === 'neutral' ? [...locale.neutral, ...locale.pastAbsences] : locale[kind])) },
    ]),
    SHARED_KINDS.map((kind) => ({ tag: kind, phrases: LOCALES.flatMap((locale) => locale[kind]) })),
  ],
  NUMBER_SOURCE,
);

/**
 * Whether folded text holds a phrase of wanting to speak, even one another phrase masks in its clause ("nu știu încă dacă vom
 * interveni"): read with the span matcher already built, not a second copy of the speaking phrases.
 */
export function mentionsSpeaking(folded: string): boolean {
  return SPAN_MATCHER.matchAt(folded, wordStarts(folded)).some((match) => match.tag === 'speakerYes');
}

const PARTIAL = compileStickyPhrases(LOCALES.flatMap((l) => l.partial), NUMBER_SOURCE);
const QUESTION_START = new RegExp(
  `^[^a-z0-9]*(?:${LOCALES.flatMap((l) => l.questionStarts).map(escape).join('|')})${WORD_END}`,
);
const SELF_REQUEST = new RegExp(`^[^a-z0-9]*(?:${LOCALES.flatMap((l) => l.selfRequests).map(escape).join('|')})${WORD_END}`);
// "…instead of 5? Otherwise I'm not sure it makes sense to travel": a sentence going on from a question.
const QUESTION_SEQUEL = compileStickyPhrases(LOCALES.flatMap((l) => l.questionSequels).map((phrase) => `^${phrase}`));
const LIST_REQUEST = compileStickyPhrases(LOCALES.flatMap((l) => l.listRequests));
const GREETING_HEAD = /^(?:buna ziua|buna|salut|hello|hi|dear [a-z]+|draga [a-z]+) /;
/**
 * A question that answers as it asks (`text` of a sentence with "?"): "Sigur, de ce nu?" (a rhetorical tag), "Mă puteți trece
 * și pe mine pe listă?" (the list asked to be on). Folded once, only for questions.
 */
function answersAsItAsks(text: string): boolean {
  const bare = matchKey(text).replace(/[^a-z0-9'-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return findAll(RHETORICAL_YES, bare).length > 0 || findAll(LIST_REQUEST, bare.replace(GREETING_HEAD, '')).length > 0;
}
const RHETORICAL_YES = compileStickyPhrases(LOCALES.flatMap((l) => l.rhetoricalYes).map((phrase) => `^${phrase}$`));
const CONDITIONAL_SEQUEL = compileStickyPhrases(LOCALES.flatMap((l) => l.conditionalSequels).map((phrase) => `^${phrase}`));
const ADMISSION_QUESTION = compileStickyPhrases(LOCALES.flatMap((l) => l.admissionQuestions));
// Negation and a condition do not reach across a coordination ("nu am primit agenda și particip") nor a relative
// pronoun ("va participa colegul meu, conf. dr. Radu Stanciu, care vă va contacta … dacă are nevoie de detalii", h311_048:
// the condition is the relative clause's).
const SCOPE_BREAK = /(?<![a-z0-9])(?:si|iar|deci|apoi|care|and|so|then|therefore|who)(?![a-z0-9])/g;
const SCOPE_BREAK_TEST = new RegExp(SCOPE_BREAK.source);
/** Every condition word of a stretch, counted. */
const CONDITIONS = new RegExp(CONDITIONAL.source, 'g');
// An hour, and a part of the event, in the reason before a refusal ({@link isPartial}).
const HOUR_ONLY = /(?<![a-z0-9])(?:ora|at|la) \d{1,2}(?:[:.]\d{2})?(?![0-9])|\d{1,2}[:.]\d{2}/;
// A part of the day a reason is set in: "miercuri dimineața am inspecții programate … și nu voi putea participa".
const DAYTIME_ONLY = /(?<![a-z0-9])(?:dimineata|dupa-amiaza|dupa amiaza|in the morning|in the afternoon)(?![a-z0-9])/;
// Not one the sender has elsewhere: "miercuri la ora 11 am un workshop cu un client și nu pot să particip" (h335_005).
const EVENT_PART = /(?<![a-z])(?<!(?:am|avem|have|has|got) (?:un|o|a|an|alt|alta|another|other) )(?:sesiun|atelier|partea|prima parte|a doua parte|pauza|session|workshop|part of|first part|second part)/;
// A reason after a refusal: what it names ("in the morning") is why, not which part.
// "as I am in Stuttgart for the whole week": "as" opens a reason only before its subject ("as a guest" is not one).
const REASON = /(?<![a-z0-9])(?:because|since|pentru ca|deoarece|fiindca|intrucat|caci|as(?=\s+(?:i|we|my|our)(?![a-z0-9])))(?![a-z0-9])/;
const CONTRAST = contrastSource([]);
// Clause boundaries: punctuation inside a sentence, and before a contrasting conjunction.
// Not before a bare "yet", mostly an adverb ("not sure yet whether…", "can't yet confirm");
// after a comma it still opens a contrast. Nor before "numai ca", mostly "only as" ("dar numai ca auditor", h32_008).
const SPLIT_CONTRAST = contrastSource(['yet', 'numai ca']);
// "Nu voi putea totuși să particip" (h379_044): "totuși" before "să" is inside the verb, no contrast opening a clause.
// "Dacă totuși reușesc, intru pe link" (h522_068): nor right after "dacă", where it only stresses the condition.
// "Trimit în schimb două colege" (h586_083): "în schimb" right after the verb of sending is inside the clause.
const CLAUSE_SPLIT = new RegExp(`\\s*(?:[,;]|(?<!\\d):|:(?!\\d))\\s*|\\s+(?:[-–—]|--)\\s+|(?<!(?:^|\\s)(?:dacă|daca|if))\\s+(?!(?:totuși|totusi)\\s+(?:să|sa)\\s)(?!(?:în|in)\\s+schimb(?<=(?:^|\\s)(?<!(?:nu|n-)\\s*)(?:trimit|trimitem|delegăm|delegam|delegez)\\s+(?:în|in)\\s+schimb))(?=(?:${SPLIT_CONTRAST})(?![A-Za-z0-9]))`, 'i');
const CONTRAST_START = new RegExp(`^(?:${CONTRAST})${WORD_END}`);
// "Trimit însă pe colega mea Irina Vlad" (h394_029): "însă" second in its clause contrasts the whole clause; split there, it
// would leave "Trimit" alone and "pe colega mea" without its verb. Moved to the front, it opens the clause. Not "totuși":
// "Vin totuși dacă …" takes an answer back, which the change-of-mind phrases read in that order.
// So after an auxiliary and its verb ("Voi fi însă prezent", h423_082), and "however" after an English subject and
// auxiliary ("I will however attend", h423_090).
const SECOND_CONTRAST = /(^|[,;:]\s*)((?:(?:voi|vom|vor|va|o să|o sa)\s+)?[A-Za-zÀ-ɏ]+|(?:i|we)\s+(?:will|shall|can|would|do|am|are))\s+(însă|insa|however)\s+(?=\S)/gi;
function frontContrast(text: string): string {
  return text.replace(SECOND_CONTRAST, '$1$3 $2 ');
}
const ENDS_WITH_PUNCTUATION = /[.!…]["'”»)\]]*$/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]+/g;


/** The contrast conjunctions as alternatives; "instead of me" is a phrase, not a contrast. */
function contrastSource(skip: readonly string[]): string {
  return LOCALES.flatMap((l) => l.contrast)
    .filter((word) => !skip.includes(word))
    .sort((a, b) => b.length - a.length)
    .map((word) => (word === 'instead' ? 'instead(?!\\s+of(?![a-z]))' : escape(word)))
    .join('|');
}

function numberSource(locales: readonly IntentLocale[]): string {
  const words = locales.flatMap((l) => Object.keys(l.details.numberWords)).sort((a, b) => b.length - a.length);
  return ['\\d{1,2}', ...words.map(escape)].join('|');
}

/** Runs of more than three spaces: a table's cell gap keeps three (headcount reads columns by it). */
const LONG_SPACE_RUN = / {4,}/g;

/**
 * Normalises a reply for analysis: NFC, comma-below letters, plain spaces and apostrophes, and
 * long space runs cut to three, so no rule that looks across blanks meets thousands of them
 * (a reply padded with 19k spaces took minutes in one headcount tail).
 */
/**
 * The dash inside a European Capital of Culture's name ("Asociația Timișoara 2021 – Capitală Europeană a Culturii participă:
 * …", h588_069, h594_039) cuts no clause: the verb after the name is the association's.
 */
const TITLE_DASH = /(\S)\s+[–—-]\s+(?=Capital[ăa] European[ăa]|European Capital)/gu;

const ASKED_PE = /^(?:i-am|l-am|le-am|am) rugat pe /;
const SENT_TO_PE = /^(?:iti|va|ti|v-o|ti-o|vi-l|ti-l) (?:trimit|trimitem) (?:in schimb |in locul meu |)pe$/;
const SENT_PERSON_AFTER = /^\s+(?:(?:colegul|colega|doamna|domnul|dl\.?|dna\.?|d-na|d-l|stagiarul|stagiara|asistentul|asistenta)\s+)?(?!(?:Mail|Email|E-mail|WhatsApp|Whatsapp|Zoom|Teams|Messenger|Facebook|Skype|Drive|Google)(?!\p{L}))\p{Lu}\p{Ll}+/u;

export function normalizeReply(text: string): string {
  return normalizeRomanian(text).replace(INVISIBLE, '').replace(SPACES, ' ').replace(LONG_SPACE_RUN, '   ').replace(/\r\n?/g, '\n');
}

/**
 * Splits a reply into sentences and clauses and finds every phrase of the locale tables in
 * them, resolving overlaps (the longer phrase wins), negation ("nu" + a yes phrase) and
 * partial refusals. Shared by intent and details so the text is matched once.
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}): TextAnalysis {
  const sentences = splitSentences(withoutTrailingSignOff(normalizeReply(text)));
  const clauses: Clause[] = [];
  const hanging = new Set<number>();
  // Where the previous sentence's clauses begin: they are clauses.slice(previousFirst, first).
  let previousFirst = 0;
  sentences.forEach((sentence, index) => {
    // "my deputy, Péter Kovács, will represent us": the name's commas cut no clause.
    const text = frontContrast(joinAppositions(sentence.text)).replace(TITLE_DASH, '$1 ');
    const parts = text.split(CLAUSE_SPLIT).filter((part) => part.trim() !== '');
    // "Sigur, de ce nu? :)" (h513_090): a yes with a rhetorical tag asks nothing.
    // "Ma puteti trece si pe mine pe lista?" (h523_027): the list asked to be on is a yes.
    const rhetorical = sentence.question && answersAsItAsks(text);
    const asks = !rhetorical && (sentence.question || (parts.length > 0 && !ENDS_WITH_PUNCTUATION.test(sentence.text) && QUESTION_START.test(matchKey(parts[0]!))));
    sentence.question = asks;
    // "I can't join live (other call) – will there be a recording?": a statement, then a
    // question after a dash or semicolon; only the question part asks.
    const stated = asks ? statedHead(text) : 0;
    // "Puteți să ni-l retrimiteți? Ca să ne dăm seama dacă are sens să venim": the purpose or the
    // alternative of a question hangs on its answer, so it answers nothing either.
    // "…interpretation? If so, I'll come. Otherwise I might send a colleague": sequels chain.
    // A request for leave ("May I bring a colleague? If so, count us as two") presumes the answer given.
    const previous = sentences[index - 1];
    const goesOn = previous !== undefined && (previous.question || hanging.has(index - 1));
    // "Mai pot să mă înscriu? Dacă da, particip": whether one may still come is leave asked too.
    const previousAsksLeave =
      goesOn && !ELIGIBILITY.test(matchKey(previous.text)) && (SELF_REQUEST.test(matchKey(previous.text)) || (previous.question && findAll(ADMISSION_QUESTION, matchKey(previous.text)).length > 0)) &&
      // "Putem să vorbim și noi 5 minute …? Dacă da, confirmăm" (h510_037): coming that hangs on leave to speak is no leave
      // presumed ("… to present? If it's not possible, I'll attend anyway" still comes either way).
      !(clauses.slice(previousFirst).some((clause) => clause.spans.some((span) => span.kind === 'speakerYes')) && parts.length > 0 && findAll(CONDITIONAL_SEQUEL, matchKey(parts[0]!)).length > 0);
    // After leave asked, "If so, count us as two" / "Dacă da, venim doi" presumes it given: the
    // bare "if so" conditions nothing ("if not" is the fallback and stays).
    let leaveGranted = false;
    if (previousAsksLeave && !asks && parts.length > 1) {
      const key = matchKey(parts[0]!);
      const granted = findAll(QUESTION_SEQUEL, key)[0];
      if (granted && /^[^a-z0-9]*$/.test(key.slice(granted.end)) && !opensFallback(key)) {
        parts.shift();
        leaveGranted = true;
      }
    }
    const sequelMatch = !asks && goesOn && !previousAsksLeave && parts.length > 0 && !APART_FROM_THAT.test(matchKey(text))
      ? findAll(QUESTION_SEQUEL, matchKey(parts[0]!))[0]
      : undefined;
    // "Îmi puteți trimite linkul? Altfel nu pot participa": after a request, what happens if it fails hangs on the answer too.
    const fallbackAfterRequest = previousAsksLeave && !asks && parts.length > 0 && LEAVE_FALLBACK.test(matchKey(parts[0]!)) && !APART_FROM_THAT.test(matchKey(text));
    const sequel = sequelMatch !== undefined || fallbackAfterRequest;
    // A sequel standing alone before a comma ("If so, I'll come", "Dacă da, vin") governs its
    // whole sentence; one going on in its clause ("Otherwise all good, see you Tuesday!") only that clause.
    // "If so, I will pass this time. If there is interpretation, count me in" (h381_057): a condition opening a sequel governs its sentence.
    const whole = fallbackAfterRequest || (sequel && (/^[^a-z0-9]*$/.test(matchKey(parts[0]!).slice(sequelMatch!.end)) || opensCondition(matchKey(parts[0]!))));
    if (sequel) hanging.add(index);
    const first = clauses.length;
    let offset = 0;
    parts.forEach((part, partIndex) => {
      offset = text.indexOf(part, offset);
      const partAsks = (sequel && (whole || partIndex === 0)) || (asks && !(offset >= 0 && offset < stated));
      if (offset >= 0) offset += part.length;
      let clauseText = part.trim();
      // The conjunction only marks the contrast; without it, "^vin" matches "dar vin".
      let key = matchKey(clauseText);
      const opener = CONTRAST_START.exec(key);
      if (opener) {
        clauseText = clauseText.slice(opener[0].length).trim();
        key = matchKey(clauseText);
      }
      const folded = correctTypos(key);
      clauses.push({
        text: clauseText,
        folded,
        question: partAsks,
        contrast: opener !== null,
        sentence: index,
        spans: findSpans(clauseText, folded, options.meetingHours),
      });
    });
    // "Mai pot confirma? Dacă da, aș participa" (h376_041): the presumed leave carries a firm answer, a wish stays conditional.
    if (leaveGranted) {
      for (const clause of clauses.slice(first)) {
        for (const span of clause.spans) {
          if (span.kind !== 'wish' || span.negated) continue;
          span.kind = 'maybe';
          span.conditional = true;
        }
      }
    }
    // "Is there an English interpretation? If so, I'll join" (h510_040): an answer given on the organiser's yes is a maybe.
    // One who answered before asking ("Da, vin! Pot aduce și un stagiar? Dacă da, suntem 2") only adds to that answer.
    // Read only for such a sequel: scanning every clause before each sentence would be quadratic on a long reply.
    if (sequelMatch !== undefined && whole && !asks && findAll(CONDITIONAL_SEQUEL, matchKey(parts[0]!)).length > 0) {
      const answeredBefore = clauses.slice(0, first).some((clause) => !clause.question && clause.spans.some((span) => ANSWER_KINDS.has(span.kind)));
      scopeConditionalSequel(clauses.slice(first), !answeredBefore);
    }
    // A confirming tag asks about the statement's last part only: "Pot participa doar online, nu?" (h212_036) asks,
    // "I will be there on Zoom, 11h Romanian time = 10h for us, right?" (h71_088) answers and asks about the time.
    if (sentence.confirmed && clauses.length > first) clauses[clauses.length - 1]!.question = true;
    const previousClauses = clauses.slice(previousFirst, first);
    previousFirst = first;
    const fallbackYes = previous?.question === true && previousAsksLeave && !asks && parts.length > 1 && comesEitherWay(previousClauses, clauses.slice(first));
    scopeRestatedQuestion(clauses.slice(first));
    if (!fallbackYes) scopeFrontedConditions(clauses.slice(first));
    scopeOccasionAnaphors(clauses.slice(first));
    scopeCompanionDoubts(clauses.slice(first));
    scopeNamedSubjects(clauses.slice(first));
    scopeReportedSpeech(clauses.slice(first));
    scopeFieldValues(clauses.slice(first), text);
    scopeSpeakingOffers(clauses.slice(first));
    scopeTalkConditions(clauses.slice(first));
    scopeElidedTalkRefusal(clauses.slice(first));
    scopeHedgedTalk(clauses.slice(first));
    scopeColleagueSubject(clauses.slice(first));
    scopeButtonMistakes(clauses.slice(first));
    scopeBareNo(clauses.slice(first), sentences[index + 1]?.text);
    scopeCorrections(clauses.slice(first));
    scopeLaterJoin(clauses.slice(first));
    scopeRelativeComer(clauses.slice(first));
    scopeLogisticsYes(clauses.slice(first));
    scopeMailRemarkYes(clauses.slice(first));
    scopeSharedSubject(clauses.slice(first));
    scopeIronicYes(clauses.slice(first));
    scopeRegretYes(clauses.slice(first));
    scopeRelativeRefusal(clauses.slice(first));
    scopeSentenceAdverbs(clauses.slice(first));
    if (previous?.question === true && isTagQuestion(previous.text)) scopeTagAnswer(clauses.slice(first), previousClauses);
  });
  scopeMissent(clauses);
  scopeBareTakeBacks(clauses);
  scopeRegretAfterGladYes(clauses);
  scopeInterestYes(clauses);
  scopeCounterfactualWish(clauses);
  scopeGladYesBeforeRemark(clauses);
  return { clauses, sentences };
}


const QUESTION_ANNOUNCEMENTS = compileStickyPhrases(LOCALES.flatMap((l) => l.questionAnnouncements));

/**
 * Whether a clause (folded) only announces a question ("dar aș avea o întrebare", "I have a quick question"): a "but"
 * that opens it refuses nothing.
 */
export function announcesQuestion(folded: string): boolean {
  return findAll(QUESTION_ANNOUNCEMENTS, folded).some((match) => match.start === 0 && /^[^a-z0-9]*$/.test(folded.slice(match.end)));
}
/**
 * Whether the sender may come at all, not whether there is still room: "Can I come even though I am not representing an
 * organisation? If yes, I will be there" (h378_041) is open until the organiser answers, not leave presumed (folded).
 */
const ELIGIBILITY = /(?<![a-z])(?:even though|even if|although|not representing|without representing|as a (?:private person|private individual|citizen|resident|student|freelancer|non-member)|ca (?:persoana fizica|cetatean|student|studenta|freelancer|persoana privata)|desi nu|fara sa reprezint|nu reprezint)(?![a-z])/;
/**
 * A fallback opening the sentence after a request ("Îmi puteți trimite linkul? Altfel nu pot participa"). Not "dacă nu"/"if
 * not": after "Is it too late to confirm?" it grants ("If not, please count me in", h142_046).
 */
const LEAVE_FALLBACK = /^[^a-z]*(?:altfel|altminteri|in caz contrar|otherwise)(?![a-z])/;
/**
 * "Îl puteți retrimite? Altfel vă confirm prezența" (h375_024), "… corect? Altfel sigur participăm" (h381_058): "altfel"
 * before a confirmation or a "sigur" is "apart from that", not the question's fallback ("Altfel nu pot veni").
 */
// "Altfel, confirm participarea" (h521_023): the comma after it splits no apart-from-that.
const APART_FROM_THAT = /^[^a-z]*(?:altfel|in rest)[\s,]+(?:(?:va |iti |)(?:confirm|confirmam)|sigur)(?![a-z])/;
const STRONG_BREAK = /\s+[-–—]\s+|\s*;\s*/g;
// "I shan't be able to make it, regrettably, but I wondered whether a written contribution might
// be useful?": a question opened by "but" asks only from there.
// Only at the start of a run of spaces and commas, so a long run is scanned once.
const ATTENDANCE_CONFIRMED = /^[^a-z]*(?:(?:buna ziua|buna|salut)[^a-z]+)?(?:va |iti |)(?:confirm|confirmam) (?:participarea|prezenta)(?: mea| noastra)?[^a-z]*$/;
const DOUBT_OPENS = /^(?:doar |numai |)(?:daca|if|o sa vedem|vom vedea|nu stiu|nu sunt sigur|poate|probabil|depinde)(?![a-z])/;
const CONTRAST_BREAK = new RegExp(`(?<![\\s,])[\\s,]+(?:${CONTRAST})\\s+`, 'gi');

/**
 * Where the statement before a question ends, when a sentence says something, then asks
 * after a dash or semicolon with a question word ("…, sorry – will there be a recording?");
 * 0 when the whole sentence asks.
 */
function statedHead(text: string): number {
  if (QUESTION_START.test(matchKey(text))) return 0;
  let last = 0;
  // "Aș vrea să particip, dar aș avea o întrebare: se eliberează certificat de participare?" (h250_009): the question
  // announced before a colon is what asks; the words before the announcement are said.
  for (const match of findAll(QUESTION_ANNOUNCEMENTS, matchKey(text))) {
    if (/^\s*:/.test(text.slice(match.end))) last = Math.max(last, match.start);
  }
  for (const match of text.matchAll(STRONG_BREAK)) {
    if (QUESTION_START.test(matchKey(text.slice(match.index + match[0].length)))) last = match.index;
  }
  for (const match of text.matchAll(CONTRAST_BREAK)) {
    // A question word opens the rest: a short head is enough, and keeps a long run of "but"s linear.
    const from = match.index + match[0].length;
    if (match.index > last && QUESTION_START.test(matchKey(text.slice(from, from + 80)))) last = match.index;
    // "am confirmat deja, dar linkul de Zoom e același?" (h374_057): a bare confirmation before the "but" is said, whatever is asked after it.
    // "Confirm participarea, dar vă rog să îmi spuneți dacă pot prezenta …?" (h605_010): so is a confirmation of attendance.
    // Not one a condition or a doubt follows: "Vă confirm prezența, dar doar dacă se ține online?".
    else if (match.index > last && match.index < 60 && (BARE_CONFIRMATION.test(matchKey(text.slice(0, match.index))) || (ATTENDANCE_CONFIRMED.test(matchKey(text.slice(0, match.index))) && !DOUBT_OPENS.test(matchKey(text.slice(from, from + 40)))))) last = match.index;
  }
  return last;
}

function findSpans(original: string, folded: string, meetingHours?: () => readonly number[]): Span[] {
  const sameLength = original.length === folded.length;
  const words = (start: number, end: number): string => (sameLength ? original : folded).slice(start, end);
  const starts = wordStarts(folded);
  const candidates: Span[] = [];
  // In start order: candidates of the same kind keep that order, the only one the sort below can see.
  for (const { start, end, tag } of SPAN_MATCHER.matchAt(folded, starts)) {
    candidates.push({ kind: tag, start, end, text: words(start, end), negated: false, partial: false });
  }
  const spans = resolveOverlaps(candidates);
  // "Mi-ar fi greu să ajung": the verb a difficulty governs is no answer.
  const difficulties = spans.filter((span) => span.kind === 'difficulty');
  for (const span of spans) {
    if (AFFIRMATIVE.has(span.kind) && difficulties.some((difficulty) => governs(folded, difficulty, span))) span.kind = 'neutral';
  }
  // "Mi-ar fi greu să ajung la 9": a difficulty with a part only is a constraint, like a partial refusal.
  for (const difficulty of difficulties) difficulty.partial = isPartial(folded, difficulty);
  applyNegation(folded, spans, words, meetingHours);
  // "we will send Mr. Ákos Tóth … instead" names who goes; "we will send Mr. Tóth's comments" sends something of his.
  for (const span of spans) {
    if (span.kind === 'substitute' && SENT_BY_TITLE.test(folded.slice(span.start, span.end)) && POSSESSIVE_NAME.test(folded.slice(span.end))) span.kind = 'neutral';
    // "Îți trimit pe Sorina din serviciu" (h604_048) sends her; "îți trimit pe mail observațiile" (h155_075) sends words: only a
    // capitalised name after "pe" that is no channel (the original's case, where folding kept the offsets).
    // "l-am rugat pe colegul meu Sebastian Munteanu să vă scrie dacă poate să vină" (h35_068): one asked, coming only if he can.
    if (span.kind === 'substitute' && ASKED_PE.test(folded.slice(span.start, span.end)) && CONDITIONAL.test(folded.slice(span.start, span.end))) span.kind = 'othersMaybe';
    // Nor one sent only "dacă e nevoie" (h93_028).
    if (span.kind === 'substitute' && SENT_TO_PE.test(folded.slice(span.start, span.end)) && (!(sameLength && SENT_PERSON_AFTER.test(original.slice(span.end))) || CONDITIONAL.test(folded.slice(span.end)))) span.kind = 'neutral';
    // "My colleague will not be able to replace me either" (h519_013): a stand-in refused right before brings no one.
    // Only right after it: "I can't attend so I will send my colleague Ana Pop instead" still sends her.
    if (span.kind === 'substitute' && spans.some((other) => other.kind === 'no' && other.end <= span.start && /^\s*$/.test(folded.slice(other.end, span.start)))) span.kind = 'neutral';
  }
  // "ora 10 e cam devreme pentru noi (venim de la Caransebeș)": a bare "we come" opening a
  // bracketed remark on where from explains the trip, it does not answer.
  for (const span of spans) {
    if ((span.kind === 'yes' || span.kind === 'softYes') && TRAVEL_ORIGIN_VERB.test(folded.slice(span.start, span.end)) && /\(\s*$/.test(folded.slice(Math.max(0, span.start - 8), span.start)) && TRAVEL_ORIGIN.test(folded.slice(span.end))) span.kind = 'neutral';
  }
  // "Vin dacă nu plouă", "dacă mai e nevoie să confirm participarea": an answer under a
  // condition in its own stretch of the clause is a hedge at most.
  for (const span of spans) {
    // A refusal phrase that holds its own condition contrary to fact ("dacă nu ar fi fix în ziua", "if it weren't for") is no hedge.
    if (span.kind === 'no' && CONDITIONAL.test(folded.slice(span.start, span.end))) continue;
    // "Vin eu și poate și colegul meu, Dragoș, dacă nu are client în ziua aia" (h602_017): a condition after a companion
    // only hoped for is that companion's.
    const companionsCondition = spans.some(
      (other) => other.kind === 'othersMaybe' && other.start >= span.end && !CONDITIONAL.test(folded.slice(span.end, other.start)) && CONDITIONAL.test(folded.slice(other.end)),
    );
    // "I and my colleague Marko will connect on the 17th and would like to say a few words … if there is time" (h615_014): a
    // condition after the talk offered is the talk's.
    // One condition only: "…, if there is time, if my flight lands on time" conditions the coming too.
    const talksCondition = spans.some(
      (other) => other.kind === 'speakerYes' && other.start >= span.end && !CONDITIONAL.test(folded.slice(span.end, other.start)) && (folded.slice(other.end).match(CONDITIONS) ?? []).length === 1,
    );
    if (companionsCondition || talksCondition) continue;
    if ((AFFIRMATIVE.has(span.kind) || span.kind === 'no') && !span.partial && CONDITIONAL.test(scopeOf(folded, span, spans))) {
      span.kind = 'maybe';
      span.conditional = true;
    }
  }
  // "Poate la următoarea sesiune vin și eu": answers beside another occasion are about that one.
  // Not one that says it is about this time ("nu pot de data asta 😕 poate la următorul atelier", h163_093).
  const occasions = spans.filter((span) => span.kind === 'otherOccasion');
  if (occasions.length > 0) {
    for (const span of spans) {
      if (ANSWER_KINDS.has(span.kind) && !THIS_TIME.test(folded.slice(span.start, span.end)) && occasions.some((occasion) => sameScope(folded, span, occasion))) span.kind = 'neutral';
    }
  }
  // "Marta won't be able to come after all, so it'll just be me": English puts the refusal's
  // subject before it, and a capitalised name there is someone else's (the tables see no case).
  if (sameLength) {
    for (const span of spans) {
      if (span.kind !== 'no') continue;
      // A negated yes ("won't" + "be able to come") starts after its negator.
      const before = original.slice(0, span.start);
      let subject = span.negated ? TRAILING_AUXILIARY.exec(before)?.[1] : AUXILIARY_NO.test(span.text) ? before : undefined;
      // Or an aside in brackets opened before it: "I (Rūta could not make it after all) will join instead" (h618_075).
      const open = subject?.lastIndexOf('(') ?? -1;
      if (subject !== undefined && open > subject.lastIndexOf(')')) subject = subject.slice(open + 1);
      if (subject !== undefined && (NAMED_SUBJECT.test(subject) || RELATION_SUBJECT.test(subject))) span.kind = 'neutral';
    }
    // "Please note that Marta Nowak, whom you cc'd, is on maternity leave and will not attend" (h193_059): a clause
    // opening on a third person's verb continues someone else's sentence; its refusal and reason are theirs.
    if (THIRD_PERSON_START.test(original) && !FIRST_PERSON_WORD.test(folded)) {
      for (const span of spans) if (span.kind === 'no' || span.kind === 'excuses' || span.kind === 'weakNo') span.kind = 'neutral';
    }
  }
  return spans;
}

/** A clause that so far is a name (one or two capitalised words), not an adverb ("Unfortunately", "Sadly", "Alas"). */
const NAMED_SUBJECT = /^[\s(]*(?:(?:and|but|so)\s+)?(?!(?:I|We|Alas|Sorry|Still|Also|So|Then|Now|Today|Tomorrow|Again|Maybe|Perhaps|Surely|Sadly|Regrettably|Unfortunately|Obviously|Honestly|Actually|Really|Thus|Hence|Therefore)\s)(?!\p{Lu}\p{Ll}+ly\s)\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+)?\s+$/u;
/**
 * One colleague, maybe named, as that subject: "Unfortunately my colleague Mateo won't be able to
 * join as he's travelling, so it's just me". Not "my colleague and I", nor "our team".
 * "My co-founder Sophie will not be able to make it" (h151_065).
 */
const RELATION_SUBJECT = /^[\s(]*(?:(?:and|but|so)\s+)?(?:\p{L}+ly,?\s+)?(?:[Mm]y|[Oo]ur)\s+(?:colleague|co-?worker|deputy|director|manager|boss|assistant|partner|business partner|co-?founder|associate|wife|husband|spouse|representative|team member)(?:,?\s+\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+)?,?)?\s+$/u;
/** An answer that names this occasion against the next one (folded, as the clause it is read from). */
const THIS_TIME = /(?<![a-z])(?:de data (?:asta|aceasta)|de aceasta data|this time)(?![a-z])/;
const AUXILIARY = "(?:won['’]t|will not|can['’]t|cannot|can not|couldn['’]t|could not|isn['’]t|is not|is unable|doesn['’]t|does not|wouldn['’]t|would not)";
/** A refusal that starts with its auxiliary, so its subject stands before it. */
const AUXILIARY_NO = new RegExp(`^${AUXILIARY}(?![a-z])`, 'i');
/** What stands before a negated phrase's auxiliary. */
const TRAILING_AUXILIARY = new RegExp(`^(.*?)${AUXILIARY}\\s+$`, 'is');

/** A clause opening on a verb of the third person singular, its subject in the clauses before ("… Marta Nowak, whom you cc'd, | is on leave …"). */
const THIRD_PERSON_START = /^\s*(?:is|has|was|isn't|hasn't|wasn't)\s/;
/** Not a non-native "(it) is not possible for me to come": the sender named in the clause. */
const FIRST_PERSON_WORD = /(?<![a-z'])(?:i|i'm|i'll|me|my|we|we'll|us|our)(?![a-z'])/;
const SENT_BY_TITLE = /\s(?:mr|mrs|ms|dr|prof|professor|mister|madam)$/;
const POSSESSIVE_NAME = /^\.?(?:\s+[^\s']+){1,3}?'s?(?![a-z0-9])/;
const TRAVEL_ORIGIN_VERB = /^(?:vin|venim|ajung|ajungem|coming|we come|we're coming|we are coming)$/;
const TRAVEL_ORIGIN = /^\s+(?:tocmai\s+|all the way\s+)?(?:de la|din|from)\s+[^\s)]+(?:\s+[^\s)]+)?\s*\)/;

/** Whether `frame` ends at most four words before `span`, with no coordination between them. */
function governs(folded: string, frame: Span, span: Span): boolean {
  if (frame.end > span.start) return false;
  const between = folded.slice(frame.end, span.start);
  return !SCOPE_BREAK_TEST.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= 4;
}

/** Whether no coordination ("și", "and") separates two spans of a clause. */
function sameScope(folded: string, a: Span, b: Span): boolean {
  const between = folded.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  return !SCOPE_BREAK_TEST.test(between);
}

/** The longer phrase wins an overlap, except that a hedge always beats an answer. */
function resolveOverlaps(candidates: Span[]): Span[] {
  // "Nu văd de ce nu :)": a neutral double negative masks the words inside a longer clause, but
  // where a yes phrase takes the very same words (a whole-clause answer) the answer stands.
  const yesAt = new Set(candidates.filter((span) => span.kind === 'yes').map((span) => `${span.start}:${span.end}`));
  if (yesAt.size > 0) candidates = candidates.filter((span) => span.kind !== 'neutral' || !yesAt.has(`${span.start}:${span.end}`));
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY.get(a.kind)! - PRIORITY.get(b.kind)!);
  let accepted: Span[] = [];
  for (const span of candidates) {
    const clashes = accepted.filter((other) => span.start < other.end && other.start < span.end);
    if (clashes.length === 0) accepted.push(span);
    // In "I may be able to join", "may be able to" must not lose to the longer "be able to join".
    else if (span.kind === 'maybe' && clashes.every((other) => AFFIRMATIVE.has(other.kind))) {
      accepted = accepted.filter((other) => !clashes.includes(other));
      accepted.push(span);
    }
    // So in "Perhaps my colleague from the Research Office can join": the doubt about the
    // colleague must not lose to the longer "my colleague … can join" ("Perhaps my colleague and
    // I can join" keeps it: the sender's own answer lies inside).
    else if (
      span.kind === 'othersMaybe' &&
      clashes.every((other) => other.kind === 'othersYes') &&
      !candidates.some((own) => OWN_ANSWERS.has(own.kind) && clashes.some((other) => own.start < other.end && other.start < own.end))
    ) {
      accepted = accepted.filter((other) => !clashes.includes(other));
      accepted.push(span);
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * "nu voi participa": a yes after a negator turns into a refusal; so does a yes governed by
 * a refusal earlier in the clause ("programul nu îmi permite să particip"). A refusal of a
 * part only ("nu pot ajunge la timp") is marked partial.
 */
function applyNegation(folded: string, spans: Span[], words: (start: number, end: number) => string, meetingHours?: () => readonly number[]): void {
  let refusal: Span | null = null;
  for (const span of spans) {
    const speaking = span.kind === 'speakerYes' || span.kind === 'othersSpeaker';
    const affirmative = AFFIRMATIVE.has(span.kind) || speaking;
    const governed = affirmative && !speaking && refusal !== null && !SCOPE_BREAK_TEST.test(folded.slice(refusal.end, span.start));
    const negator = governed ? refusal!.start : affirmative ? negatorBefore(folded, span, spans) : -1;
    // "Colegul meu Sebastian nu va participa", "Din partea echipei nu vine nimeni": a phrase's
    // gap ("colegul meu ... va participa") can swallow the negator itself.
    const inside = negator < 0 && (span.kind === 'othersYes' || span.kind === 'orgYes') ? negatorInside(folded, span) : -1;
    if (inside >= 0) {
      span.kind = span.kind === 'othersYes' ? 'weakNo' : 'no';
      span.negated = true;
      continue;
    }
    if (negator >= 0) {
      // Someone else not coming ("colegul meu nu va participa") is no refusal by the sender;
      // the organisation not being represented ("nu vom fi reprezentați") is. Someone else not
      // presenting says nothing of the sender's wish to speak.
      span.kind = span.kind === 'speakerYes' ? 'speakerNo' : span.kind === 'othersSpeaker' ? 'neutral' : span.kind === 'othersYes' ? 'weakNo' : 'no';
      span.negated = true;
      // The evidence reads "nu voi putea participa", not the bare "voi putea participa".
      span.text = words(negator, span.end);
    }
    if (span.kind === 'no' && isPartial(folded, span, meetingHours)) span.partial = true;
    if (span.kind === 'no' && !span.partial) refusal = span;
  }
}

/**
 * Where a negator inside a span negates its closing verb ("colegul meu Sebastian nu va
 * participa": at most three words after it), -1 otherwise. One in the gap's own clause ("my
 * colleague who never misses these will attend") negates something else.
 */
function negatorInside(folded: string, span: Span): number {
  const text = folded.slice(span.start, span.end);
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(NEGATOR_ALL)) if (match.index > 0) last = match;
  if (last === null) return -1;
  const after = text.slice(last.index + last[0].length).trim();
  return after.split(/\s+/).length <= VERB_GROUP_WORDS ? span.start + last.index : -1;
}
const NEGATOR_ALL = new RegExp(NEGATOR.source, 'g');
/** "va participa", "will be attending": the words a negator may stand before and still negate the verb. */
const VERB_GROUP_WORDS = 3;

/** The clause with every other phrase blanked out, so only free words are looked at. */
function maskOthers(folded: string, span: Span, spans: readonly Span[]): string {
  // One pass over the other phrases in order (their union blanked), not a copy of the clause
  // per phrase: called for each phrase, that was cubic on a long clause of many phrases.
  const others = spans.filter((other) => other !== span).sort((a, b) => a.start - b.start);
  let masked = '';
  let at = 0;
  for (const other of others) {
    if (other.end <= at) continue;
    const from = Math.max(other.start, at);
    masked += folded.slice(at, from) + ' '.repeat(other.end - from);
    at = other.end;
  }
  return masked + folded.slice(at);
}

/**
 * Where a negator stands between the clause start (or the last coordination) and the span,
 * outside other phrases; -1 when there is none.
 */
function negatorBefore(folded: string, span: Span, spans: readonly Span[]): number {
  const before = maskOthers(folded, span, spans).slice(0, span.start);
  let scopeStart = 0;
  for (const match of before.matchAll(SCOPE_BREAK)) scopeStart = match.index + match[0].length;
  const match = NEGATOR.exec(before.slice(scopeStart));
  return match ? scopeStart + match.index : -1;
}

/** The span's stretch of the clause, between coordinations, other phrases blanked out. */
function scopeOf(folded: string, span: Span, spans: readonly Span[]): string {
  const masked = maskOthers(folded, span, spans);
  let from = 0;
  let to = masked.length;
  for (const match of masked.matchAll(SCOPE_BREAK)) {
    if (match.index + match[0].length <= span.start) from = match.index + match[0].length;
    else if (match.index >= span.end) {
      to = match.index;
      break;
    }
  }
  return masked.slice(from, to);
}

/**
 * The bare "nu pot la ora 11", its hour inside the phrase, and an hour right after a refusal ("nu pot participa la ora 11").
 * Other refusals holding their hour ("Nu vin la 10, am curs") are read as they were written.
 */
const HOUR_CLOSING = /^nu (?:mai )?(?:pot|putem) la(?: ora)? (\d{1,2})$/;
const HOUR_OPENING = /^\s*(?:la|at)(?: ora)? (\d{1,2})(?:[:.]00)?(?: ?(?:am|a\.m\.))?(?![0-9]|[:.]\d)/;
// Coming late to the start, not missing it.
const ARRIVING = /(?<![a-z])(?:ajung|ajunge|ajungem|arrive|get there|be there on time)/;
const ON_THE_DOT = /^\s*(?:fix|exact|punctual|sharp|on the dot)(?![a-z])/;

/** Minutes after the hour: "nu pot la 11:30" is half an hour into the meeting. */
const MINUTES_AFTER = /^[:.,](?!00)\d/;

/** Whether `hour`, followed by `rest`, is the hour the meeting starts at (and not its very minute: "la 11 fix"). */
function startsThen(hour: string, rest: string, meetingHours?: () => readonly number[]): boolean {
  if (!meetingHours || ON_THE_DOT.test(rest) || MINUTES_AFTER.test(rest)) return false;
  return meetingHours().includes(Number(hour));
}

/** A weekday with its hour, closing the words before a refusal: the meeting's own slot ("luni la 10"). */
const WEEKDAY_AND_HOUR =
  /(?<![a-z])(?:luni|marti|miercuri|joi|vineri|monday|tuesday|wednesday|thursday|friday)(?: dimineata| morning)?,? (?:la|de la|at|from)(?: ora)? \d{1,2}(?:[:.]\d{2})?\s*$/;

const WEEKDAY_MORNING = /(?<![a-z])(?:luni|marti|miercuri|joi|vineri|monday|tuesday|wednesday|thursday|friday) (?:dimineata|dimineta|morning)(?![a-z])/;
const ALL_WEEKDAY_MORNINGS = new RegExp(WEEKDAY_MORNING.source, 'g');

/**
 * Whether the clause of `span` names a part of the event only ("until the end", "la timp"):
 * a refusal or a doubt there is about that part, not about coming.
 */
export function isPartial(folded: string, span: Span, meetingHours?: () => readonly number[]): boolean {
  // "Nu pot la ora 11" (h476_026): an hour refused is a part of the meeting, unless it is the hour the quoted invitation
  // says the meeting starts at ("începând cu ora 11"); then it is the whole meeting. Not arriving by then ("nu pot ajunge
  // la ora 10", "can't make it at 11 sharp") is still lateness.
  const ownHour = HOUR_CLOSING.exec(folded.slice(span.start, span.end));
  if (ownHour && !startsThen(ownHour[1]!, folded.slice(span.end), meetingHours)) return true;
  // The reason given after it is not the part refused: "I cannot come because … I work in the morning".
  let after = folded.slice(span.end);
  const hourAfter = ARRIVING.test(folded.slice(span.start, span.end)) ? null : HOUR_OPENING.exec(after);
  if (hourAfter && startsThen(hourAfter[1]!, after.slice(hourAfter[0].length), meetingHours)) after = after.slice(hourAfter[0].length);
  const reason = REASON.exec(after);
  // Nor the hour of a reason coordinated before it: "la ora 11 am curs … și nu pot participa" (the
  // hour is the class's). A part of the event named there still is the part refused: "Vin, dar la
  // sesiunea de după-amiază am o ședință și nu pot participa".
  let before = folded.slice(0, span.start);
  const coordinated = /\s(?:si|and|deci|so)\s+(?:\S+\s+){0,2}$/.exec(before);
  if (coordinated && (HOUR_ONLY.test(before.slice(0, coordinated.index)) || DAYTIME_ONLY.test(before.slice(0, coordinated.index))) && !EVENT_PART.test(before.slice(0, coordinated.index))) {
    before = before.slice(coordinated.index + coordinated[0].length);
  }
  // "luni la 10 nu pot, sunt la medic" (h413_052): a weekday with its hour right before the refusal names the meeting's own
  // slot, not a part of it.
  before = before.replace(WEEKDAY_AND_HOUR, ' ');
  let rest = `${before} ${reason ? after.slice(0, reason.index) : after}`;
  // "nu vom avea un reprezentant disponibil luni dimineață": a weekday's morning is the meeting's own slot when the quoted
  // invitation starts it in the morning; without a quote to say so it stays a part.
  if (WEEKDAY_MORNING.test(rest) && meetingHours?.().some((hour) => hour < 12)) rest = rest.replace(ALL_WEEKDAY_MORNINGS, ' ');
  return findAll(PARTIAL, rest).length > 0;
}
