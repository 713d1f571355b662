import { matchKey } from './analyze-text';

/*
 * Prefixes mail clients add when replying or forwarding (many languages), and the ones
 * calendar clients add to meeting responses: neither is the person's own wording.
 */
const CLIENT_PREFIX =
  /^\s*(?:\[[^\]]*\]\s*)?(?:re|aw|sv|vs|antw|antwort|ref|rif|r|rv|res|resp|rep|odp|odg|ynt|atb|va|fw|fwd|tr|wg|enc|doorst|vl|i|raspuns|rasp|accepted|acceptat|declined|refuzat|tentative|tentativ|akzeptiert|abgelehnt|mit vorbehalt|accepte|refuse|provisoire)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]/i;
const SPACES = /\s+/g;

/**
 * The subject when it is the sender's own words, else null: not a reply or forward
 * ("Re:", "AW:", "Răspuns:", "Fwd:"…), not a calendar response, and not one of our own
 * invitation subjects copied into a new message.
 */
export function ownWordsSubject(subject: string, ownSubjects: readonly string[]): string | null {
  const trimmed = subject.trim();
  if (trimmed === '') return null;
  const key = matchKey(trimmed).replace(SPACES, ' ');
  if (CLIENT_PREFIX.test(key)) return null;
  for (const own of ownSubjects) {
    const ownKey = matchKey(own).replace(SPACES, ' ').trim();
    if (ownKey !== '' && key.includes(ownKey)) return null;
  }
  return trimmed;
}
