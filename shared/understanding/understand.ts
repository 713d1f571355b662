import { analyzeText } from './analyze-text';
import type { Span, TextAnalysis } from './analyze-text';
import { detectBounce } from './bounce';
import { calendarFromTnefSubject, findCalendarReply, partstatToIntent } from './calendar';
import { extractDetails } from './details';
import { LOCALES } from './intent-locales';
import { decideIntent } from './intent';
import type { IntentResult } from './intent';
import { readForwardedAnswer } from './forwarded-answer';
import type { ForwardedAnswer } from './forwarded-answer';
import { readInlineAnswers } from './inline-answers';
import { modelFallback } from './intent-model/model-fallback';
import { repairMangledDiacritics } from './mangled-diacritics';
import { detectLanguage } from './language';
import { FOREIGN_COLLEAGUE, readForeignAnswer } from './foreign-answer';
import type { ForeignAnswer } from './foreign-answer';
import { parseMail } from './parse-mail';
import { compileStickyPhrases, findAll } from './phrase-table';
import type { PhraseMatcher } from './phrase-table';
import type { ParsedMessage } from './parse-mail';
import { acknowledgementText, addressesRecipient, declaredOutOfOffice, detectAutoReply, outOfOfficeMarkers, outOfOfficeReason } from './robots';
import { addressedTo, sideQuestionAnswered, speakingAnswer } from './quoted-question';
import { foreignTopic, invitationSide, onlineConditionMet, quotedStartHours } from './quoted-topic';
import { htmlLines, quotedSubjects } from './quoted-subject';
import { isReplySubject, ownWordsSubject } from './subject';
import { foldForMatching } from './text-normalize';
import { trimReply } from './trim';
import type { Intent, Understanding } from './types';


export interface UnderstandOptions {
  /**
   * Subjects of our own invitations: a reply titled with one of them says nothing by its
   * subject, and words added around one ("RE: <ours> - NU pot participa") are the sender's.
   */
  ownSubjects?: string[];
}

/**
 * The understanding pipeline: raw RFC 5322 mail → what kind of message it is and what the
 * person answered. Pure (no I/O). Precedence: bounce > auto > calendar > reply.
 * @throws MailParseError only when the input is not a mail at all.
 */
export async function understand(raw: Buffer | string, options: UnderstandOptions = {}): Promise<Understanding> {
  const message = await parseMail(raw);
  const trim = trimReply({ text: message.text, html: message.html });
  const trimmed = trim.text;
  const bounce = detectBounce(message);
  if (bounce && !('delivered' in bounce)) {
    return robot(message, trimmed, 'bounce', { bounced: bounce.address, bounceType: bounce.type, autoReason: 'delivery failure report' });
  }
  const from = message.facts.from?.address;
  // The sender's own iMIP REPLY is their answer even when the calendar marks the mail it sends
  // for them as generated (Google Calendar adds "Auto-Submitted: auto-generated"): RFC 3834
  // flags the sending, RFC 6047's PARTSTAT is the person's click.
  const replied = bounce ? null : findCalendarReply(message.parts, from);
  const autoReason = bounce ? `delivery-status notification (${bounce.action})` : replied ? null : detectAutoReply(message);
  if (autoReason) return robot(message, trimmed, 'auto', { bounced: null, bounceType: null, autoReason });

  const calendar = replied ?? calendarFromTnefSubject(message.facts.subject, message.parts, from);
  // The calendar comment is the person's words too ("Vin cu un coleg"); details read both.
  const combined = calendar?.comment && !repeats(trimmed, calendar.comment) ? `${trimmed}\n\n${calendar.comment}`.trim() : trimmed;
  // An answer sits at the top of a reply; a huge untrimmed body must not cost seconds.
  // Read with the diacritics an old webmail turned into "?" put back ("V? confirm?m" → "Vă confirmăm").
  let words = repairMangledDiacritics(combined.length > ANALYSIS_LIMIT ? combined.slice(0, ANALYSIS_LIMIT) : combined);
  // The hour the quoted invitation starts at, read only when a refusal names an hour ("Nu pot la ora 11").
  let startHours: number[] | undefined;
  const meetingHours = (): readonly number[] => (startHours ??= quotedStartHours(message.text, trimmed));
  let analysis = analyzeText(words, { meetingHours });
  // The subject's own words, read only when needed: for a reply, finding them means reading
  // the quoted header block for the subject that was replied to.
  let subjectRead = false;
  let subject: string | null = null;
  const subjectWords = (): string | null => {
    if (subjectRead) return subject;
    subjectRead = true;
    const raw = message.facts.subject;
    const quoted = isReplySubject(raw) ? quotedSubjects(message.text, message.html) : [];
    // The words after the subject's last dash when the body answers nothing above a quote: "Re: <ours> - NU pot participa"
    // over "Vă trimit totuși în scris câteva observații" (h549_052), the quote showing no subject to tell ours from theirs.
    // Not over a bare "Mulțumesc." that quotes nothing: "Re: Atelier - nu pot" may be someone else's thread.
    const quotes = (message.text ?? '').length - trimmed.length > QUOTED_MIN;
    subject = ownWordsSubject(raw, [...(options.ownSubjects ?? []), ...quoted], trimmed.trim() === '' || (quotes && answersNothing(analysis, FIRM_ANSWERS)));
    return subject;
  };
  // Analysed once, for intent and, when the reply is empty, for its details too.
  let subjectAnalysis: TextAnalysis | null | undefined;
  const analyzedSubject = (): TextAnalysis | null => {
    if (subjectAnalysis === undefined) {
      const own = subjectWords();
      subjectAnalysis = own ? analyzeText(own) : null;
    }
    return subjectAnalysis;
  };
  let decided: IntentResult;
  let sideSpeaking: boolean | null = null;
  let forwarded: ForwardedAnswer | null = null;
  let foreign: ForeignAnswer | null = null;
  if (calendar) {
    decided = calendarAnswer(calendar.partstat, analysis);
  } else {
    decided = decideIntent(analysis, analyzedSubject);
    // An out-of-office or a helpdesk's acknowledgement without any robot header still reads
    // like one, and answers nothing (its "sunt în concediu" is not a refusal written to us).
    // A helpdesk's "one of our team members will get back to you" is a deferral by wording only.
    const outOfOffice =
      wordsOnlyOutOfOffice(analysis, words, message, decided.intent, trim.quoted) ??
      declaredOutOfOffice(words) ??
      (answersNothing(analysis, FIRM_ANSWERS) ? acknowledgementText(message, words) : null);
    if (outOfOffice) return robot(message, trimmed, 'auto', { bounced: null, bounceType: null, autoReason: outOfOffice });
    // "Răspunsul meu este mai jos, cu roșu": nothing answered above, the answer is in the quote.
    const inline = decided.evidence === null && message.html ? readInlineAnswers(words, message.html) : null;
    if (inline) ({ words, analysis, decided } = inline);
    // "Vă redau mai jos răspunsul colegului meu. … nu voi putea participa": the colleague's answer in the quote is the organisation's.
    forwarded = inline ? null : readForwardedAnswer(words, decided, message.text, trimmed);
    if (forwarded) ({ analysis, decided } = forwarded);
    // A yes and a refusal naming different days: the side whose day the quoted invitation holds answers it.
    const daySide = decided.days ? invitationSide(message.text, trimmed, decided.days) : null;
    if (daySide) decided = { intent: daySide, confidence: 0.6, evidence: `${decided.evidence ?? ''} → the invitation's day` };
    // "Leider kann ich am 17. nicht teilnehmen", "Parteciperò volentieri": a partner language the tables above do not read.
    // Before the model, which knows these languages only from a few dozen replies and reads no party in them (h558_004).
    foreign = decided.intent === 'unknown' && decided.evidence === null ? readForeignAnswer(words) : null;
    // "leider bin ich am 17. im Urlaub – din păcate sunt în concediu. Mein Kollege Andreas Weber wird … teilnehmen" (h595_093):
    // the refusal the tables read, and in the partner language the colleague who comes in the sender's place.
    if (decided.intent === 'no' && FOREIGN_COLLEAGUE.test(foldForMatching(words))) {
      const standIn = readForeignAnswer(words);
      if (standIn?.standIn) foreign = standIn;
    }
    if (foreign) decided = { intent: foreign.intent, confidence: foreign.confidence, evidence: foreign.evidence };
    // What the phrases left open, a model trained on the labelled corpus may settle (rarely, and only when near certain).
    else decided = modelFallback(decided, words, analysis) ?? decided;
    // "Particip cu drag dacă întâlnirea va fi online" under an invitation to a Zoom meeting: the condition is already met.
    if (decided.intent === 'maybe' && onlineConditionMet(message.text, trimmed)) {
      decided = { intent: 'yes', confidence: 0.6, evidence: `${decided.evidence ?? ''} → the invitation is online` };
    }
    // A bare "Nu, mulțumesc." under the organiser's later question ("aveți nevoie de traducere?") answers that question.
    const side = decided.intent === 'yes' || decided.intent === 'no' ? sideQuestionAnswered(message.text, trimmed, decided.evidence) : null;
    if (side) {
      // Under the organiser's thanks for an earlier yes, that yes stands; a question about the talk is settled by the answer.
      sideSpeaking = side.confirmedBefore ? speakingAnswer(side, decided.evidence) : null;
      const evidence = `${decided.evidence ?? ''} → ${side.question.slice(0, 80)}`;
      decided = side.confirmedBefore ? { intent: 'yes', confidence: 0.7, evidence } : { intent: 'unknown', confidence: 0.4, evidence };
    }
    // "@Andrei - da, te rog trimite-mi și mie prezentarea" (h420_016): a bare answer in a reply-all addressed to someone else.
    const addressee = addressedTo(trimmed, decided.evidence);
    if (addressee) decided = { intent: 'unknown', confidence: 0.4, evidence: `${decided.evidence ?? ''} → addressed to ${addressee}` };
    // "Confirm participarea la întâlnirea … privind bugetul participativ": another consultation's confirmation, sent to our thread.
    // An HTML-only mail's quote is read from its lines (h579_069).
    const plain = message.text ?? (message.html ? () => htmlLines(message.html!) : null);
    const topic = decided.intent === 'yes' ? foreignTopic(plain, trimmed, decided.evidence) : null;
    if (topic) decided = { intent: 'unknown', confidence: 0.4, evidence: `${decided.evidence ?? ''} → another meeting: ${topic}` };
  }
  // An answer written only in the subject ("confirm participarea 2 persoane", h226_048) holds its details too.
  const fromSubject = !calendar && words.trim() === '' ? analyzedSubject() : null;
  const details = fromSubject
    ? extractDetails(subjectWords()!, fromSubject, decided.intent, decided.delegated ?? false)
    : extractDetails(forwarded?.answer ?? words, analysis, decided.intent, decided.delegated ?? false);
  if (foreign) {
    details.headcount = decided.intent === 'yes' ? foreign.headcount : null;
    details.speaker = foreign.speaker ?? details.speaker;
  }
  // "Subject: Re: <ours> - confirmăm 4 persoane" over a body of "Confirmăm." (h432_063): the party counted in the sender's
  // own subject words, where the body counts no one beside the sender.
  // Only a subject that holds a count at all is read (this runs on most yes replies).
  // Not when the body speaks of the subject: "La subiect am scris „2 persoane”, dar corect e o singură persoană" (h474_065).
  if (!fromSubject && !calendar && decided.intent === 'yes' && details.headcount === 1 && SUBJECT_COUNT.test(message.facts.subject) && !SUBJECT_MENTIONED.test(foldForMatching(words))) {
    // Where the quote shows no subject of ours, the few words after the subject's last dash.
    const own = subjectWords() ?? ownWordsSubject(message.facts.subject, options.ownSubjects ?? [], true);
    const counted = own ? extractDetails(own, analyzeText(own), 'yes', decided.delegated ?? false).headcount : null;
    if (counted !== null && counted > 1) details.headcount = counted;
  }
  return {
    kind: calendar ? 'calendar' : 'reply',
    intent: decided.intent,
    confidence: round(decided.confidence),
    headcount: details.headcount,
    speaker: sideSpeaking ?? details.speaker,
    bounced: null,
    bounceType: null,
    note: details.note,
    text: trimmed,
    evidence: decided.evidence,
    language: detectLanguage(words) ?? detectLanguage(subjectWords() ?? ''),
    onBehalfOf: details.onBehalfOf,
    calendar,
    autoReason: null,
    facts: message.facts,
  };
}

function robot(
  message: ParsedMessage,
  text: string,
  kind: 'bounce' | 'auto',
  extra: Pick<Understanding, 'bounced' | 'bounceType' | 'autoReason'>,
): Understanding {
  return {
    kind,
    intent: null,
    confidence: 1,
    headcount: null,
    speaker: null,
    note: null,
    text,
    evidence: null,
    language: null,
    onBehalfOf: null,
    calendar: null,
    ...extra,
    facts: message.facts,
  };
}

/**
 * The calendar's answer wins over the text, except when the sender's own words (the COMMENT
 * or the text above the quote) say the confident opposite: "Am apăsat din greșeală pe
 * Accept – de fapt nu pot ajunge". Which one holds is for a person; a comment that does not
 * contradict ("Vin cu un coleg", "ajung mai târziu", a colleague coming instead) keeps PARTSTAT.
 */
function calendarAnswer(partstat: string, analysis: TextAnalysis): IntentResult {
  const intent = partstatToIntent(partstat);
  const evidence = `PARTSTAT=${partstat}`;
  if (intent !== 'yes' && intent !== 'no') return { intent, confidence: intent === 'unknown' ? 0.3 : 0.98, evidence };
  const words = decideIntent(analysis);
  const both = `${evidence} / ${words.evidence ?? words.intent}`;
  // "Declined" clicked, and the comment sends a colleague instead: the sender's no, and someone
  // else's yes the calendar cannot carry. Authors read it both ways ("the calendar wins", "a
  // delegate comes"); who is on the list is for a person, with both in the evidence.
  if (intent === 'no' && words.intent === 'yes' && words.delegated && words.confidence >= CONTRADICTION) {
    return { intent: 'unknown', confidence: 0.4, evidence: both };
  }
  // Confident only: a bare reason ("sunt în concediu până pe 15") contradicts nothing, and
  // someone else's yes ("my colleague Ioana Marin will join instead") is not the sender's.
  const opposite = (words.intent === 'yes' || words.intent === 'no') && words.intent !== intent && words.confidence >= CONTRADICTION && !words.delegated;
  // Not a doubt about a stand-in: "Voi încerca totuși să trimit pe cineva de la asociație" (h47_020) leaves the decline.
  const doubted = words.intent === 'maybe' && !words.delegated;
  if (!opposite && !doubted) return { intent, confidence: 0.98, evidence };
  // RFC 6047 and the product: the calendar answer wins over the text. Only words that take the
  // button back — a mistake or a change of mind ("am apăsat din greșeală pe Accept – de fapt nu
  // pot", "Vin totuși", "after all") — undo it. Authors label such mail both ways (the click:
  // h43_031; the words: h274_061, h274_078), so a yes or no said against the click is for a
  // person; a doubt said so ("am acceptat în calendar, dar de fapt nu știu încă", h274_074) is
  // the answer, the click's yes or no too sure for it. Other contradicting words lower the
  // confidence and stay in the evidence; a doubt without such words leaves the click.
  buttonMistakes ??= compileStickyPhrases(LOCALES.flatMap((l) => l.buttonMistakes));
  const retracted = analysis.clauses.some((clause) => findAll(buttonMistakes!, clause.folded).length > 0);
  if (retracted) return doubted ? { intent: 'maybe', confidence: Math.min(words.confidence, 0.7), evidence: both } : { intent: 'unknown', confidence: 0.4, evidence: both };
  return doubted ? { intent, confidence: 0.98, evidence } : { intent, confidence: 0.6, evidence: both };
}

let buttonMistakes: PhraseMatcher | null = null;
const ANALYSIS_LIMIT = 20_000;
/** The body speaking of what its subject line says, as a correction of it does ("la subiect am scris", "in the subject"). */
const SUBJECT_MENTIONED = /(?<![a-z])(?:(?:in|la) subiect|in subiectul|(?:in|on) the subject|subject line)(?![a-z])/;
/** A count of people somewhere in a subject: digits or a number word before a word for people. */
const SUBJECT_COUNT = /(?:\d|\b(?:doi|două|doua|trei|patru|cinci|two|three|four|five))\s*(?:pers|oameni|colegi|people|persons|participan|reprezentan)/i;
/** How sure the sender's words must be to contradict PARTSTAT: an answer, not a bare reason (0.65). */
const CONTRADICTION = 0.7;
/** Characters of quote below a reply (an invitation is some 1,500): more than a stray line. */
const QUOTED_MIN = 200;
const FIRM_ANSWERS: ReadonlySet<string> = new Set(['yes', 'wish', 'no', 'softYes', 'othersYes', 'substitute']);
const ANSWERS: ReadonlySet<string> = new Set([...FIRM_ANSWERS, 'maybe']);

/**
 * An out-of-office without robot headers, judged by its words (the reason, or null): the reply
 * answers nothing but what the notice itself says ("Sunt plecat în concediu până pe 20.01"
 * reads as a refusal, and is the notice), and it does not call a recipient by name (a person
 * wrote it).
 */
function wordsOnlyOutOfOffice(analysis: TextAnalysis, words: string, message: ParsedMessage, intent: Intent, quoted: boolean): string | null {
  const nothing = answersNothing(analysis, ANSWERS);
  // A notice's absence reads as a refusal at most: other answers are a person's.
  if (!nothing && intent !== 'no') return null;
  const markers = [...outOfOfficeMarkers(words)];
  if (markers.length < 2 || addressesRecipient(words, [...message.facts.to, ...message.facts.cc])) return null;
  // "Sunt plecat din țară până pe 14 ianuarie, vă răspund când mă întorc." above "Pe 05.01.2021 10:12, Lavinia Simion a scris:"
  // and the invitation quoted (h573_013): a person typed this reply. Not a notice that sends urgent matters to a colleague
  // above the quote ("Pentru probleme urgente vă rog să o contactați pe colega mea", h34_039): that is how notices read.
  // Read last: folding the whole reply costs most, and most replies fail a cheaper test first.
  if (quoted && !NOTICE_REFERRAL.test(foldForMatching(words))) return null;
  const ownWordsOnly = (span: Span): boolean => span.partial || !ANSWERS.has(span.kind) || markers.some((marker) => marker.includes(foldForMatching(span.text)));
  if (!nothing && !analysis.clauses.every((clause) => clause.question || clause.spans.every(ownWordsOnly))) return null;
  return outOfOfficeReason(markers);
}

/** What a notice adds and a person on the move rarely does: where urgent matters go meanwhile (folded). */
const NOTICE_REFERRAL = /(?<![a-z])(?:urgent\w*|contactati|contactat|please contact|in my absence|in lipsa mea|in absenta mea)(?![a-z])/;

function answersNothing(analysis: TextAnalysis, answers: ReadonlySet<string>): boolean {
  return analysis.clauses.every((clause) => clause.question || clause.spans.every((span) => span.partial || !answers.has(span.kind)));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Whether the body already shows the calendar comment. Word by word, folded: a calendar file may lose a letter the body
 * kept ("COMMENT:Vin cu o coleg, Ana Kiss." under "Vin cu o colegă, Ana Kiss.", h348_076), and reading it twice counts the
 * companion twice. One word in five may differ.
 */
function repeats(body: string, comment: string): boolean {
  if (body.includes(comment)) return true;
  const said = new Set(foldForMatching(body).split(/[^a-z0-9]+/));
  // A calendar that wrote the comment in the wrong code page drops letters and leaves control characters where they were
  // ("Am ap\u0003sat Accept din gre\u0019eal\u0003" under "Am apăsat Accept din greșeală", h537_035): the gaps are closed,
  // and a word the body holds with up to two more letters counts as said.
  const words = foldForMatching(comment.replace(LOST_CHARACTERS, '')).split(/[^a-z0-9]+/).filter((word) => word !== '');
  if (words.length === 0) return false;
  // The letter-by-letter pass only for a comment of a few lines: a huge one against a huge body would cost their product.
  const candidates = words.length <= MAX_FUZZY_WORDS ? [...said] : [];
  let missing = 0;
  for (const word of words) {
    if (said.has(word) || candidates.some((other) => lostLettersOf(word, other))) continue;
    if (++missing * 5 > words.length) return false;
  }
  return true;
}

/** Above this many words, a calendar comment is compared with the body word for word only. */
const MAX_FUZZY_WORDS = 100;
// C0 controls (tab and line breaks aside) and the replacement character: what a wrong code page leaves of a letter.
const LOST_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g;

/** Whether `word` is `other` with one or two letters lost, its first letter kept ("apsat" of "apasat"). */
function lostLettersOf(word: string, other: string): boolean {
  if (word.length < 3 || other.length - word.length < 1 || other.length - word.length > 2 || word[0] !== other[0]) return false;
  let at = 0;
  for (const letter of other) if (letter === word[at]) at++;
  return at === word.length;
}
