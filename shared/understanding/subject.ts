import { matchKey } from './analyze-text';

/*
 * Prefixes mail clients add when replying or forwarding (many languages), and the ones
 * calendar clients add to meeting responses: neither is the person's own wording.
 */
const CLIENT_PREFIX =
  /^\s*(?:\[[^\]]*\]\s*)?(?:re|aw|sv|vs|antw|antwort|ref|rif|r|rv|res|resp|rep|odp|odg|ynt|atb|fw|fwd|tr|wg|enc|doorst|vl|i|raspuns|rasp|accepted|acceptat|declined|refuzat|tentative|tentativ|akzeptiert|abgelehnt|mit vorbehalt|accepte|refuse|provisoire)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]/i;
const SPACES = /\s+/g;
const ONLY_PUNCTUATION = /^[\s\p{P}\p{S}]*$/u;

/**
 * The sender's own words in the subject, else null: nothing when it is a reply or forward
 * ("Re:", "AW:", "Răspuns:", "Fwd:"…) or a calendar response, and our own invitation subject
 * copied into a new message does not count ("Confirmare participare – <our title>" keeps
 * "Confirmare participare –").
 */
export function ownWordsSubject(subject: string, ownSubjects: readonly string[]): string | null {
  let words = subject.replace(SPACES, ' ').trim();
  if (words === '' || CLIENT_PREFIX.test(matchKey(words))) return null;
  for (const own of ownSubjects) {
    const ownKey = matchKey(own).replace(SPACES, ' ').trim();
    if (ownKey === '') continue;
    const key = matchKey(words);
    const at = key.indexOf(ownKey);
    // Folding keeps lengths for Latin text, so the offsets carry over to the original.
    if (at >= 0) words = key.length === words.length ? `${words.slice(0, at)} ${words.slice(at + ownKey.length)}` : key.replace(ownKey, ' ');
  }
  words = words.replace(SPACES, ' ').trim();
  return ONLY_PUNCTUATION.test(words) ? null : words;
}
