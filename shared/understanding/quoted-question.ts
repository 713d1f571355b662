import { namesComing } from './clause-scope';
import { foldKey, TRIM_TABLES } from './locales';
import { foldForMatching } from './text-normalize';
import { isAttributionLine } from './trim-attribution';
import { headerFieldKind, isRule, isSeparator, quotePrefixLength } from './trim-lines';

// The invitation's own words besides coming (which `namesComing` reads): a quote holding them is the invitation's thread.
const INVITATION_WORDS = /invita|confirm|rsvp|zoom/;
// Only a bare answer word: what such a reply says is "yes"/"no" to what it quotes.
const BARE_ANSWER = /^(?:da|nu|yes|no)$/;
// A question of words, not the "?" of a link ("…/j/86164491694?pwd=…").
const QUESTION = /(?:^|[.!?]\s+)([^.!?/]*\p{L}[^.!?/]*\?)(?=\s|$)/u;
const QUOTE_WINDOW = 1_500;

/** A line that heads a quoted message (the trimmer's own tests): "De la: …", "On … wrote:", "-----Original Message-----". */
function headsQuote(line: string): boolean {
  const folded = foldKey(line);
  return headerFieldKind(folded, TRIM_TABLES) !== null || isAttributionLine(folded, TRIM_TABLES) || isSeparator(folded, TRIM_TABLES) || isRule(line);
}

/**
 * The question a reply's bare "Da"/"Nu" answers when the message it quotes is not the invitation but a later question
 * of the organiser's about something else ("aveți nevoie de traducere …?", "Ne puteți trimite și logo-ul …?"): h399_052's
 * "Nu, mulțumesc." declines a translation, not the workshop. Only the first quoted message counts, and only when it
 * asks something and says no word of the invitation or of coming; else null.
 * @param plain the mail's plain text, quote included.
 * @param evidence the phrase that decided the reply's answer.
 */
export function sideQuestionAnswered(plain: string | null | undefined, trimmed: string, evidence: string | null): string | null {
  if (!plain || evidence === null || !BARE_ANSWER.test(foldForMatching(evidence).trim())) return null;
  const tail = trimmed.trim().slice(-40);
  const at = tail === '' ? -1 : plain.indexOf(tail);
  if (at < 0) return null;
  const lines = plain
    .slice(at + tail.length, at + tail.length + QUOTE_WINDOW)
    .split('\n')
    .map((line) => line.slice(quotePrefixLength(line)).trim())
    .filter((line) => line !== '');
  // The first quoted message: past the lines that head it, up to the head of the next one down the thread.
  const first: string[] = [];
  for (const line of lines) {
    const header = headsQuote(line);
    if (header && first.length > 0) break;
    if (!header) first.push(line);
  }
  const quoted = first.join(' ');
  const folded = foldForMatching(quoted);
  if (namesComing(folded) || INVITATION_WORDS.test(folded)) return null;
  return QUESTION.exec(quoted)?.[1]?.trim() ?? null;
}
