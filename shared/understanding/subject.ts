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
 * The sender's own words in the subject, else null. Our own invitation subject does not count,
 * nor do the prefixes clients add: "Confirmare participare – <our title>" keeps "Confirmare
 * participare –". A reply or forward ("Re:", "AW:", "Răspuns:", "Fwd:"…) or a calendar
 * response says something of its own only where it holds a subject we know (`known`: ours,
 * or the one its quote shows) with words added around it: "RE: <our title> - NU pot
 * participa" keeps "- NU pot participa"; an unknown "Re: …" may be anyone's words and is null,
 * except, with `tailIfUnknown` (the body says nothing of the sender's), a few words after its last dash.
 */
export function ownWordsSubject(subject: string, known: readonly string[], tailIfUnknown = false): string | null {
  let words = subject.replace(SPACES, ' ').trim();
  let reply = false;
  for (let key = matchKey(words), prefix = CLIENT_PREFIX.exec(key); prefix !== null; key = matchKey(words), prefix = CLIENT_PREFIX.exec(key)) {
    // Folding keeps lengths for Latin text, so the offset carries over to the original.
    words = (key.length === words.length ? words : key).slice(prefix[0].length).trim();
    reply = true;
  }
  if (words === '') return null;
  let found = false;
  // The longest first: a quoted "<ours> - NU pot participa" (their earlier answer, quoted
  // back) leaves nothing new, where removing "<ours>" alone would read the old answer again.
  const keys = known.map((own) => withoutPrefixes(matchKey(own).replace(SPACES, ' ').trim())).sort((a, b) => b.length - a.length);
  for (const ownKey of keys) {
    if (ownKey === '') continue;
    const key = matchKey(words);
    const at = key.indexOf(ownKey);
    if (at < 0) continue;
    found = true;
    // Folding keeps lengths for Latin text, so the offsets carry over to the original.
    words = key.length === words.length ? `${words.slice(0, at)} ${words.slice(at + ownKey.length)}` : key.replace(ownKey, ' ');
  }
  if (reply && !found) return tailIfUnknown ? answerTail(words) : null;
  words = words.replace(SPACES, ' ').trim();
  return ONLY_PUNCTUATION.test(words) ? null : words;
}

const TAIL = /\s[-–—]\s+([^-–—]+)$/;
const TAIL_WORDS = 6;

/**
 * The words after a reply subject's last dash, when nothing tells which part is ours and the
 * mail says nothing else: "Re: <a title we cannot see> - can't make it, sorry" sent from a
 * phone with an empty body. A few words only: a title's own tail ("- 17.01.2021") answers nothing.
 */
function answerTail(words: string): string | null {
  const tail = TAIL.exec(words)?.[1]?.trim();
  if (!tail || ONLY_PUNCTUATION.test(tail) || tail.split(SPACES).length > TAIL_WORDS) return null;
  return tail;
}

/** Whether a subject is a reply, forward or calendar response ("Re:", "AW:", "Accepted:"…). */
export function isReplySubject(subject: string): boolean {
  return CLIENT_PREFIX.test(matchKey(subject));
}

function withoutPrefixes(key: string): string {
  let out = key;
  for (let prefix = CLIENT_PREFIX.exec(out); prefix !== null && out !== ''; prefix = CLIENT_PREFIX.exec(out)) out = out.slice(prefix[0].length).trim();
  return out;
}
