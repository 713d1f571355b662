import { FOREIGN_ANSWERS } from './locales/answers-foreign';
import type { ForeignAnswerLocale } from './locales/answers-foreign';
import { compileGroupedPhrases, wordStarts } from './phrase-table';
import type { TaggedPhraseMatcher } from './phrase-table';
import { splitSentences } from './sentences';
import { matchKey } from './text-normalize';

/** What a reply in a partner language says, when the Romanian and English tables found nothing. */
export interface ForeignAnswer {
  intent: 'yes' | 'no' | 'maybe';
  confidence: number;
  evidence: string;
  /** The party, the sender included, when the answer is yes. */
  headcount: number | null;
  speaker: boolean | null;
  /** Set when the sender stays away and names a colleague who comes in their place. */
  standIn?: true;
}

type Tag =
  | 'yes' | 'litotes' | 'no' | 'regret' | 'regretCue' | 'discussed' | 'past' | 'maybe' | 'partial' | 'negator' | 'condition'
  | 'othersYes' | 'companion' | 'total' | 'speakerYes' | 'speakerNo';

interface Compiled {
  locale: ForeignAnswerLocale;
  matcher: TaggedPhraseMatcher<Tag>;
  numbers: RegExp;
}

interface Hit {
  tag: Tag;
  text: string;
  start: number;
  end: number;
}

// A clause ends at a comma, a semicolon or a dash: "Ich nehme gerne teil, werde aber keinen Beitrag halten" keeps its
// yes away from the "keinen" of the next clause. Not at a bare "but": German "aber" sits inside its clause
// ("ich nehme aber gerne teil"), and where "mais", "ma", "de" join two clauses a comma stands before them.
const CLAUSE_END = /\s*[,;:–—]\s*|\s+-\s+/u;
/** A colleague in the partner languages, folded ("Kollegin", "collègue", "kollégám", "colega"). */
const COLLEAGUE_WORDS = 'kollegin|kollege|kollegen|collega|colleghi|collegue|colega|companera|companero|kolegica|kolega|kolege|kollegam|kollegank|kolleganom|helyettesem';
/**
 * Whether folded text names a colleague in a partner language: the cheap test before a refusal the tables read is read again
 * here for a stand-in ("Mein Kollege Andreas Weber wird … teilnehmen", h595_093).
 */
export const FOREIGN_COLLEAGUE = new RegExp(`(?<![a-z])(?:${COLLEAGUE_WORDS})(?:'s)?(?![a-z])`);
/**
 * A colleague named after a comma ("de a kollégám, Réka Nagy ott lesz", h621_061; "meine Kollegin, Anna Weber, wird
 * teilnehmen"): the commas around the name split no clause.
 */
const COLLEAGUE_COMMA = new RegExp(`(?<![a-z])(${COLLEAGUE_WORDS})\\s*,\\s*([a-z-]+(?:\\s+[a-z-]+){0,2}\\s*,\\s*)?`, 'g');
const joinColleague = (_: string, colleague: string, name: string | undefined): string => `${colleague} ${name?.replace(/\s*,\s*$/, ' ') ?? ''}`;
// Replies this long are not the short formal notes these tables are written for.
const MAX_TEXT = 1500;
// German and Hungarian write the day as an ordinal ("am 20. Januar", "2020. január 17.", "am 17. nicht"): the dot
// before a month or a lower-case word ends no sentence.
const ORDINAL_BEFORE_MONTH =
  /(\d)\.\s+(?=(?:januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|január|február|március|április|május|június|július|augusztus|szeptember|október)(?![\p{L}]))/giu;

const ORDINAL_BEFORE_WORD = /(\d)\.\s+(?=\p{Ll})/gu;
// Folding keeps "ß" (it has no decomposition): "weiß" is matched as "weiss", the Swiss spelling.
const SHARP_S = /ß/g;
// "Sí, asistiré" / "Si, je viendrai": a "yes" word that is also the conditional "if", answering on its own at the sentence's
// start; not "Si, comme prévu, la réunion a lieu en ligne, je participerai".
const SI_COMMA = /^\W*si\s*,/;
// A day the regret is about: "am 17. Januar", "il 20 gennaio", "le 17", "el 17 de enero"; not a phone number or "vom 10. Januar".
// Or a third person right after the doubt: "Giuseppe ti ha già scritto, forse lui riesce" (h631_049).
const ABOUT_A_COLLEAGUE = /^\s*(?:(?:mijn|onze|meine|meiner|unsere|ma|mon|mia|mio|il mio|la mia|mi|nuestro|nuestra)\s+(?:collega|kollegin|kollege|collegue|colega|companera|companero)|(?:lui|lei|er|sie|elle|hij|zij|ella)\s)/;
const DAY_IN_DIGITS = /(?<![a-z])(?:am|il|le|el|op|on|pe|den|al|du|au|bis|tot|dal) \d{1,2}(?!\d)/;

let compiled: Compiled[] | null = null;

function compile(): Compiled[] {
  return FOREIGN_ANSWERS.map((locale) => {
    const words = Object.keys(locale.numbers);
    const numberSource = `\\d{1,2}|${words.join('|')}`;
    // Every list its own group: a companion phrase and a colleague-attends phrase starting at the same word both count.
    const lists: [Tag, string[]][] = [
      ['yes', locale.yes], ['litotes', locale.litotes], ['no', locale.no], ['regret', locale.regret], ['regretCue', locale.regretCues],
      ['discussed', locale.discussed], ['past', locale.past], ['maybe', locale.maybe], ['partial', locale.partial],
      ['negator', locale.negators], ['condition', locale.conditions], ['othersYes', locale.othersYes],
      ['companion', locale.companions], ['total', locale.totals], ['speakerYes', locale.speakerYes], ['speakerNo', locale.speakerNo],
    ];
    const matcher = compileGroupedPhrases(lists.map(([tag, phrases]) => [{ tag, phrases }]), numberSource);
    return { locale, matcher, numbers: new RegExp(`(?<![a-z0-9])(${numberSource})(?![a-z0-9])`) };
  });
}

/**
 * Reads a short reply written in German, French, Italian, Spanish or Hungarian with the
 * narrow tables of `locales/answers-foreign.ts`: a first-person yes not negated in its
 * clause, a negated attendance verb, regret alone, a hedge. Returns null when the reply says
 * none of them, says both a yes and a no, or holds a question or a partial attendance that a
 * person should read.
 */
export function readForeignAnswer(text: string): ForeignAnswer | null {
  compiled ??= compile();
  if (text.length > MAX_TEXT) return null;
  const sentences = splitSentences(text.replace(ORDINAL_BEFORE_MONTH, '$1 ').replace(ORDINAL_BEFORE_WORD, '$1 ')).map((s) => ({
    text: matchKey(s.text).replace(SHARP_S, 'ss'),
    question: s.question,
  }));
  for (const locale of compiled) {
    const answer = readIn(sentences, locale);
    if (answer) return answer;
  }
  return null;
}

function readIn(sentences: { text: string; question: boolean }[], { locale, matcher, numbers }: Compiled): ForeignAnswer | null {
  const yes: string[] = [];
  const no: string[] = [];
  const maybe: string[] = [];
  const regret: string[] = [];
  const others: string[] = [];
  const companions: string[] = [];
  let total: number | null = null;
  let partial = false;
  let speaker: boolean | null = null;
  let asks = false;
  let anyQuestion = false;
  let regretBesideYes = false;
  for (const sentence of sentences) {
    anyQuestion ||= sentence.question;
    const sentenceHits = findHits(matcher, sentence.text);
    // "Wenn es online ist, nehme ich gerne teil": the condition may stand in the clause before the yes.
    const answersSi = (hit: Hit): boolean =>
      hit.start === sentence.text.search(/[a-z]/) && SI_COMMA.test(sentence.text) && sentenceHits.some((yes) => (yes.tag === 'yes' || yes.tag === 'litotes') && yes.start > hit.end && yes.start - hit.end <= 25);
    const conditional = sentenceHits.some((hit) => hit.tag === 'condition' && !answersSi(hit));
    // "Leider bin ich am 17. Januar auf Dienstreise" is a refusal; "Leider ist der Link kaputt" is not.
    const regretAboutTheDay = DAY_IN_DIGITS.test(sentence.text) || sentenceHits.some((hit) => hit.tag === 'regretCue');
    for (const clause of sentence.text.replace(COLLEAGUE_COMMA, joinColleague).split(CLAUSE_END)) {
      const hits = findHits(matcher, clause);
      if (hits.length === 0) continue;
      const has = (tag: Tag): Hit | undefined => hits.find((hit) => hit.tag === tag);
      const negated = has('negator') !== undefined;
      const litotes = has('litotes');
      const yesHit = has('yes') ?? litotes;
      // "Non posso ancora confermare se potrò partecipare": a refusal that holds an "if" is a doubt.
      const noHit = hits.find((hit) => hit.tag === 'no' && !hits.some((c) => c.tag === 'condition' && c.start >= hit.start && c.end <= hit.end));
      const regretHit = has('regret');
      if (sentence.question && (yesHit || noHit)) asks = true;
      else if (noHit) no.push(noHit.text);
      else if (yesHit && conditional) maybe.push(yesHit.text);
      else if (yesHit && (!negated || litotes)) {
        yes.push(yesHit.text);
        // "Ich werde leider nur online teilnehmen": a yes with a regret in it holds a restriction for a person.
        if (regretHit) regretBesideYes = true;
      }
      // "Ik kom graag, maar ik weet niet of mijn collega ook kan": a doubt about a colleague, not about coming.
      const maybeHit = has('maybe');
      if (maybeHit && !ABOUT_A_COLLEAGUE.test(clause.slice(maybeHit.end))) maybe.push(maybeHit.text);
      if (has('partial')) partial = true;
      if (regretHit && !sentence.question && regretAboutTheDay) regret.push(regretHit.text);
      const othersHit = has('othersYes');
      if (othersHit && !negated) others.push(othersHit.text);
      // "Letztes Jahr waren wir 5": a party of the past.
      const past = has('past') !== undefined;
      let companionEnd = -1;
      for (const hit of hits) {
        // "zusammen mit meiner Kollegin" holds "mit meiner Kollegin" too: one companion. "Wie mit Herrn Schmidt
        // besprochen" is a conversation, not a companion.
        if (hit.tag === 'companion' && !negated && hit.start >= companionEnd && !discussedAfter(hits, hit)) {
          companions.push(hit.text);
          companionEnd = hit.end;
        }
        if (hit.tag === 'total' && !past) total = countIn(hit.text, numbers, locale) ?? total;
      }
      // A refusal to speak in any clause wins over a wish in another: the person reads a mixed reply anyway.
      if (has('speakerNo')) speaker = false;
      else if (has('speakerYes') && !negated && speaker === null) speaker = true;
    }
  }
  const found = (list: string[]): string => `${locale.language}: ${list.slice(0, 2).join(' / ')}`;
  if (asks || partial || regretBesideYes) return null;
  if (maybe.length > 0) return { intent: 'maybe', confidence: 0.55, evidence: found(maybe), headcount: null, speaker };
  if (yes.length > 0 && no.length === 0) {
    const party = total ?? 1 + companions.reduce((n, c) => n + (countIn(c, numbers, locale) ?? 1), 0);
    return { intent: 'yes', confidence: 0.7, evidence: found(yes), headcount: party, speaker };
  }
  if (yes.length > 0) return null;
  // The sender stays away and names a colleague who comes in their place: the organisation's yes, for one.
  if (others.length > 0) return { intent: 'yes', confidence: 0.6, evidence: found([...no, ...regret, ...others]), headcount: 1, speaker, standIn: true };
  if (no.length > 0) return { intent: 'no', confidence: 0.7, evidence: found(no), headcount: null, speaker: null };
  if (regret.length > 0 && !anyQuestion) return { intent: 'no', confidence: 0.55, evidence: found(regret), headcount: null, speaker: null };
  return null;
}

/** A "discussed" word soon after a companion phrase (within 40 characters). */
function discussedAfter(hits: readonly Hit[], companion: Hit): boolean {
  return hits.some((hit) => hit.tag === 'discussed' && hit.start >= companion.end && hit.start - companion.end <= 40);
}

function findHits(matcher: TaggedPhraseMatcher<Tag>, folded: string): Hit[] {
  return matcher.matchAt(folded, wordStarts(folded)).map(({ start, end, tag }) => ({ tag, text: folded.slice(start, end), start, end }));
}

/** The number a phrase holds, in digits or words; null when it holds none. */
function countIn(text: string, numbers: RegExp, locale: ForeignAnswerLocale): number | null {
  const match = numbers.exec(text);
  if (!match) return null;
  const word = match[1]!;
  const value = /^\d+$/.test(word) ? Number(word) : locale.numbers[word];
  return value !== undefined && value > 0 && value < 100 ? value : null;
}
