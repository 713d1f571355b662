import type { Clause, SpanKind } from './analyze-text';
import { ANSWER_PARTICLES, conditionWordSource } from './clause-words';
import { LOCALES } from './intent-locales';
import { compileStickyPhrases, findAll, WORD_END } from './phrase-table';
import type { PhraseMatcher } from './phrase-table';

/** How many clauses after a fronted condition it can govern. */
const MAX_GOVERNED = 4;
/** Kinds a fronted condition governs: what says someone comes or does not. */
const GOVERNED: ReadonlySet<SpanKind> = new Set(['yes', 'wish', 'softYes', 'othersYes', 'orgYes', 'no']);
let opener: RegExp | null = null;
let days: PhraseMatcher | null = null;
let unconditionals: PhraseMatcher | null = null;
let metConditions: PhraseMatcher | null = null;
let anaphors: PhraseMatcher | null = null;
/** Kinds an occasion anaphor takes away from this invitation. */
const ANSWERS: ReadonlySet<SpanKind> = new Set(['yes', 'wish', 'softYes', 'othersYes', 'orgYes', 'no', 'maybe']);

/**
 * A condition put in front of its answer, in a clause of its own: "Dacă se face și online,
 * particip", "If there's a hybrid option, I'll gladly join remotely", "Dacă o primesc, vin".
 * The answers after it in its sentence (up to a "but") hold only if the condition does, so
 * they are hedges; and when the condition names another occasion ("Dacă veți mai organiza
 * astfel de sesiuni, aș fi bucuroasă să particip") they are about that one and answer
 * nothing here. A condition clause that answers by itself ("Dacă reușesc să termin, vin")
 * was settled inside the clause; a polite one ("dacă se poate", "if possible") conditions
 * nothing. Mutates the spans of `sentence` (the clauses of one sentence, in order).
 */
export function scopeFrontedConditions(sentence: readonly Clause[]): void {
  sentence.forEach((clause, index) => {
    if (clause.question || !opensCondition(clause.folded)) return;
    const spans = clause.spans.filter((span) => !span.partial);
    // "If possible, …", "Dacă aveți nevoie, …": a polite phrase that is the whole condition.
    if (spans.some((span) => span.kind === 'neutral' && /^[^a-z0-9]*$/.test(clause.folded.slice(0, span.start) + clause.folded.slice(span.end)))) return;
    if (spans.some((span) => GOVERNED.has(span.kind))) return;
    if (maskedFallbackHope(sentence, index)) return;
    const occasion = clause.spans.some((span) => span.kind === 'otherOccasion');
    // A condition governs the few clauses after it, up to a "but" or the next condition:
    // bounded, so a sentence of thousands of "dacă …," clauses costs linear time, not quadratic.
    const governed: Clause[] = [];
    for (const next of sentence.slice(index + 1, index + 1 + MAX_GOVERNED)) {
      if (next.contrast || opensCondition(next.folded)) break;
      governed.push(next);
    }
    // "If it's not possible, no worries - I'll attend anyway": the answer holds either way.
    unconditionals ??= compileStickyPhrases(LOCALES.flatMap((l) => l.unconditionals));
    if (governed.some((next) => findAll(unconditionals!, next.folded).length > 0)) return;
    // "If the meeting is on Zoom (which I see it is), I can join": a condition said to be met.
    // "Dacă se termină până la 13:30, cum scrie în program, …" (h156_019): or said so in the clause right after it.
    metConditions ??= compileStickyPhrases(LOCALES.flatMap((l) => l.metConditions));
    if (findAll(metConditions, clause.folded).length > 0 || findAll(metConditions, governed[0]?.folded ?? '').some((match) => match.start === 0)) return;
    for (const next of governed) {
      for (const span of next.spans) {
        if (!GOVERNED.has(span.kind) || span.partial) continue;
        // A doubt under the condition stays a doubt said; an answer under it becomes one only by the condition.
        if (!occasion && span.kind !== 'maybe') span.conditional = true;
        span.kind = occasion ? 'neutral' : 'maybe';
      }
    }
  });
}

/**
 * "Please keep me informed about next sessions, I would be happy to join some of them": after
 * a clause naming other occasions, a later clause of the sentence pointing back at them ("some
 * of them", "la una dintre ele") answers about those, not this invitation; so does a bare wish right after such a
 * clause, and every clause of a sentence that such a clause opens, up to a "but". Mutates the spans.
 */
export function scopeOccasionAnaphors(sentence: readonly Clause[]): void {
  const first = sentence.findIndex((clause) => clause.spans.some((span) => span.kind === 'otherOccasion'));
  if (first < 0) return;
  anaphors ??= compileStickyPhrases(LOCALES.flatMap((l) => l.occasionAnaphors));
  // "Da, vom participa, dar la ediția din februarie – acum suntem în perioada de examene" (h615_046): a "but" that only names
  // another occasion and nothing else moves the yes before it there; this invitation is not answered by it.
  const moved = sentence[first]!;
  const occasionEnd = Math.max(...moved.spans.filter((span) => span.kind === 'otherOccasion').map((span) => span.end));
  // Not when an answer follows for the other one ("Da, vin, dar la ediția din februarie - nu"): two occasions, two answers.
  const answeredAfter = sentence.slice(first + 1).some((clause) => clause.spans.some((span) => ANSWERS.has(span.kind)));
  if (first > 0 && moved.contrast && !answeredAfter && FRONTED_OCCASION.test(moved.folded) && !/[a-z0-9]/.test(moved.folded.slice(occasionEnd)) && moved.spans.every((span) => span.kind === 'otherOccasion' || span.kind === 'neutral')) {
    for (const clause of sentence.slice(0, first)) for (const span of clause.spans) if (GOVERNED.has(span.kind) && span.kind !== 'no') span.kind = 'neutral';
  }
  // "La sesiunea următoare, cea din februarie, sigur voi participa" (h387_020): the other occasion opening the sentence,
  // alone in its clause, is what the whole sentence answers about.
  const fronted =
    sentence.slice(0, first).every((clause) => clause.spans.length === 0) &&
    FRONTED_OCCASION.test(sentence[first]!.folded) &&
    sentence[first]!.spans.every((span) => span.kind === 'otherOccasion' || span.kind === 'neutral');
  // Up to a "but": "La sesiunea din septembrie am venit cu drag, de data asta însă nu pot" (h337_035) answers this one after it.
  let governs = fronted;
  for (const [index, clause] of sentence.entries()) {
    if (index <= first) continue;
    if (clause.contrast) governs = false;
    // "vă rog să mă anunțați de următorul atelier, aș vrea să fiu prezent" (h375_006): a bare wish right after the
    // other occasion, with no answer of its own beside it, wishes for that one.
    const bareWish = index === first + 1 && clause.spans.length > 0 && clause.spans.every((span) => span.kind === 'wish' || span.kind === 'neutral') && !clause.question;
    // "M-ai întrebat … despre evenimentul de la Iulius Town din februarie – da, ne ocupăm noi de sonorizare" (h519_059): so does a
    // bare answer particle opening the clause right after it.
    const bareYes = index === first + 1 && clause.spans.length === 1 && clause.spans[0]!.kind === 'yes' && clause.spans[0]!.start === 0 && ANSWER_PARTICLES.has(clause.folded.slice(0, clause.spans[0]!.end));
    if (!bareWish && !bareYes && !governs && findAll(anaphors, clause.folded).length === 0) continue;
    for (const span of clause.spans) if (ANSWERS.has(span.kind)) span.kind = 'neutral';
  }
}

/** A clause that opens on another occasion (folded): "la sesiunea următoare", "for the next session". */
const FRONTED_OCCASION = /^[^a-z]*(?:la|pentru|for|at|as for)\s/;
/** A hedged "no" said alone (folded): "cel mai probabil nu", "probably not". */
const HEDGED_NO_ALONE = /^[^a-z]*(?:cel mai probabil|foarte probabil|probabil|most likely|probably|likely)\s+(?:nu|not)[^a-z]*$/;

/** What the doubt depends on, said alone (folded): "depinde de orarul de luni", "it depends on her schedule". */
const DEPENDS_ALONE = /^[^a-z]*(?:depinde|it depends|depends)(?:\s+(?:de|on)\s[^,;]*)?[^a-z]*$/;

/**
 * "Sau 3 dacă vine și Paul, dar cel mai probabil nu" (h381_021): a hedged "no" said alone after a doubt about a
 * companion answers that doubt, not the invitation; so does what it depends on ("…va veni poate și el, depinde de
 * orarul de luni", h528_040). Mutates the spans.
 */
export function scopeCompanionDoubts(sentence: readonly Clause[]): void {
  const first = sentence.findIndex((clause) => clause.spans.some((span) => span.kind === 'othersMaybe'));
  if (first < 0) return;
  for (const clause of sentence.slice(first + 1)) {
    if (HEDGED_NO_ALONE.test(clause.folded) || DEPENDS_ALONE.test(clause.folded)) for (const span of clause.spans) span.kind = 'neutral';
  }
}

/**
 * "Colega mea Ioana mi-a scris azi-dimineață: "Nu pot să intru miercuri, …" Eu în schimb particip" (h579_044): words quoted
 * after "mi-a scris", "she wrote" are someone else's, and what they answer is not the sender's answer (not after "X said:",
 * how Google Calendar sets off the sender's own comment). Mutates the spans of `sentence` from the opening quotation mark to
 * the closing one.
 */
export function scopeReportedSpeech(sentence: readonly Clause[]): void {
  for (let index = 1; index < sentence.length; index++) {
    if (!OPENS_QUOTE.test(sentence[index]!.text) || !REPORTING_END.test(sentence[index - 1]!.folded)) continue;
    for (const clause of sentence.slice(index)) {
      for (const span of clause.spans) span.kind = REPORTED[span.kind] ?? 'neutral';
      if (CLOSES_QUOTE.test(clause.text)) break;
    }
  }
}
/** A quoted colleague's coming is still someone of the organisation coming; their refusal refuses nothing for the sender. */
const REPORTED: Partial<Record<SpanKind, SpanKind>> = { yes: 'othersYes', softYes: 'othersYes', wish: 'othersYes', maybe: 'othersMaybe', speakerYes: 'othersSpeaker' };
const OPENS_QUOTE = /^\s*["„“«]/;
const CLOSES_QUOTE = /["”“»]\W*$/;
const REPORTING_END =
  /(?<![a-z])(?:(?:mi|ne|i|le)-a|(?:mi|ne|i|le)-au|a|au|imi|ne) (?:scris|spus|transmis|zis|raspuns|scrie|spune|transmite)(?: (?:azi|ieri|azi-dimineata|aseara|adineauri|dimineata))?[\s:]*$|(?<![a-z])(?:wrote|told me|told us)(?: (?:this morning|yesterday|today))?[\s:]*$/;

/**
 * "eu vin, Andrei și Maria nu pot (sunt la producție)" (h162_029): "nu pot" is the plural's as well as the sender's; after
 * two names joined by "și" it is theirs, and no answer of the sender.
 */
export function scopeNamedSubjects(sentence: readonly Clause[]): void {
  for (const [index, clause] of sentence.entries()) {
    // "dar eu, Ioana și Mihai nu pot": the list split at its comma, the sender the clause before.
    if (index > 0 && SENDER_ENDS.test(sentence[index - 1]!.text)) continue;
    for (const span of clause.spans) {
      if (span.kind !== 'no' || !BARE_CANNOT.test(clause.folded.slice(span.start, span.end))) continue;
      const before = clause.text.slice(0, span.start);
      // Not the sender among them ("eu, Ioana și Mihai nu pot"), nor two people greeted ("Bună ziua Lavinia și Andrei nu pot").
      if (clause.text.length === clause.folded.length && NAMES_BEFORE.test(before) && !SENDER_OR_GREETING.test(before)) span.kind = 'neutral';
    }
  }
}
const BARE_CANNOT = /^nu (?:mai )?(?:pot|vor putea|o sa poata)$/;
const SENDER_ENDS = /(?<!\p{L})(?:[Ee]u|[Nn]oi)\s*$/u;
const SENDER_OR_GREETING = /(?<!\p{L})(?:[Ee]u|[Nn]oi|[Bb]un[ăa]|[Ss]alut|[Hh]ello|[Hh]i|[Dd]rag[ăa]|[Dd]ragi|[Ss]timat[ăa]?)(?!\p{L})/u;
const NAMES_BEFORE = /(?<!\p{L})\p{Lu}\p{Ll}+\s+(?:și|si)\s+\p{Lu}\p{Ll}+\s+$/u;

/**
 * The days a clause names ("pe 18", "din 23 noiembrie", "marți", "on the 18th"), as keys that
 * tell them apart: the day's digits, or the words when there are none (weekdays). `#` in
 * these phrases matches digits only (the default number source), so "pe doi" names no day.
 */
export function daysNamed(clause: Clause): Set<string> {
  days ??= compileStickyPhrases(LOCALES.flatMap((l) => l.dateReferences));
  return new Set(findAll(days, clause.folded).map((match) => /\d+/.exec(match.text)?.[0]?.replace(/^0+/, '') ?? match.text));
}

/** Whether a folded clause says its answer holds either way ("in both cases", "oricum"). */
export function saysUnconditional(folded: string): boolean {
  unconditionals ??= compileStickyPhrases(LOCALES.flatMap((l) => l.unconditionals));
  return findAll(unconditionals, folded).length > 0;
}

/** Whether a folded clause opens with a condition ("dacă", "if", "provided"). */
export function opensCondition(folded: string): boolean {
  // The condition words' own exceptions ("dacă tot ne cereți părerea" gives a reason): see `conditionWordSource`.
  opener ??= new RegExp(`^[^a-z0-9]*(?:${LOCALES.flatMap((l) => l.conditionOpeners).map(conditionWordSource).join('|')})${WORD_END}`);
  return opener.test(folded);
}

let fieldLabels: { speaking: PhraseMatcher; attendance: PhraseMatcher; attending: PhraseMatcher; practical: PhraseMatcher } | null = null;
const FIELD_ANSWERS: ReadonlySet<SpanKind> = new Set(['yes', 'wish', 'softYes', 'weakYes', 'no', 'weakNo', 'maybe']);

/**
 * A form filled in by hand, one field a line: "Participation: online / Intervention: no". A
 * field's value answers its own label: under a label about speaking ("Intervention",
 * "Prezentare") a yes/no is the wish to speak, not coming; under a label about coming
 * ("Participation", "Participare") a way of attending ("online", "fizic") says one comes.
 * `text` is the sentence the clauses were cut from; the label must be all before its colon.
 * Mutates the spans of `sentence`.
 */
export function scopeFieldValues(sentence: readonly Clause[], text: string): void {
  if (sentence.length < 2 || sentence[0]!.question) return;
  const label = sentence[0]!;
  // The first clause is all that stands before the colon, and answers nothing itself.
  const colon = /^[^:,;]{1,60}:(?!\d)/.exec(text);
  if (!colon || colon[0].slice(0, -1).trim() !== label.text || label.spans.some((span) => FIELD_ANSWERS.has(span.kind))) return;
  fieldLabels ??= {
    speaking: compileStickyPhrases(LOCALES.flatMap((l) => l.speakingFieldLabels)),
    attendance: compileStickyPhrases(LOCALES.flatMap((l) => l.attendanceFieldLabels)),
    attending: compileStickyPhrases(LOCALES.flatMap((l) => l.attendingFieldValues)),
    practical: compileStickyPhrases(LOCALES.flatMap((l) => l.logisticsTopics)),
  };
  const { speaking, attendance, attending, practical } = fieldLabels;
  // "Tur: nu", "Parcare: da": a practical matter or an optional extra is answered, not coming.
  // "- Walk: no" (h159_036): a list's bullet is no part of the label.
  const labelText = label.folded.trim().replace(/^[-*•·–]\s*/, '');
  if (findAll(practical, labelText).some((match) => match.start === 0 && match.end === labelText.length)) {
    for (const value of sentence.slice(1)) {
      if (value.contrast || value.question) break;
      for (const span of value.spans) if (FIELD_ANSWERS.has(span.kind)) span.kind = 'neutral';
    }
    return;
  }
  if (findAll(speaking, label.folded).length > 0) {
    // "Intervention: yes, 5 minutes on microgrants": the value runs to a "but".
    let answered = false;
    for (const value of sentence.slice(1)) {
      if (value.contrast || value.question) break;
      for (const span of value.spans) {
        if (span.kind === 'yes' || span.kind === 'wish') span.kind = 'speakerYes';
        else if (span.kind === 'no') span.kind = 'speakerNo';
        else if (FIELD_ANSWERS.has(span.kind)) span.kind = 'neutral';
        if (span.kind === 'speakerYes' || span.kind === 'speakerNo') answered = true;
      }
    }
    // "Doresc să susțin o intervenție: NU" (h147_033): a label worded as the wish is the form's question; its value answers.
    if (answered) for (const span of label.spans) if (span.kind === 'speakerYes' || span.kind === 'speakerNo') span.kind = 'neutral';
    return;
  }
  const value = sentence[1]!;
  if (value.question || value.spans.length > 0 || findAll(attendance, label.folded).length === 0) return;
  // "1 (în afară de mine)": the brackets only set off the remark (replaced by spaces, so start offsets are kept).
  const mode = findAll(attending, value.folded.replace(/[()]/g, ' ').trimEnd())[0];
  if (!mode) return;
  value.spans.push({ kind: 'yes', start: mode.start, end: mode.end, text: `${label.text}: ${value.text}`, negated: false, partial: false });
}

let fallbacks: PhraseMatcher | null = null;
const OWN_YES: ReadonlySet<SpanKind> = new Set(['yes', 'softYes']);

/** Whether a clause (folded) is a bare "if not" ("dacă nu", "otherwise", "if that's not ok"): a fallback follows. */
export function opensFallback(folded: string): boolean {
  fallbacks ??= compileStickyPhrases(LOCALES.flatMap((l) => l.fallbackOpeners));
  return findAll(fallbacks, folded).length > 0;
}

let fallbackHeads: PhraseMatcher | null = null;

/**
 * Whether a clause (folded) opens on such an "if not" and goes on with its own words ("altfel nu cred că ajung",
 * "otherwise I can't make it"): the clause is the fallback itself. The same locale list, read as a head, not a whole clause.
 */
export function isFallback(folded: string): boolean {
  fallbackHeads ??= compileStickyPhrases(LOCALES.flatMap((l) => l.fallbackOpeners).map((phrase) => phrase.replace(/\$$/, '')));
  return findAll(fallbackHeads, folded).some((match) => match.start === 0 && /[a-z]/.test(folded.slice(match.end)));
}

/**
 * "Sper să pot ajunge la Centrul de Proiecte, dacă nu, intru pe Teams": a hoped-for way of
 * coming, then a bare "if not" and another way said plainly, comes either way. The hope before
 * the fallback doubts the way, not the coming, so it is masked and the fallback stays a yes.
 * Not when the fallback is no yes ("dacă nu, vă anunț") or doubted itself ("dacă nu, poate online").
 */
function maskedFallbackHope(sentence: readonly Clause[], index: number): boolean {
  const clause = sentence[index]!;
  const hoped = sentence[index - 1];
  const fallback = sentence[index + 1];
  if (!hoped || !fallback || fallback.contrast || fallback.question || hoped.question || !opensFallback(clause.folded)) return false;
  const kinds = (c: Clause): SpanKind[] => c.spans.filter((span) => !span.partial).map((span) => span.kind);
  const before = kinds(hoped);
  const after = kinds(fallback);
  if (!before.includes('maybe') || !before.some((kind) => OWN_YES.has(kind)) || before.some((kind) => kind !== 'maybe' && !OWN_YES.has(kind) && kind !== 'neutral')) return false;
  if (!after.some((kind) => OWN_YES.has(kind)) || after.some((kind) => !OWN_YES.has(kind) && kind !== 'neutral')) return false;
  for (const span of hoped.spans) if (span.kind === 'maybe') span.kind = 'neutral';
  return true;
}

let speakingOffers: PhraseMatcher | null = null;
let attendanceWords: PhraseMatcher | null = null;

/** Whether a clause (folded) names coming or the event ("attend", "participa", "workshop"). */
export function namesComing(folded: string): boolean {
  attendanceWords ??= compileStickyPhrases(LOCALES.flatMap((l) => l.attendanceWords));
  return findAll(attendanceWords, folded).length > 0;
}

/**
 * "I confirm my participation. Thank you for the invitation to speak, but I'll pass this time
 * and just listen": a refusal in the "but" clause after thanks for an offer to speak declines
 * the floor, not coming. Only a refusal that names no coming ("I'll pass", "I must decline"):
 * "…invitation to speak, but I'm unable to attend" and a negated "I won't come" stay refusals.
 * Mutates the spans of `sentence`.
 */
export function scopeSpeakingOffers(sentence: readonly Clause[]): void {
  const offers = (speakingOffers ??= compileStickyPhrases(LOCALES.flatMap((l) => l.speakingOffers)));
  sentence.forEach((clause, index) => {
    if (clause.question || findAll(offers, clause.folded).length === 0) return;
    const answer = sentence[index + 1];
    if (!answer || !answer.contrast || answer.question || namesComing(answer.folded)) return;
    const refusals = answer.spans.filter((span) => span.kind === 'no' && !span.negated && !span.partial);
    if (refusals.length === 0 || answer.spans.some((span) => span.kind === 'no' && !refusals.includes(span))) return;
    for (const span of answer.spans) {
      if (refusals.includes(span)) span.kind = 'speakerNo';
      else if (span.kind === 'weakNo') span.kind = 'neutral';
    }
  });
}

// An interest said right after a bare "da" (folded): "Da, mă interesează foarte mult subiectul" (h531_090).
// Or a side fact it confirms: "Yes, I'm the right contact person for the Rijeka network now … I can't attend" (h537_038).
const INTEREST_NEXT =
  /^(?:(?:ma|ne) (?:intereseaza|preocupa)|(?:i am|i'm|we are|we're) (?:very |really |)interested|(?:it|this) (?:interests|is of interest)|(?:i am|i'm) (?:the right|your|the) (?:contact|person)|(?:eu |)sunt persoana de contact)(?![a-z])/;

/**
 * "Da, mă interesează foarte mult subiectul … Din păcate … nu voi putea fi prezent" (h531_090): a bare "da" whose clause
 * right after says only an interest, with a refusal later in the reply, is the interest's, not a yes to coming ("Da, mă
 * interesează!" alone keeps its yes). Mutates the spans of `clauses` (the whole reply's).
 */
export function scopeInterestYes(clauses: readonly Clause[]): void {
  for (let index = 0; index + 1 < clauses.length; index++) {
    const clause = clauses[index]!;
    const next = clauses[index + 1]!;
    if (next.sentence !== clause.sentence || !ANSWER_PARTICLES.has(clause.folded.trim().replace(/[^a-z]+$/, '')) || !INTEREST_NEXT.test(next.folded.trim())) continue;
    const refused = clauses.slice(index + 2).some((later) => later.spans.some((span) => span.kind === 'no' && !span.partial));
    if (refused) for (const span of clause.spans) if (span.kind === 'yes') span.kind = 'neutral';
  }
}

// A colleague as the clause's subject (folded), then a yes without a subject of its own ("and will join", "va participa").
const COLLEAGUE_SUBJECT = /^(?:(?:but|and|dar|iar|insa)\s+)?(?:(?:my|our)\s+(?:colleague|colleagues|director|boss|manager|deputy)|(?:colegul|colega|colegii|colegele)\s+(?:meu|mea|mei|mele|nostru|noastra|nostri|noastre))(?![a-z])/;
const SUBJECTLESS_YES = /^(?:(?:and|si)\s+)?(?:will|shall|va|vor|o sa)\s/;

/**
 * "… but my colleague Sanne Bakker will be in Romania that week and will join the session" (h539_022): a yes without a
 * subject of its own, in a clause whose subject is a colleague, is the colleague's coming. Mutates the spans of `sentence`.
 */
export function scopeColleagueSubject(sentence: readonly Clause[]): void {
  for (const clause of sentence) {
    if (!COLLEAGUE_SUBJECT.test(clause.folded.trimStart())) continue;
    for (const span of clause.spans) {
      if (span.kind === 'yes' && SUBJECTLESS_YES.test(clause.folded.slice(span.start, span.end))) span.kind = 'othersYes';
      // "My colleague Luka will follow the session online if you stream it" (h576_061): the colleague's coming, conditional.
      else if (span.kind === 'maybe' && span.conditional === true && SUBJECTLESS_YES.test(clause.folded.slice(span.start, span.end))) span.kind = 'othersMaybe';
    }
  }
}

// A hedge word right before a talk (folded, from the hedge's end): "Poate zic și eu ceva dacă rămâne timp" (h529_046).
// Or a talk declined: "I will connect and listen. I probably won't comment" (h539_046). Or a talk brought along: "Vă
// confirm participarea mea, probabil cu o intervenție scurtă" (h550_053), "Probabil vom interveni cu câteva comentarii".
const HEDGED_TALK =
  /^\s+(?:o sa\s+|voi\s+|vom\s+|nu\s+(?:o sa\s+|voi\s+)?|won't\s+|will not\s+)?(?:(?:intervin|vorbesc|iau cuvantul|comentez|prezint|interveni|speak|present|comment)(?![a-z])|(?:zic|spun|zice|spune|say)\s+(?:si eu\s+|and\s+)?(?:ceva|cateva|doua vorbe|a few words|a word|something|some words)(?![a-z])|cu\s+o\s+(?:scurta\s+|mica\s+)?(?:interventie|prezentare|alocutiune)(?![a-z]))/;
const HEDGE_WORD = /^(?:poate|eventual|probabil|maybe|perhaps|probably)$/;

/**
 * "Confirm pentru Zoom. Poate zic și eu ceva dacă rămâne timp": a bare hedge word right before a talk doubts the talk,
 * not coming: it answers nothing, and still leaves the talk open ("poate spun și eu două vorbe", h474_003). Mutates the
 * spans of `sentence`.
 */
export function scopeHedgedTalk(sentence: readonly Clause[]): void {
  for (const clause of sentence) {
    for (const span of clause.spans) {
      if (span.kind !== 'maybe' || !HEDGE_WORD.test(clause.folded.slice(span.start, span.end))) continue;
      if (!HEDGED_TALK.test(clause.folded.slice(span.end))) continue;
      span.kind = 'talkHedge';
    }
  }
}

// The sender's own "not me", said of the talk just wished for by someone else.
const ELIDED_REFUSAL = /^(?:eu nu|eu una nu|eu unul nu|not me|i won't|i will not|i don't|but not me|dar eu nu|iar eu nu)[.!]?$/;

/**
 * "Una dintre ele, Bianca, ar vrea să ia cuvântul, eu nu" (h528_052): a bare "eu nu" right after a wish to speak, in the
 * same sentence, declines the floor the wish asked for, not coming. The party's talk stands, so the "not me" answers
 * nothing. Mutates the spans of `sentence`.
 */
export function scopeElidedTalkRefusal(sentence: readonly Clause[]): void {
  for (let index = 1; index < sentence.length; index++) {
    const clause = sentence[index]!;
    if (!ELIDED_REFUSAL.test(clause.folded.trim())) continue;
    if (!sentence[index - 1]!.spans.some((span) => span.kind === 'speakerYes' || span.kind === 'othersSpeaker')) continue;
    for (const span of clause.spans) if (span.kind === 'no') span.kind = 'neutral';
  }
}

// A wish split by its condition: "care ar dori, dacă programul permite, să prezinte pe scurt (5-7 minute)" (h180_009).
const WISH_END = /(?:^|\s)(?:ar dori|as dori|am dori|doreste|doresc|dorim|ar vrea|as vrea|am vrea|would like|would love|wishes|wants)$/;
const TALK_START = /^(?:sa|to) (?:prezinte|prezint|prezentam|intervina|intervin|intervenim|vorbeasca|vorbesc|vorbim|spuna|spun|ia cuvantul|iau cuvantul|present|speak|say|give|share|talk)(?![a-z])/;

/**
 * A doubt between a wish and its talk ("care ar dori, dacă programul permite, să prezinte …") is the
 * talk's condition, not a doubt about coming: its spans answer nothing. Mutates the spans of `sentence`.
 */
export function scopeTalkConditions(sentence: readonly Clause[]): void {
  for (let index = 1; index + 1 < sentence.length; index++) {
    const clause = sentence[index]!;
    if (!clause.spans.some((span) => span.kind === 'maybe')) continue;
    if (!WISH_END.test(sentence[index - 1]!.folded.trimEnd()) || !TALK_START.test(sentence[index + 1]!.folded)) continue;
    for (const span of clause.spans) if (span.kind === 'maybe') span.kind = 'neutral';
  }
}

// A calendar button pressed by mistake, told in the text (h189_016): "Am apăsat din greșeală pe „Refuz” în calendar".
const BUTTON_PRESSED = /(?:^|\s)(?:am apasat|am dat cli(?:c|ck)|am facut cli(?:c|ck)|am bifat|am acceptat|clicked|pressed|hit|tapped|accepted)(?![a-z])/;
const BY_MISTAKE = /(?:din greseala|gresit|accidental|by mistake|by accident|accidentally|mistakenly|wrongly)(?![a-z])/;

/**
 * The button named in a clause that says it was pressed by mistake ("pe „Refuz”", "clicked Decline by mistake")
 * is no answer of the sender's; the answer is in the clause after ("de fapt vin"). Mutates the spans of `sentence`.
 */
export function scopeButtonMistakes(sentence: readonly Clause[]): void {
  for (const clause of sentence) {
    if (!BUTTON_PRESSED.test(clause.folded) || !BY_MISTAKE.test(clause.folded)) continue;
    for (const span of clause.spans) if (span.kind === 'no' || span.kind === 'yes' || span.kind === 'maybe' || span.kind === 'weakNo') span.kind = 'neutral';
  }
}
