import { foldForMatching } from './text-normalize';

// Words of the invitation or of attending: a quoted message holding any of them may be asking about coming.
const ABOUT_COMING = /invita|confirm|particip|prezen|rsvp|attend|join|atelier|workshop|zoom|intalnire|meeting|sesiune|session/;
// Lines that head a quote rather than say anything: "De la: …", "On … wrote:", "Pe … a scris:".
const QUOTE_HEADER = /^(?:de la|trimis|catre|subiect|cc|from|sent|to|subject|date|data)\s*:|(?:a scris|wrote|schrieb|a ecrit)\s*:\s*$|^_{5,}|^-{5,}/;
// Only a bare answer word: what such a reply says is "yes"/"no" to what it quotes.
const BARE_ANSWER = /^(?:da|nu|yes|no)$/;
// A question of words, not the "?" of a link ("…/j/86164491694?pwd=…").
const QUESTION = /(?:^|[.!?]\s+)([^.!?/]*\p{L}[^.!?/]*\?)(?=\s|$)/u;
const QUOTE_WINDOW = 1_500;

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
    .map((line) => line.replace(/^(?:\s*>)+\s?/, '').trim())
    .filter((line) => line !== '');
  // The first quoted message: past the header lines that open it, up to the header of the next one down the thread.
  const first: string[] = [];
  for (const line of lines) {
    const header = QUOTE_HEADER.test(foldForMatching(line));
    if (header && first.length > 0) break;
    if (!header) first.push(line);
  }
  const quoted = first.join(' ');
  if (ABOUT_COMING.test(foldForMatching(quoted))) return null;
  return QUESTION.exec(quoted)?.[1]?.trim() ?? null;
}
