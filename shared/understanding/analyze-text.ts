import { joinAppositions } from './apposition';
import { namesComing, opensCondition, opensFallback, scopeCompanionDoubts, scopeFieldValues, scopeFrontedConditions, scopeOccasionAnaphors, scopeButtonMistakes, scopeSpeakingOffers, scopeTalkConditions } from './clause-scope';
import { LOCALES } from './intent-locales';
import { namesRelatedPerson } from './person-names';
import { compileGroupedPhrases, compileStickyPhrases, findAll, WORD_END, wordStarts } from './phrase-table';
import type { IntentLocale } from './phrase-table';
import { isTagQuestion, splitSentences, type Sentence } from './sentences';
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
const KIND_ORDER: readonly SpanKind[] = [
  'neutral', 'speakerNo', 'speakerYes', 'othersSpeaker', 'substitute', 'handover', 'othersMaybe', 'requestCondition', 'otherOccasion',
  'maybe', 'no', 'wish', 'orgYes', 'yes', 'othersYes', 'softYes', 'excuses', 'difficulty', 'weakNo', 'weakYes',
];
/** Kinds that say "I (or someone) will come"; negation, conditions and difficulty act on them. */
const AFFIRMATIVE: ReadonlySet<SpanKind> = new Set(['yes', 'wish', 'softYes', 'othersYes', 'orgYes']);
/** The sender's own answers: inside another's answer they make it the sender's too. */
const OWN_ANSWERS: ReadonlySet<SpanKind> = new Set(['yes', 'wish', 'softYes']);
const PRIORITY = new Map(KIND_ORDER.map((kind, index) => [kind, index]));
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
const SHARED_KINDS: readonly SpanKind[] = [
  'substitute', 'handover', 'othersMaybe', 'requestCondition', 'otherOccasion', 'othersYes', 'orgYes', 'softYes', 'difficulty', 'othersSpeaker',
];
// One pass for all kinds: each kind outside SHARED_KINDS is its own group (a match of its own
// at any start), the shared kinds one group (at most one of them per start, the longest).
const SPAN_MATCHER = compileGroupedPhrases<SpanKind>(
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
const RHETORICAL_YES = compileStickyPhrases(LOCALES.flatMap((l) => l.rhetoricalYes).map((phrase) => `^${phrase}$`));
const CONDITIONAL_SEQUEL = compileStickyPhrases(LOCALES.flatMap((l) => l.conditionalSequels).map((phrase) => `^${phrase}`));
const ADMISSION_QUESTION = compileStickyPhrases(LOCALES.flatMap((l) => l.admissionQuestions));
const FALLBACK_YES: ReadonlySet<SpanKind> = new Set(['yes', 'softYes', 'neutral']);
const NEGATOR = new RegExp(
  `(?<![a-z0-9'])(?:${LOCALES.flatMap((l) => l.negators)
    .map((word) => (word.length === 1 ? `${escape(word)}(?=-)` : escape(word)))
    .join('|')})${WORD_END}`,
);
// Negation and a condition do not reach across a coordination ("nu am primit agenda și particip") nor a relative
// pronoun ("va participa colegul meu, conf. dr. Radu Stanciu, care vă va contacta … dacă are nevoie de detalii", h311_048:
// the condition is the relative clause's).
const SCOPE_BREAK = /(?<![a-z0-9])(?:si|iar|deci|apoi|care|and|so|then|therefore|who)(?![a-z0-9])/g;
const SCOPE_BREAK_TEST = new RegExp(SCOPE_BREAK.source);
// An hour, and a part of the event, in the reason before a refusal ({@link isPartial}).
const HOUR_ONLY = /(?<![a-z0-9])(?:ora|at|la) \d{1,2}(?:[:.]\d{2})?(?![0-9])|\d{1,2}[:.]\d{2}/;
// A part of the day a reason is set in: "miercuri dimineața am inspecții programate … și nu voi putea participa".
const DAYTIME_ONLY = /(?<![a-z0-9])(?:dimineata|dupa-amiaza|dupa amiaza|in the morning|in the afternoon)(?![a-z0-9])/;
// Not one the sender has elsewhere: "miercuri la ora 11 am un workshop cu un client și nu pot să particip" (h335_005).
const EVENT_PART = /(?<![a-z])(?<!(?:am|avem|have|has|got) (?:un|o|a|an|alt|alta|another|other) )(?:sesiun|atelier|partea|prima parte|a doua parte|pauza|session|workshop|part of|first part|second part)/;
// A reason after a refusal: what it names ("in the morning") is why, not which part.
// "as I am in Stuttgart for the whole week": "as" opens a reason only before its subject ("as a guest" is not one).
const REASON = /(?<![a-z0-9])(?:because|since|pentru ca|deoarece|fiindca|intrucat|caci|as(?=\s+(?:i|we|my|our)(?![a-z0-9])))(?![a-z0-9])/;
// "an interpreter provided by us" (h516_034): a participle, not "provided (that)".
const CONDITIONAL = new RegExp(
  `(?<![a-z0-9])(?:${LOCALES.flatMap((l) => l.conditionals).map((word) => (word === 'provided' ? 'provided(?!\\s+(?:by|for|to|with|in)(?![a-z0-9]))' : escape(word))).join('|')})${WORD_END}`,
);
const CONTRAST = contrastSource([]);
// Clause boundaries: punctuation inside a sentence, and before a contrasting conjunction.
// Not before a bare "yet", mostly an adverb ("not sure yet whether…", "can't yet confirm");
// after a comma it still opens a contrast. Nor before "numai ca", mostly "only as" ("dar numai ca auditor", h32_008).
const SPLIT_CONTRAST = contrastSource(['yet', 'numai ca']);
// "Nu voi putea totuși să particip" (h379_044): "totuși" before "să" is inside the verb, no contrast opening a clause.
const CLAUSE_SPLIT = new RegExp(`\\s*(?:[,;]|(?<!\\d):|:(?!\\d))\\s*|\\s+[-–—]\\s+|\\s+(?!(?:totuși|totusi)\\s+(?:să|sa)\\s)(?=(?:${SPLIT_CONTRAST})(?![A-Za-z0-9]))`, 'i');
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

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

/** Normalises a reply for analysis: NFC, comma-below letters, plain spaces and apostrophes. */
export function normalizeReply(text: string): string {
  return normalizeRomanian(text).replace(INVISIBLE, '').replace(SPACES, ' ').replace(/\r\n?/g, '\n');
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
    const text = frontContrast(joinAppositions(sentence.text));
    const parts = text.split(CLAUSE_SPLIT).filter((part) => part.trim() !== '');
    // "Sigur, de ce nu? :)" (h513_090): a yes with a rhetorical tag asks nothing.
    const rhetorical = sentence.question && findAll(RHETORICAL_YES, matchKey(text).replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim()).length > 0;
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
    const sequelMatch = !asks && goesOn && !previousAsksLeave && parts.length > 0 && !APART_FROM_THAT.test(matchKey(parts[0]!))
      ? findAll(QUESTION_SEQUEL, matchKey(parts[0]!))[0]
      : undefined;
    // "Îmi puteți trimite linkul? Altfel nu pot participa": after a request, what happens if it fails hangs on the answer too.
    const fallbackAfterRequest = previousAsksLeave && !asks && parts.length > 0 && LEAVE_FALLBACK.test(matchKey(parts[0]!)) && !APART_FROM_THAT.test(matchKey(parts[0]!));
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
    const answeredBefore = clauses.slice(0, first).some((clause) => !clause.question && clause.spans.some((span) => ANSWER_KINDS.has(span.kind)));
    if (sequelMatch !== undefined && whole && !asks && findAll(CONDITIONAL_SEQUEL, matchKey(parts[0]!)).length > 0) scopeConditionalSequel(clauses.slice(first), !answeredBefore);
    // A confirming tag asks about the statement's last part only: "Pot participa doar online, nu?" (h212_036) asks,
    // "I will be there on Zoom, 11h Romanian time = 10h for us, right?" (h71_088) answers and asks about the time.
    if (sentence.confirmed && clauses.length > first) clauses[clauses.length - 1]!.question = true;
    const previousClauses = clauses.slice(previousFirst, first);
    previousFirst = first;
    const fallbackYes = previous?.question === true && previousAsksLeave && !asks && parts.length > 1 && comesEitherWay(previousClauses, clauses.slice(first));
    if (!fallbackYes) scopeFrontedConditions(clauses.slice(first));
    scopeOccasionAnaphors(clauses.slice(first));
    scopeCompanionDoubts(clauses.slice(first));
    scopeFieldValues(clauses.slice(first), text);
    scopeSpeakingOffers(clauses.slice(first));
    scopeTalkConditions(clauses.slice(first));
    scopeButtonMistakes(clauses.slice(first));
    scopeBareNo(clauses.slice(first), sentences[index + 1]?.text);
    scopeCorrections(clauses.slice(first));
    scopeRelativeComer(clauses.slice(first));
    scopeLogisticsYes(clauses.slice(first));
    scopeMailRemarkYes(clauses.slice(first));
    scopeSharedSubject(clauses.slice(first));
    scopeRegretYes(clauses.slice(first));
    scopeRelativeRefusal(clauses.slice(first));
    scopeSentenceAdverbs(clauses.slice(first));
    if (previous?.question === true && isTagQuestion(previous.text)) scopeTagAnswer(clauses.slice(first), previousClauses);
  });
  scopeMissent(clauses);
  scopeRegretAfterGladYes(clauses);
  scopeCounterfactualWish(clauses);
  scopeGladYesBeforeRemark(clauses);
  return { clauses, sentences };
}

// A glad answer and nothing else: "Sigur că da, cu mare drag!", "Of course, with pleasure!".
const GLAD_ONLY = compileStickyPhrases(LOCALES.flatMap((l) => l.gladAnswers).map((phrase) => `^${phrase}$`));
const REGRETS = LOCALES.flatMap((l) => l.regrets);
// The next sentence opening on a regret: "Păcat doar că …", "Din păcate …", "Unfortunately …".
const REGRET_OPENING = compileStickyPhrases([...REGRETS, ...LOCALES.flatMap((l) => l.regretOpenings)].map((phrase) => `^${phrase}`));

/**
 * "Sigur că da, cu mare drag! Păcat doar că pe 17 sunt la Viena la un târg și nu am cum să mă conectez" (h435_088), "I would
 * love to! Unfortunately my calendar says otherwise" (h495_053): a glad answer or wish that the next sentence, opening on a
 * regret, refuses in full is the warmth of the refusal, not a yes.
 */
function scopeRegretAfterGladYes(clauses: readonly Clause[]): void {
  const bySentence = clausesBySentence(clauses);
  bySentence.forEach((glad, sentence) => {
    const next = bySentence[sentence + 1];
    if (!next || findAll(REGRET_OPENING, next[0]!.folded).length === 0) return;
    // A greeting before it ("Hi Lavinia, I would love to!") holds no phrase and is passed over.
    const said = glad.filter((clause) => clause.spans.length > 0);
    if (said.length === 0 || !said.every((clause) => findAll(GLAD_ONLY, clause.folded).length > 0 && clause.spans.every((span) => span.kind === 'yes' || span.kind === 'wish' || span.kind === 'neutral'))) return;
    if (!next.some((clause) => clause.spans.some((span) => (span.kind === 'no' || span.kind === 'excuses') && !span.partial && !span.negated))) return;
    for (const clause of glad) for (const span of clause.spans) if (span.kind === 'yes' || span.kind === 'wish') span.kind = 'neutral';
  });
}

/**
 * "Yes please — could you add my colleague Lukas to the mailing list?" (h447_002): a sentence that is only a glad "yes",
 * followed by a sentence opening on a remark about the mail or a request about the mailing list, answers that.
 */
function scopeGladYesBeforeRemark(clauses: readonly Clause[]): void {
  const bySentence = clausesBySentence(clauses);
  bySentence.forEach((glad, sentence) => {
    const next = bySentence[sentence + 1];
    if (!next || findAll(MAIL_REMARKS, next[0]!.folded).length === 0) return;
    if (!glad.every((clause) => findAll(GLAD_ONLY, clause.folded).length > 0 && clause.spans.every((span) => span.kind === 'yes' || span.kind === 'neutral'))) return;
    for (const clause of glad) for (const span of clause.spans) if (span.kind === 'yes') span.kind = 'neutral';
  });
}

/** The clauses of each sentence, gathered once (clauses come in sentence order), not filtered per sentence. */
function clausesBySentence(clauses: readonly Clause[]): Clause[][] {
  const bySentence: Clause[][] = [];
  for (const clause of clauses) (bySentence[clause.sentence] ??= []).push(clause);
  return bySentence;
}

/** A clause that is one glad "yes" and nothing else ("Yes please", "Sigur că da"). */
function isGladYes(clause: Clause): boolean {
  return clause.spans.length === 1 && clause.spans[0]!.kind === 'yes' && findAll(GLAD_ONLY, clause.folded).length > 0;
}

// "Confirm. Nu. Scuze, am apăsat trimite prea repede. Voiam să scriu: …" (h429_080): a mail sent half-written, then written again.
const MISSENT = compileStickyPhrases(LOCALES.flatMap((l) => l.missent));

/** Answers before the sender says the mail went off half-written answer nothing, when an answer follows. */
function scopeMissent(clauses: readonly Clause[]): void {
  let at = -1;
  clauses.forEach((clause, index) => {
    if (findAll(MISSENT, clause.folded).length > 0) at = index;
  });
  if (at < 0 || !clauses.slice(at + 1).some((clause) => clause.spans.some((span) => ANSWER_KINDS.has(span.kind)))) return;
  for (const clause of clauses.slice(0, at)) for (const span of clause.spans) if (ANSWER_KINDS.has(span.kind)) span.kind = 'neutral';
}

const RELATIVE_COMING = compileStickyPhrases(LOCALES.flatMap((l) => l.relativeComing).map((phrase) => `^${phrase}`));

/**
 * "Forwarding below the reply from my colleague Vlad, who will join on our behalf" (h453_008): "who will join …" right after a
 * colleague named by first name says the colleague comes. The same words alone are who is still to be decided ("he will
 * decide who will participate from our side"), which the neutral phrase masks; here they are someone's coming.
 */
function scopeRelativeComer(sentence: readonly Clause[]): void {
  sentence.forEach((clause, index) => {
    const before = sentence[index - 1];
    const opening = findAll(RELATIVE_COMING, clause.folded)[0];
    if (before === undefined || opening === undefined || !namesRelatedPerson(before.text)) return;
    if (before.spans.some((span) => ANSWER_KINDS.has(span.kind))) return;
    for (const span of clause.spans) {
      if (span.kind === 'neutral' && span.start <= opening.start && span.end >= opening.end && !NEGATOR.test(clause.folded.slice(0, span.end))) span.kind = 'othersYes';
    }
  });
}

// The Romanian corrective "ci" (German "sondern"): "Nu venim doi, ci trei", "Nu vin eu, ci colega mea".
const CORRECTION = /^ci(?![a-z0-9])/;

// The sender's own answers, which a condition on the organiser's answer turns into a maybe.
const CONDITIONED: ReadonlySet<SpanKind> = new Set(['yes', 'wish', 'softYes', 'orgYes', 'no']);

/**
 * The clauses of a sequel on the organiser's yes that answer are conditional, not questions; `answers` is false when the
 * sender answered before asking, and the sequel only adds to that answer. Mutates `sentence`.
 */
function scopeConditionalSequel(sentence: readonly Clause[], answers: boolean): void {
  for (const clause of sentence) {
    // "…putem lua cuvântul? Dacă da, aș spune câteva lucruri" (h510_072): a wish to speak, on leave given, is still one.
    if (clause.spans.some((span) => span.kind === 'speakerYes')) clause.question = false;
    if (!answers || !clause.spans.some((span) => CONDITIONED.has(span.kind))) continue;
    clause.question = false;
    for (const span of clause.spans) {
      if (!CONDITIONED.has(span.kind)) continue;
      span.kind = 'maybe';
      span.conditional = true;
    }
  }
}

// A verb after "and" with no subject of its own: "… will be there and would like to join", "… vine și ar vrea să participe".
const SUBJECTLESS_AND = /^(?:and|si) (?:would|will|wants|also|ar|va|vrea|doreste)(?![a-z])/;
const OWN_COMING: ReadonlySet<SpanKind> = new Set(['yes', 'wish', 'softYes']);

/**
 * "our colleague Giuseppe Nardella will be there for the partner study visit and would like to join the session and observe"
 * (h511_048): the wish after "and" shares the colleague's subject; it is not the sender's. Mutates `sentence`.
 */
function scopeSharedSubject(sentence: readonly Clause[]): void {
  for (const clause of sentence) {
    const others = clause.spans.findIndex((span) => span.kind === 'othersYes');
    if (others < 0) continue;
    for (const span of clause.spans.slice(others + 1)) if (OWN_COMING.has(span.kind) && SUBJECTLESS_AND.test(clause.folded.slice(span.start))) span.kind = 'othersYes';
  }
}

/**
 * "Aș veni cu mare drag, dacă nu ar fi fix în ziua în care plec la Berlin" (h513_030): a wish that a condition contrary to fact
 * (a refusal phrase holding its own "dacă", at the start of a later clause) follows is the warmth of the refusal; so is one in
 * the sentence before, when the condition opens its own ("Sigur că aș veni cu mare drag... dacă n-aș fi pe un vas", h399_036).
 * Mutates `clauses`.
 */
function scopeCounterfactualWish(clauses: readonly Clause[]): void {
  clauses.forEach((clause, index) => {
    const opening = clause.spans[0];
    if (index === 0 || opening?.kind !== 'no' || opening.start !== 0 || !CONDITIONAL.test(clause.folded.slice(0, opening.end))) return;
    const opensSentence = clauses[index - 1]!.sentence !== clause.sentence;
    const warm = clauses.slice(0, index).filter((other) => other.sentence === (opensSentence ? clause.sentence - 1 : clause.sentence));
    for (const other of warm) for (const span of other.spans) if (span.kind === 'wish' || span.kind === 'yes') span.kind = 'neutral';
  });
}

/** "Nu X, ci Y" corrects X and refuses nothing: the "nu" before the "ci" clause is no answer. */
function scopeCorrections(sentence: readonly Clause[]): void {
  sentence.forEach((clause, index) => {
    const next = sentence[index + 1];
    if (next === undefined || !CORRECTION.test(next.folded)) return;
    for (const span of clause.spans) if (span.kind === 'no') span.kind = 'neutral';
  });
}

const ECHOED = compileStickyPhrases(LOCALES.flatMap((l) => l.echoedNegatives).map((phrase) => `^${phrase}`));
// One word, or two ("sure thing"): the answer particles of the locales.
const BARE = /^[^a-z0-9]*([a-z]+(?: [a-z]+)?)[^a-z0-9]*$/;

/**
 * A bare "nu"/"no" clause that answers no invitation: "Nu, nu am întrebări…, ne vedem marți"
 * echoes the negative right after it (the question about questions), and the Transylvanian
 * "No, mă bag și eu" / "Io vin, no." is a filler in a sentence otherwise in Romanian.
 */
function scopeBareNo(sentence: readonly Clause[], nextSentence?: string): void {
  sentence.forEach((clause, index) => {
    const word = BARE.exec(clause.folded)?.[1];
    // One word only ("Nu, …"), not a two-word refusal such as "nu pot".
    if (!word || word.includes(' ') || clause.spans.length !== 1 || clause.spans[0]!.kind !== 'no') return;
    const next = sentence[index + 1];
    // Or a later clause of the sentence: "Nu, vin pe jos, nu am nevoie de loc de parcare" (h441_028).
    // "Nu, nu pot lipsi" (h501_044): an echo that is itself a yes leaves the yes to answer.
    const echoes = (other: Clause): boolean => !other.contrast && findAll(ECHOED, other.folded).length > 0 && !other.spans.some((span) => ANSWER_KINDS.has(span.kind) && span.kind !== 'yes');
    const echo = next !== undefined && (echoes(next) || sentence.slice(index + 2).some(echoes));
    if (echo || fillerIn(word, sentence.filter((other) => other !== clause), nextSentence)) clause.spans[0]!.kind = 'neutral';
  });
}

/** Practical matters asked about (parking, lunch, the projector): shared with the side-question reader. */
export const LOGISTICS = compileStickyPhrases(LOCALES.flatMap((l) => l.logisticsTopics));

/**
 * A bare "da"/"yes" in a sentence about a practical matter and nothing else answers that
 * matter, not the invitation: "Da, am nevoie de loc de parcare", "Regarding the parking: yes,
 * we will need a place for one car" (replies to a reminder that asked about parking).
 */
function scopeLogisticsYes(sentence: readonly Clause[]): void {
  const bare = sentence.filter(isBareYes);
  if (bare.length === 0) return;
  const others = sentence.filter((clause) => !bare.includes(clause));
  if (others.some((clause) => clause.spans.some((span) => ANSWER_KINDS.has(span.kind)))) return;
  const about = others.filter((clause) => findAll(LOGISTICS, clause.folded).length > 0);
  // "Yes, and I will need a parking space", "Da, am nevoie și de parcare": the need comes on top of an answer.
  if (about.length === 0 || about.some((clause) => findAll(ADDITIVE, clause.folded).length > 0)) return;
  for (const clause of bare) clause.spans[0]!.kind = 'neutral';
}
let particles: ReadonlySet<string> | null = null;

const MAIL_REMARKS = compileStickyPhrases(LOCALES.flatMap((l) => l.mailRemarks).map((phrase) => `^${phrase}`));
const SENDING_OFFERS = compileStickyPhrases(LOCALES.flatMap((l) => l.sendingOffers).map((phrase) => `^${phrase}`));
const LEAVE_GIVEN = compileStickyPhrases(LOCALES.flatMap((l) => l.leaveGiven).map((phrase) => `^${phrase}`));

/**
 * "Da, am primit invitația", "Yes, the attachment opens fine now": a bare "da"/"yes" right before a remark about the mail
 * itself answers that, not the invitation.
 */
function scopeMailRemarkYes(sentence: readonly Clause[]): void {
  sentence.forEach((clause, index) => {
    const next = sentence[index + 1];
    // "sure, I can send you the two slides on our incubator" (h471_055): or materials offered; "Da, sigur, puteți să-mi treceți
    // numele pe ecusonul de grup" (h471_049): or leave given, past another bare yes.
    const bare = isBareYes(clause);
    if (bare || isGladYes(clause)) {
      // A glad yes only right before the remark; a bare one past other bare ones ("Da, sigur, …").
      const said = bare ? sentence.slice(index + 1).find((other) => !isBareYes(other) && !isGladYes(other)) : next;
      const remarks = bare ? [MAIL_REMARKS, SENDING_OFFERS, LEAVE_GIVEN] : [MAIL_REMARKS, SENDING_OFFERS];
      // "Da, cu plăcere – am redirecționat invitația către colegii de la Serviciul Programe Culturale; dânșii vă vor confirma
      // direct dacă participă" (h483_007): or the invitation passed on, opening the clause said.
      const passedOn = said !== undefined && said.spans[0]?.kind === 'handover' && said.spans[0].start === 0;
      if (said !== undefined && (passedOn || remarks.some((matcher) => findAll(matcher, said.folded).length > 0))) {
        for (const answered of sentence.slice(index, sentence.indexOf(said))) answered.spans[0]!.kind = 'neutral';
      }
    }
    // "Confirm, numărul este corect" (h441_033), "Confirm, aceasta este adresa" (h441_055): a datum confirmed, not attendance.
    if (next !== undefined && BARE_CONFIRMATION.test(clause.folded) && findAll(DATUM_CONFIRMED, next.folded).length > 0 && sentence.length === index + 2) {
      for (const span of clause.spans) if (span.kind === 'yes') span.kind = 'neutral';
    }
  });
}
const DATUM_CONFIRMED = compileStickyPhrases(LOCALES.flatMap((l) => l.confirmedData));

const REGRET_WORD = compileStickyPhrases(REGRETS.map((phrase) => `^${phrase}$`));

// A relative (or a driver) who comes along as the subject of a clause: "My wife will drive me from the hotel", "Soțul meu mă aduce".
const RELATIVE_SUBJECT =
  /^(?:my|our) (?:wife|husband|partner|son|daughter|mother|father|driver|assistant|child|kid)(?![a-z])|^(?:sotul|sotia|fiul|fiica|mama|tata|soferul|partenerul|partenera|copilul) (?:meu|mea|nostru|noastra)(?![a-z])/;
// A refusal with no subject of its own, so the one of the clause before: "but won't attend the session", "dar nu participă". In
// Romanian only a verb in the third person: "Soțul meu este internat, dar nu pot veni" is the sender's own refusal.
const SUBJECTLESS_REFUSAL =
  /^(?:won't|will not|wouldn't|doesn't|does not|isn't|is not|nu (?:participa|va participa|vine|va veni|intra|va intra|asista|va asista|ramane|va ramane))(?![a-z])/;

/**
 * "Happy to confirm I will be there on Monday. My wife will drive me from the hotel but won't attend the session" (h492_005):
 * a refusal after "but" with no subject of its own is the relative's named as the subject of the clause before, not the
 * sender's. Mutates the spans of `sentence`.
 */
function scopeRelativeRefusal(sentence: readonly Clause[]): void {
  sentence.forEach((clause, index) => {
    const before = sentence[index - 1];
    if (index === 0 || !clause.contrast || !before || !RELATIVE_SUBJECT.test(before.folded)) return;
    const refusal = clause.spans[0];
    if (refusal?.kind !== 'no' || !SUBJECTLESS_REFUSAL.test(clause.folded)) return;
    refusal.kind = 'neutral';
  });
}

/**
 * "Yes, Wednesday is unfortunately the day of our own steering committee, so I won't be able to attend" (h337_014), "Da, din
 * păcate nu pot ajunge": a bare "yes"/"da" that a regret and a refusal follow in its sentence agrees with the refusal.
 */
function scopeRegretYes(sentence: readonly Clause[]): void {
  sentence.forEach((clause, index) => {
    if (!isBareYes(clause) && !isGladYes(clause)) return;
    const rest = sentence.slice(index + 1);
    // "Sure thing, but not this Wednesday - I'm travelling to Kaunas" (h495_004), "Da, doar că nu în ziua aceea" (h507_002): or a
    // refusal right after it, opening on "but".
    const next = rest[0]?.spans[0];
    if ((rest[0]?.contrast || ONLY_THAT.test(rest[0]?.folded ?? '')) && next?.kind === 'no' && !next.partial && next.start === 0) {
      clause.spans[0]!.kind = 'neutral';
      return;
    }
    const regret = rest.findIndex((other) => other.spans.some((span) => span.kind === 'weakNo' && findAll(REGRET_WORD, matchKey(span.text)).length > 0));
    // "Da, sigur, dar din păcate …": more glad words before the regret share the answer.
    const glad = rest.slice(0, regret);
    if (regret < 0 || !glad.every((other) => isBareYes(other) || isGladYes(other) || !other.spans.some((span) => ANSWER_KINDS.has(span.kind)))) return;
    // "Yes of course, but unfortunately I am away that week": an absence after the regret refuses as well.
    if (!rest.slice(regret).some((other) => other.spans.some((span) => (span.kind === 'no' || span.kind === 'excuses') && !span.partial))) return;
    for (const other of [clause, ...glad]) for (const span of other.spans) if (span.kind === 'yes') span.kind = 'neutral';
  });
}

/** "doar că", "numai că" opening a clause: "only that", a "but". */
const ONLY_THAT = /^(?:doar|numai) ca /;

/** A clause that is only an answer particle ("da", "yes", "sure") read as a yes: it answers whatever the sentence is about. */
function isBareYes(clause: Clause): boolean {
  const known = (particles ??= new Set(LOCALES.flatMap((l) => l.answerParticles)));
  return known.has(BARE.exec(clause.folded)?.[1] ?? '') && clause.spans.length === 1 && clause.spans[0]!.kind === 'yes';
}

/**
 * "(10:00 Kaunas time is 11:00 yours, right? – yes, it clashes)": a bare "yes"/"da" right after
 * the sender's own tag question answers that question, not the invitation, and the tag,
 * answered at once, asks the organiser nothing. Mutates `sentence` and `tag`.
 */
function scopeTagAnswer(sentence: readonly Clause[], tag: readonly Clause[]): void {
  const opener = sentence[0];
  if (opener === undefined || !isBareYes(opener)) return;
  opener.spans[0]!.kind = 'neutral';
  for (const clause of tag) clause.question = false;
}
const SENTENCE_ADVERBS = compileStickyPhrases(LOCALES.flatMap((l) => l.sentenceAdverbs));
/**
 * "Pot să vin și cu o prietenă? Dacă nu e ok, vin singură": after asking leave, an "if not"
 * that still comes answers either way. One that does not ("Dacă nu, nu vin") stays a condition,
 * and so does one after asking to send someone instead ("Pot să trimit o colegă în locul meu? Dacă
 * nu, vin eu"). `asked` is the question's clauses, `sentence` the clauses after it.
 */
function comesEitherWay(asked: readonly Clause[], sentence: readonly Clause[]): boolean {
  const [opener, ...rest] = sentence;
  if (opener === undefined || asked.some((clause) => clause.spans.some((span) => span.kind === 'substitute' || span.kind === 'handover'))) return false;
  if (!opensFallback(opener.folded) || !opener.spans.every((span) => span.kind === 'neutral')) return false;
  return rest.some((clause) => clause.spans.some((span) => span.kind === 'yes')) && rest.every((clause) => !clause.question && clause.spans.every((span) => FALLBACK_YES.has(span.kind) && !span.negated));
}
const INVITATION_WORDS = compileStickyPhrases(LOCALES.flatMap((l) => l.invitationWords));

/**
 * "…our coordinator, Mr. Radu Iliescu, will represent us. He speaks Romanian, of course.", "We
 * will be happy to host Timisoara colleagues in Rijeka, of course!": an "of course" closing a
 * statement that answers nothing and names neither coming nor the invitation qualifies that
 * statement; it answers nothing either. Not after a short greeting or thanks ("Thanks for the
 * invite, of course!"), nor beside an answer.
 */
function scopeSentenceAdverbs(sentence: readonly Clause[]): void {
  sentence.forEach((clause, index) => {
    if (index === 0 || clause.question || clause.spans.length !== 1 || clause.spans[0]!.kind !== 'yes') return;
    if (findAll(SENTENCE_ADVERBS, clause.folded).length === 0) return;
    const before = sentence.slice(0, index);
    // A statement about speaking is no answer either: "I wouldn't speak, of course" (h93_053).
    if (before.some((other) => other.question || other.spans.some((span) => ANSWER_KINDS.has(span.kind)) || namesComing(other.folded) || findAll(INVITATION_WORDS, other.folded).length > 0)) return;
    if (before.flatMap((other) => other.folded.split(/[^a-z0-9']+/).filter(Boolean)).length < 3) return;
    clause.spans[0]!.kind = 'neutral';
  });
}
const ADDITIVE = compileStickyPhrases(LOCALES.flatMap((l) => l.additiveCues));

let cueSets: { own: ReadonlySet<string>; foreign: ReadonlySet<string> }[] | null = null;

/** Whether `word` is a regional filler of the language the other clauses of its sentence are in. */
function fillerIn(word: string, others: readonly Clause[], nextSentence?: string): boolean {
  if (!LOCALES.some((locale) => locale.regionalFillers.includes(word))) return false;
  let words = others.flatMap((clause) => clause.folded.split(/[^a-z0-9']+/)).filter(Boolean);
  cueSets ??= LOCALES.map((locale) => ({
    own: new Set(locale.languageCues),
    foreign: new Set(LOCALES.filter((other) => other !== locale).flatMap((other) => other.languageCues)),
  }));
  const sets = cueSets;
  // "No, bine. Vin și eu…": a word beside the filler that belongs to no language's cues leaves
  // the language to the next sentence.
  if (words.length > 0 && nextSentence !== undefined && !words.some((w) => sets.some(({ own }) => own.has(w)))) {
    words = [...words, ...matchKey(nextSentence).split(/[^a-z0-9']+/).filter(Boolean)];
  }
  return LOCALES.some((locale, index) => {
    if (!locale.regionalFillers.includes(word)) return false;
    const { own, foreign } = sets[index]!;
    const ours = words.filter((w) => own.has(w) && !foreign.has(w)).length;
    const theirs = words.filter((w) => foreign.has(w) && !own.has(w)).length;
    // "No, mulțumesc" is still "no, thanks": a filler stands beside a statement.
    return ours > 0 && ours > theirs && words.length >= 2;
  });
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
const APART_FROM_THAT = /^[^a-z]*(?:altfel|in rest) (?:(?:va |iti |)(?:confirm|confirmam)|sigur)(?![a-z])/;
const STRONG_BREAK = /\s+[-–—]\s+|\s*;\s*/g;
// "I shan't be able to make it, regrettably, but I wondered whether a written contribution might
// be useful?": a question opened by "but" asks only from there.
// Only at the start of a run of spaces and commas, so a long run is scanned once.
/** A head that only confirms (folded): "am confirmat deja", "vă confirm", "I have already confirmed". */
const BARE_CONFIRMATION = /^[^a-z]*(?:(?:buna ziua|buna|salut|hello|hi)[^a-z]+)?(?:(?:eu |noi )?(?:va |iti |)(?:confirm|confirmam)|(?:eu |noi )?(?:am|i-am|v-am|ti-am|am mai) confirmat(?: deja)?|(?:i|we) (?:have |)(?:already |)confirmed|i confirm)[^a-z]*$/;
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
    else if (match.index > last && match.index < 60 && BARE_CONFIRMATION.test(matchKey(text.slice(0, match.index)))) last = match.index;
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
      const subject = span.negated ? TRAILING_AUXILIARY.exec(before)?.[1] : AUXILIARY_NO.test(span.text) ? before : undefined;
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
const ANSWER_KINDS: ReadonlySet<SpanKind> = new Set(['yes', 'wish', 'softYes', 'othersYes', 'orgYes', 'no', 'maybe']);

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
  const rest = `${before} ${reason ? after.slice(0, reason.index) : after}`;
  return findAll(PARTIAL, rest).length > 0;
}
