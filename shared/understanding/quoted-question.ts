import { namesComing } from './clause-scope';
import { foldKey, TRIM_TABLES } from './locales';
import { findAll } from './phrase-table';
import { LOGISTICS } from './sentence-scope';
import { foldForMatching } from './text-normalize';
import { isAttributionLine } from './trim-attribution';
import { headerFieldKind, isRule, isSeparator, quotePrefixLength } from './trim-lines';

// The invitation's own words besides coming (which `namesComing` reads): a quote holding them is the invitation's thread.
const INVITATION_WORDS = /invita|confirm|rsvp|zoom/;
// Only a bare answer word: what such a reply says is "yes"/"no" to what it quotes.
const BARE_ANSWER = /^(?:da|nu|yes|no)$/;
/** A reply opening on "@Name", as a reply-all to someone else in the thread is written. */
const ADDRESSED = /^\s*@(\p{L}[\p{L}-]*)/u;
// A question of words, not the "?" of a link ("…/j/86164491694?pwd=…").
const QUESTION = /(?:^|[.!?]\s+)([^.!?/]*\p{L}[^.!?/]*\?)(?=\s|$)/u;
// Or asked without a "?": "vă rugăm să ne spuneți dacă aveți nevoie de meniu vegetarian." (h465_003), "please let us know if …".
const INDIRECT_QUESTION = /(?:spuneti|comunicati|anuntati|transmiteti|let us know|tell us|inform us)\s+(?:daca|whether|if)\s[^.!?]*\p{L}[^.!?]*/u;
/** A question whether something sent arrived: it names the invitation without asking about coming. */
const RECEIPT_ASKED = /(?<![a-z])(?:ati primit|ai primit|a ajuns|au ajuns|v-a ajuns|v-au ajuns|did you (?:receive|get)|have you received|has (?:it|the invitation|the attachment) arrived)(?![a-z])/;
const QUOTE_WINDOW = 1_500;
const THANKS_FOR_CONFIRMING =
  /(?:multumim|multumesc|mersi|va multumim|va multumesc|thanks|thank you|many thanks)(?: mult| frumos)? (?:pentru|for) (?:confirmare|confirmarea dumneavoastra|confirmarea dvs|confirmarea|your confirmation|confirming|the confirmation)/;
const ALL_THANKS_FOR_CONFIRMING = new RegExp(THANKS_FOR_CONFIRMING.source, 'g');
// A question about the talk: the slot's minutes, taking the floor, presenting, speaking.
const SPEAKING_ASKED = /(?:minute|minutes|cuvantul|interven|prezent|vorbi|speak|present|the floor|slot)/;

/** A line that heads a quoted message (the trimmer's own tests): "De la: …", "On … wrote:", "-----Original Message-----". */
function headsQuote(line: string): boolean {
  const folded = foldKey(line);
  return headerFieldKind(folded, TRIM_TABLES) !== null || isAttributionLine(folded, TRIM_TABLES) || isSeparator(folded, TRIM_TABLES) || isRule(line);
}

/**
 * The question a reply's bare "Da"/"Nu" answers when the message it quotes is not the invitation but a later question
 * of the organiser's about something else ("aveți nevoie de traducere …?", "Ne puteți trimite și logo-ul …?"): h399_052's
 * "Nu, mulțumesc." declines a translation, not the workshop. Only the first quoted message counts, and only when it
 * asks something (with a "?" or as "spuneți-ne dacă …") and says no word of the invitation or of coming (its thanks for a
 * confirmation aside), unless what it asks about is a practical matter (lunch, parking) of the workshop it names; else null.
 * @param plain the mail's plain text, quote included.
 * @param evidence the phrase that decided the reply's answer.
 */
export function sideQuestionAnswered(plain: string | null | undefined, trimmed: string, evidence: string | null): SideQuestion | null {
  if (!plain || evidence === null || !BARE_ANSWER.test(foldForMatching(evidence).trim())) return null;
  const first = firstQuotedMessage(plain, trimmed);
  if (first === null) return null;
  const quoted = first.join(' ');
  const folded = foldForMatching(quoted);
  // "Mulțumim pentru confirmare. Doriți să folosiți cele 5 minute …?" (h414_011): the organiser's thanks for a yes already given.
  const confirmedBefore = THANKS_FOR_CONFIRMING.test(folded);
  const rest = folded.replace(ALL_THANKS_FOR_CONFIRMING, ' ');
  const question = QUESTION.exec(quoted)?.[1]?.trim() ?? INDIRECT_QUESTION.exec(folded)?.[0]?.trim();
  if (question === undefined) return null;
  // A question about a practical matter may name the workshop it is for: "Pentru organizarea pauzei de prânz de la atelierul
  // de luni, … spuneți dacă aveți nevoie de meniu vegetarian" (h465_003) asks about the lunch, not about coming.
  const asked = foldForMatching(question);
  const practical = findAll(LOGISTICS, asked).length > 0 && !INVITATION_WORDS.test(rest);
  // Nor a question whether the invitation arrived: "Ați primit invitația și atașamentul? Am avut probleme cu serverul." (h471_029).
  const receipt = RECEIPT_ASKED.test(asked) && !namesComing(rest);
  if (!practical && !receipt && (namesComing(rest) || INVITATION_WORDS.test(rest))) return null;
  return { question, confirmedBefore };
}

/**
 * The first message of a reply's quote, its lines without their quote prefixes: past the lines that head it ("De la: …",
 * "On … wrote:"), up to the head of the next one down the thread. Null when the reply's words are not found in the text.
 * @param plain the mail's plain text, quote included.
 * @param trimmed the reply's own words.
 */
export function firstQuotedMessage(plain: string, trimmed: string): string[] | null {
  const tail = trimmed.trim().slice(-40);
  const at = tail === '' ? -1 : plain.indexOf(tail);
  if (at < 0) return null;
  const raw = plain
    .slice(at + tail.length, at + tail.length + QUOTE_WINDOW)
    .split('\n')
    .filter((line) => line.trim() !== '');
  const lines = raw.map((line) => line.slice(quotePrefixLength(line)).trim());
  // The first quoted message: past the lines that head it, up to the head of the next one down the thread.
  const first: string[] = [];
  // A signature left below the reply ("Trimis de pe iPhone-ul meu", h465_003) is no part of the quote: unquoted lines before
  // the quote's head are skipped (quoted ones are the first message, with the head of an older one below them).
  const head = lines.findIndex(headsQuote);
  const start = head > 0 && raw.slice(0, head).every((line) => quotePrefixLength(line) === 0) ? head : 0;
  for (const line of lines.slice(start)) {
    const header = headsQuote(line);
    if (header && first.length > 0) break;
    if (!header) first.push(line);
  }
  return first;
}

/** What the organiser asked, when the bare answer was to that: whether the sender's yes came before, and the talk asked about. */
export interface SideQuestion {
  question: string;
  /** The quoted message thanks the sender for a confirmation: the yes stands, the bare answer is to the question only. */
  confirmedBefore: boolean;
}

/**
 * The speaking slot a bare answer settles: true for "Da"/"Yes", false for "Nu"/"No", when the side question asks about
 * speaking ("Doriți să folosiți cele 5 minute pentru comentarii …?"); else null.
 */
export function speakingAnswer(side: SideQuestion, evidence: string | null): boolean | null {
  if (!SPEAKING_ASKED.test(foldForMatching(side.question))) return null;
  const answer = foldForMatching(evidence ?? '').trim();
  return answer === 'da' || answer === 'yes' ? true : answer === 'nu' || answer === 'no' ? false : null;
}

/**
 * Whom a bare answer is to when the reply opens on "@Name": "@Andrei - da, te rog trimite-mi și mie prezentarea" (h420_016)
 * says yes to a colleague in a reply-all, not to the invitation; else null.
 * @param evidence the phrase that decided the reply's answer.
 */
export function addressedTo(trimmed: string, evidence: string | null): string | null {
  if (evidence === null || !BARE_ANSWER.test(foldForMatching(evidence).trim())) return null;
  return ADDRESSED.exec(trimmed)?.[1] ?? null;
}
