import type { Clause, SpanKind } from './analyze-text';
import { namesComing, opensFallback } from './clause-scope';
import { ANSWER_KINDS, ANSWER_PARTICLES, BARE_CONFIRMATION, CONDITIONAL, NEGATOR } from './clause-words';
import { LOCALES } from './intent-locales';
import { namesRelatedPerson } from './person-names';
import { compileStickyPhrases, findAll } from './phrase-table';
import { matchKey } from './text-normalize';

/*
 * Scopes over the clauses of a sentence (or of the reply) once their spans are found: which answer words answer the
 * invitation and which answer something else — a glad "yes" before a regret, a bare "da" before a remark on the mail, a
 * colleague's wish after "and", a wish before a condition contrary to fact, an answer on the organiser's yes. Each
 * mutates the spans it is given. Split from `analyze-text.ts`, which calls them per sentence.
 */

const FALLBACK_YES: ReadonlySet<SpanKind> = new Set(['yes', 'softYes', 'neutral']);

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
export function scopeRegretAfterGladYes(clauses: readonly Clause[]): void {
  const bySentence = clausesBySentence(clauses);
  bySentence.forEach((glad, sentence) => {
    const next = bySentence[sentence + 1];
    if (!next || findAll(REGRET_OPENING, next[0]!.folded).length === 0) return;
    // A greeting before it ("Hi Lavinia, I would love to!") holds no phrase and is passed over.
    const said = glad.filter((clause) => clause.spans.length > 0);
    if (said.length === 0 || !said.every((clause) => findAll(GLAD_ONLY, clause.folded).length > 0 && clause.spans.every((span) => span.kind === 'yes' || span.kind === 'wish' || span.kind === 'neutral'))) return;
    if (!next.some((clause) => clause.spans.some((span) => (span.kind === 'no' || (span.kind === 'excuses' && !DAY_PART.test(clause.folded))) && !span.partial && !span.negated))) return;
    for (const clause of glad) for (const span of clause.spans) if (span.kind === 'yes' || span.kind === 'wish') span.kind = 'neutral';
  });
}

/**
 * "Yes please — could you add my colleague Lukas to the mailing list?" (h447_002): a sentence that is only a glad "yes",
 * followed by a sentence opening on a remark about the mail or a request about the mailing list, answers that.
 */
export function scopeGladYesBeforeRemark(clauses: readonly Clause[]): void {
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

/**
 * A bare "de fapt nu" takes back only a yes said right before it ("Confirm. De fapt nu – tocmai mi-a intrat o ședință",
 * h615_034), not something else ("Voiam să întreb ceva despre parcare. De fapt nu, am găsit răspunsul"); a bare "Anulați" cancels
 * the participation only when the sentence says nothing else ("Anulați, vă rog." in a P.S., h615_071; not "Anulați, vă rog,
 * rezervarea pentru prânz"). Mutates the spans.
 */
export function scopeBareTakeBacks(clauses: readonly Clause[]): void {
  clauses.forEach((clause, index) => {
    const no = clause.spans.length === 1 && clause.spans[0]!.kind === 'no' ? clause.spans[0]! : null;
    if (!no) return;
    const previous = clauses[index - 1];
    if (TAKEN_BACK.test(clause.folded) && !previous?.spans.some((span) => AFFIRMATIVE_KINDS.has(span.kind))) no.kind = 'neutral';
    const rest = clauses.filter((other) => other !== clause && other.sentence === clause.sentence);
    if (BARE_CANCEL.test(clause.folded) && rest.some((other) => !POLITE_ONLY.test(other.folded))) no.kind = 'neutral';
  });
}

const BARE_CANCEL = /^[^a-z]*anulati(?:-mi|-ne)?[^a-z]*$/;
const POLITE_ONLY = /^[^a-z]*(?:(?:va|te) (?:rog|rugam)(?: frumos| mult)?|multumesc|multumim|mersi|scuze|imi cer scuze)?[^a-z]*$/;

/**
 * A refusal at an hour, then a later hour the sender joins at: "Nu mă pot conecta la 11, intru la 12 dacă se poate, pentru
 * ultima parte" (h630_059). Even at the hour the meeting starts, the refusal is of a part: the sender comes later. Mutates the spans.
 */
export function scopeLaterJoin(sentence: readonly Clause[]): void {
  sentence.forEach((clause, index) => {
    const refused = HOUR_IN.exec(clause.folded);
    const later = refused ? LATER_JOIN.exec(sentence[index + 1]?.folded ?? '') : null;
    if (!refused || !later || Number(later[1]) <= Number(refused[1])) return;
    for (const span of clause.spans) if (span.kind === 'no') span.partial = true;
  });
}

const HOUR_IN = /(?<![a-z])(?:la|at)(?: ora)? (\d{1,2})(?![0-9])/;
const LATER_JOIN = /^[^a-z]*(?:(?:dar|insa|but) )?(?:intru|ma conectez|ma alatur|vin|ajung|i'll join|i will join|i'll connect|i will connect)(?: si eu)? (?:abia |doar |only )?(?:la|de la|dupa|pe la|at|from|after)(?: ora)? (\d{1,2})(?![0-9])/;

/** Answers before the sender says the mail went off half-written answer nothing, when an answer follows. */
export function scopeMissent(clauses: readonly Clause[]): void {
  let at = -1;
  clauses.forEach((clause, index) => {
    if (findAll(MISSENT, clause.folded).length > 0) at = index;
  });
  // "Sigur. Adică sigur nu pot" (h519_067): the answer that takes the first one back may be in the same clause.
  if (at < 0 || !clauses.slice(at).some((clause) => clause.spans.some((span) => ANSWER_KINDS.has(span.kind)))) return;
  for (const clause of clauses.slice(0, at)) for (const span of clause.spans) if (ANSWER_KINDS.has(span.kind)) span.kind = 'neutral';
}

const RELATIVE_COMING = compileStickyPhrases(LOCALES.flatMap((l) => l.relativeComing).map((phrase) => `^${phrase}`));

/**
 * "Forwarding below the reply from my colleague Vlad, who will join on our behalf" (h453_008): "who will join …" right after a
 * colleague named by first name says the colleague comes. The same words alone are who is still to be decided ("he will
 * decide who will participate from our side"), which the neutral phrase masks; here they are someone's coming.
 */
export function scopeRelativeComer(sentence: readonly Clause[]): void {
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
export function scopeConditionalSequel(sentence: readonly Clause[], answers: boolean): void {
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
export function scopeSharedSubject(sentence: readonly Clause[]): void {
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
export function scopeCounterfactualWish(clauses: readonly Clause[]): void {
  clauses.forEach((clause, index) => {
    const opening = clause.spans[0];
    if (index === 0 || opening?.kind !== 'no' || opening.partial || opening.start !== 0 || !CONDITIONAL.test(clause.folded.slice(0, opening.end))) return;
    const opensSentence = clauses[index - 1]!.sentence !== clause.sentence;
    const warm = clauses.slice(0, index).filter((other) => other.sentence === (opensSentence ? clause.sentence - 1 : clause.sentence));
    // Only the wish, a yes in the conditional mood or a bare "sure": a firm "I will attend the conference" stands.
    const warmth = (span: { kind: SpanKind; text: string }): boolean =>
      span.kind === 'wish' || (span.kind === 'yes' && (CONDITIONAL_MOOD.test(matchKey(span.text)) || ANSWER_PARTICLES.has(matchKey(span.text))));
    for (const other of warm) for (const span of other.spans) if (warmth(span)) span.kind = 'neutral';
  });
}

/**
 * "Nu X, ci Y" corrects X and refuses nothing: the "nu" before the "ci" clause is no answer. Nor is a bare "de fapt nu" that
 * the sentence goes on to correct a detail with ("Venim doi. De fapt nu, trei"), where before a reason it takes a yes back
 * ("Confirm. De fapt nu - tocmai mi-a intrat o ședință", h615_034).
 */
export function scopeCorrections(sentence: readonly Clause[]): void {
  sentence.forEach((clause, index) => {
    const next = sentence[index + 1];
    if (next === undefined) return;
    const detail = TAKEN_BACK.test(clause.folded) && (DETAIL_OPENS.test(next.folded) || next.spans.some((span) => AFFIRMATIVE_KINDS.has(span.kind)));
    if (!detail && !CORRECTION.test(next.folded)) return;
    for (const span of clause.spans) if (span.kind === 'no') span.kind = 'neutral';
  });
}

const TAKEN_BACK = /^[^a-z]*de fapt nu[^a-z]*$/;
/** A count or a party opening the clause after "de fapt nu": the correction is of the detail. */
const DETAIL_OPENS = /^[^a-z0-9]*(?:\d|(?:doar|numai|tot|chiar) |(?:unul|una|doi|doua|trei|patru|cinci|sase|sapte|opt|noua|zece|corectez|suntem|vom fi|venim|vin)(?![a-z]))/;
const AFFIRMATIVE_KINDS: ReadonlySet<SpanKind> = new Set(['yes', 'wish', 'softYes', 'othersYes', 'orgYes']);

const ECHOED = compileStickyPhrases(LOCALES.flatMap((l) => l.echoedNegatives).map((phrase) => `^${phrase}`));
// One word, or two ("sure thing"): the answer particles of the locales.
const BARE = /^[^a-z0-9]*([a-z]+(?: [a-z]+)?)[^a-z0-9]*$/;
const BARE_NU = /^[^a-z0-9]*(?:nu|no)[^a-z0-9]*$/;

/**
 * A bare "nu"/"no" clause that answers no invitation: "Nu, nu am întrebări…, ne vedem marți"
 * echoes the negative right after it (the question about questions), and the Transylvanian
 * "No, mă bag și eu" / "Io vin, no." is a filler in a sentence otherwise in Romanian.
 */
export function scopeBareNo(sentence: readonly Clause[], nextSentence?: string): void {
  sentence.forEach((clause, index) => {
    const word = BARE.exec(clause.folded)?.[1];
    // One word only ("Nu, …"), not a two-word refusal such as "nu pot".
    if (!word || word.includes(' ') || clause.spans.length !== 1 || clause.spans[0]!.kind !== 'no') return;
    const next = sentence[index + 1];
    // Or a later clause of the sentence: "Nu, vin pe jos, nu am nevoie de loc de parcare" (h441_028).
    // "Nu, nu pot lipsi" (h501_044): an echo that is itself a yes leaves the yes to answer.
    const echoes = (other: Clause): boolean => !other.contrast && findAll(ECHOED, other.folded).length > 0 && !other.spans.some((span) => ANSWER_KINDS.has(span.kind) && span.kind !== 'yes');
    // "Nu, nu cred că o să pot lipsi" (h519_062): or a double negative that says yes, opening the next clause.
    // Past more bare "nu"s: "Nu, nu, nu pot să ratez așa ceva!" (h615_048).
    const following = sentence.slice(index + 1).find((other) => !BARE_NU.test(other.folded));
    const doubleNegative = following !== undefined && following.spans[0]?.kind === 'yes' && following.spans[0].start === 0 && /^nu\s/.test(following.folded);
    const echo = next !== undefined && (echoes(next) || doubleNegative || sentence.slice(index + 2).some(echoes));
    if (echo || fillerIn(word, sentence.filter((other) => other !== clause), nextSentence)) clause.spans[0]!.kind = 'neutral';
  });
}

/** The organiser's question said again before its answer (folded): "Întrebați dacă …", "Întrebarea din invitație", "You asked whether …". */
const QUESTION_RESTATED =
  /^[^a-z]*(?:(?:ne |ma |)intrebati|(?:ne-|m-|)ati intrebat|(?:la |referitor la |legat de |cat despre |)intrebarea|you ask(?:ed)?|as for (?:your|the) question|regarding (?:your|the) question|to your question)(?![a-z])/;
/** A side matter a restated question may be about (folded): the link, the recording, a working group, materials, a talk. */
// Speaking too ("dacă dorim să prezentăm ceva - nu, nu dorim", h387_028), but not "prezenți", which is coming.
const SIDE_MATTER =
  /(?<![a-z])(?:link\w*|inregistr\w*|recording|grup\w* de lucru|working group|materiale\w*|slide\w*|prezentar\w*|prezentam|prezint|prezinte|interven\w*|vorbim|vorbesc|cuvantul|speak\w*|present|traducer\w*|interpret\w*|obiecti\w*|objection\w*|newsletter\w*|lista de distributie|logo\w*)(?![a-z])/;
/** What says someone comes or not: words of a restated question that hold one are about attending, and so is its answer. */
const ATTENDANCE: ReadonlySet<SpanKind> = new Set(['yes', 'wish', 'softYes', 'othersYes', 'orgYes', 'no']);

/**
 * "Întrebați dacă avem nevoie de link separat pentru colegi - nu, ne conectăm toți …" (h615_005), "Întrebarea din invitație -
 * dacă avem obiecții la înregistrare - nu, nicio obiecție" (h615_035): a bare "nu" after the organiser's question said again
 * answers that question; the question's own words answer nothing. Not a question about coming ("Ați întrebat dacă pot
 * participa - nu, din păcate"). Mutates the spans; read before conditions are scoped ("dacă avem …" is the question's).
 */
export function scopeRestatedQuestion(sentence: readonly Clause[]): void {
  const restated = sentence.findIndex((clause) => QUESTION_RESTATED.test(clause.folded));
  if (restated < 0) return;
  const answer = sentence.findIndex((clause, index) => index > restated && clause.spans.length === 1 && clause.spans[0]!.kind === 'no' && BARE.test(clause.folded) && !BARE.exec(clause.folded)![1]!.includes(' '));
  // Read only when the question is about a side matter, a link or the recording ("dacă avem obiecții la înregistrare"), never
  // about coming ("Ați întrebat dacă vin - nu", "Întrebați dacă avem disponibilitate pe 17 - nu"); an answer a condition turned
  // into a doubt still speaks of coming.
  const asked = sentence.slice(restated, answer);
  if (answer < 0 || asked.some((clause) => clause.spans.some((span) => ATTENDANCE.has(span.kind) || span.conditional === true))) return;
  if (!asked.some((clause) => SIDE_MATTER.test(clause.folded) || findAll(LOGISTICS, clause.folded).length > 0)) return;
  for (const clause of sentence.slice(restated, answer + 1)) for (const span of clause.spans) span.kind = 'neutral';
}

/** Practical matters asked about (parking, lunch, the projector): shared with the side-question reader. */
export const LOGISTICS = compileStickyPhrases(LOCALES.flatMap((l) => l.logisticsTopics));

/**
 * A bare "da"/"yes" in a sentence about a practical matter and nothing else answers that
 * matter, not the invitation: "Da, am nevoie de loc de parcare", "Regarding the parking: yes,
 * we will need a place for one car" (replies to a reminder that asked about parking).
 */
export function scopeLogisticsYes(sentence: readonly Clause[]): void {
  const bare = sentence.filter(isBareYes);
  if (bare.length === 0) return;
  const others = sentence.filter((clause) => !bare.includes(clause));
  if (others.some((clause) => clause.spans.some((span) => ANSWER_KINDS.has(span.kind)))) return;
  const about = others.filter((clause) => findAll(LOGISTICS, clause.folded).length > 0);
  // "Yes, and I will need a parking space", "Da, am nevoie și de parcare": the need comes on top of an answer.
  if (about.length === 0 || about.some((clause) => findAll(ADDITIVE, clause.folded).length > 0)) return;
  for (const clause of bare) clause.spans[0]!.kind = 'neutral';
}

const MAIL_REMARKS = compileStickyPhrases(LOCALES.flatMap((l) => l.mailRemarks).map((phrase) => `^${phrase}`));
const SENDING_OFFERS = compileStickyPhrases(LOCALES.flatMap((l) => l.sendingOffers).map((phrase) => `^${phrase}`));
const LEAVE_GIVEN = compileStickyPhrases(LOCALES.flatMap((l) => l.leaveGiven).map((phrase) => `^${phrase}`));

/**
 * "Da, am primit invitația", "Yes, the attachment opens fine now": a bare "da"/"yes" right before a remark about the mail
 * itself answers that, not the invitation.
 */
export function scopeMailRemarkYes(sentence: readonly Clause[]): void {
  sentence.forEach((clause, index) => {
    const next = sentence[index + 1];
    // "sure, I can send you the two slides on our incubator" (h471_055): or materials offered; "Da, sigur, puteți să-mi treceți
    // numele pe ecusonul de grup" (h471_049): or leave given, past another bare yes.
    const bare = isBareYes(clause);
    if (bare || isGladYes(clause)) {
      // A glad yes only right before the remark; a bare one past other bare ones ("Da, sigur, …").
      // "Da, mulțumesc, am primit" (h519_035): past a short thanks too.
      const thanks = (other: Clause): boolean => other.spans.length === 0 && THANKS_ONLY.test(other.folded);
      const said = bare ? sentence.slice(index + 1).find((other) => !isBareYes(other) && !isGladYes(other) && !thanks(other)) : next;
      const remarks = bare ? [MAIL_REMARKS, SENDING_OFFERS, LEAVE_GIVEN] : [MAIL_REMARKS, SENDING_OFFERS];
      // "Da, cu plăcere – am redirecționat invitația către colegii de la Serviciul Programe Culturale; dânșii vă vor confirma
      // direct dacă participă" (h483_007): or the invitation passed on, opening the clause said.
      const passedOn = said !== undefined && said.spans[0]?.kind === 'handover' && said.spans[0].start === 0;
      if (said !== undefined && (passedOn || remarks.some((matcher) => findAll(matcher, said.folded).length > 0))) {
        for (const answered of sentence.slice(index, sentence.indexOf(said))) for (const span of answered.spans) if (span.kind === 'yes') span.kind = 'neutral';
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
export function scopeRelativeRefusal(sentence: readonly Clause[]): void {
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
export function scopeRegretYes(sentence: readonly Clause[]): void {
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
    if (!rest.slice(regret).some((other) => other.spans.some((span) => (span.kind === 'no' || (span.kind === 'excuses' && !DAY_PART.test(other.folded))) && !span.partial))) return;
    for (const other of [clause, ...glad]) for (const span of other.spans) if (span.kind === 'yes') span.kind = 'neutral';
  });
}

/** A clause that only thanks (folded). */
const THANKS_ONLY = /^[^a-z]*(?:multumesc|multumim|mersi|thanks|thank you|many thanks|thx)(?: (?:frumos|mult|a lot|so much))?[^a-z]*$/;
/**
 * A part of the day or an hour in an absence's clause (folded): "Yes of course, but unfortunately I am away in the morning" is
 * away from a part only (an excuse carries no part flag; a refusal does).
 */
const DAY_PART = /(?<![a-z])(?:in the morning|in the afternoon|in the evening|until|till|after|before|dimineata|dupa-amiaza|dupa amiaza|seara|pana la|dupa ora|de la ora|la ora|at \d)(?![a-z])/;
/** Missing or refusing the event (folded), the irony's subject when it strengthens a yes. */
const MISSING_IT = /(?<![a-z])(?:miss|skip|say no|refuse|turn (?:it|this) down|rata|pierde|lipsi|n-as veni|nu as veni|as refuza)(?![a-z])/;
/** A yes in the conditional mood (folded): "aș veni", "I would come", "I'd love to". */
const CONDITIONAL_MOOD = /^(?:as|am|ar|mi-ar|i'd|i would|we'd|we would|would)(?![a-z])/;
const IRONY_OPENING = compileStickyPhrases(LOCALES.flatMap((l) => l.ironyOpenings).map((phrase) => `^${phrase}`));

/**
 * "Da, da, sigur, ca și cum aș avea timp de încă un Zoom săptămâna asta..." (h519_014): bare or glad yeses before a clause
 * opening on irony mean the opposite; they answer nothing. Mutates `sentence`.
 */
export function scopeIronicYes(sentence: readonly Clause[]): void {
  const irony = sentence.findIndex((clause) => findAll(IRONY_OPENING, clause.folded).length > 0);
  // "Of course, as if I would miss it!", "Sigur, de parcă aș rata așa ceva": irony about missing it strengthens the yes.
  if (irony > 0 && MISSING_IT.test(sentence[irony]!.folded)) return;
  if (irony <= 0 || !sentence.slice(0, irony).every((clause) => isBareYes(clause) || isGladYes(clause) || clause.spans.length === 0)) return;
  for (const clause of sentence.slice(0, irony)) for (const span of clause.spans) if (span.kind === 'yes') span.kind = 'neutral';
}

/** "doar că", "numai că" opening a clause: "only that", a "but". */
const ONLY_THAT = /^(?:doar|numai) ca /;

/** A clause that is only an answer particle ("da", "yes", "sure") read as a yes: it answers whatever the sentence is about. */
function isBareYes(clause: Clause): boolean {
  const known = ANSWER_PARTICLES;
  // "Da da, am primit" (h525_025): a particle said twice is as bare.
  const bare = BARE.exec(clause.folded)?.[1] ?? '';
  const words = bare.split(' ');
  return (known.has(bare) || (known.has(words[0]!) && words.every((word) => word === words[0]))) && clause.spans.length === 1 && clause.spans[0]!.kind === 'yes';
}

/**
 * "(10:00 Kaunas time is 11:00 yours, right? – yes, it clashes)": a bare "yes"/"da" right after
 * the sender's own tag question answers that question, not the invitation, and the tag,
 * answered at once, asks the organiser nothing. Mutates `sentence` and `tag`.
 */
export function scopeTagAnswer(sentence: readonly Clause[], tag: readonly Clause[]): void {
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
export function comesEitherWay(asked: readonly Clause[], sentence: readonly Clause[]): boolean {
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
export function scopeSentenceAdverbs(sentence: readonly Clause[]): void {
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
