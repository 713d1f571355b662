import { analyzeText, matchKey } from './analyze-text';
import type { TextAnalysis } from './analyze-text';
import { decideIntent } from './intent';
import type { IntentResult } from './intent';
import { foundInQuote } from './inline-answers';
import { LOCALES } from './intent-locales';
import { compileStickyPhrases, findAll } from './phrase-table';
import type { PhraseMatcher } from './phrase-table';
import { firstQuotedMessage } from './quoted-question';
import { foldForMatching } from './text-normalize';

let pointers: PhraseMatcher | null = null;

/** Longer than this, the first quoted message is no colleague's short answer (it is the invitation, or a thread). */
const MAX_ANSWER = 600;
/** Its answer must be a firm one: a colleague's hint read from the quote is no answer to pass on. */
const MIN_CONFIDENCE = 0.8;
// The invitation's own words: a first quoted message that holds them is the invitation, not a colleague's answer.
const INVITATION = /va rugam (?:sa )?(?:confirmati|ne confirmati)|please (?:confirm|rsvp)|rsvp|invitati[ae] (?:la|to)|va invitam|we invite|are invited/;
// What the sender says the colleague's answer no longer holds: "Între timp Cosmin a intrat în concediu medical … nu va
// participa nimeni" (h453_009) takes the forwarded yes back.
const TAKEN_BACK = /(?<![a-z])(?:intre timp|intretimp|nimeni|nici unul|niciunul|nu mai|meanwhile|in the meantime|nobody|no one|no longer|any more|anymore|not anymore)(?![a-z])/;
// A refusal of the sender's own, in the first person singular ("nu voi putea participa", "eu nu pot", "I can't make it"):
// it leaves the colleague's answer standing for the organisation.
const OWN_REFUSAL = /(?<![a-z])(?:eu|nu (?:voi|pot|o sa|am sa|ajung|reusesc|sunt|particip|vin)|i|i'm|i am|i'll|i will|i can't|i cannot)(?![a-z])/;

/** A colleague's answer the sender passes on from the quote, read as the organisation's. */
export interface ForwardedAnswer {
  /** The colleague's words alone, whose details (how many come, who speaks) are the answer's. */
  answer: string;
  analysis: TextAnalysis;
  decided: IntentResult;
}

/**
 * "Vă redau mai jos răspunsul colegului meu. În ceea ce mă privește, nu voi putea participa" (h525_006) above a quoted
 * "Ioana, eu vin sigur, trece-mă pe listă. Sorin": the sender points to a colleague's answer in the quote, and that
 * answer is the organisation's. Read only when the sender's own words point there and answer nothing, or refuse for
 * the sender alone (a refusal for everyone, or one that says the colleague's answer no longer holds, stands); the
 * colleague's answer is the first quoted message, short and firm, and not the invitation. The answer is capped at 0.7:
 * it was found in the quote. Null otherwise.
 * @param words the sender's own words.
 * @param own what they decided.
 * @param plain the mail's plain text, quote included.
 * @param trimmed the reply's own words as found in `plain`.
 */
export function readForwardedAnswer(words: string, own: IntentResult, plain: string | null | undefined, trimmed: string): ForwardedAnswer | null {
  if (!plain || own.intent === 'yes' || own.intent === 'maybe') return null;
  pointers ??= compileStickyPhrases(LOCALES.flatMap((l) => l.forwardedAnswerPointers));
  const folded = matchKey(words);
  if (findAll(pointers, folded).length === 0) return null;
  if (TAKEN_BACK.test(folded)) return null;
  if (own.intent === 'no' && !OWN_REFUSAL.test(foldForMatching(own.evidence ?? ''))) return null;
  const first = firstQuotedMessage(plain, trimmed);
  const answer = first?.join('\n').trim() ?? '';
  if (answer === '' || answer.length > MAX_ANSWER || INVITATION.test(foldForMatching(answer))) return null;
  const analysis = analyzeText(answer);
  const decided = decideIntent(analysis);
  if (decided.intent === 'unknown' || decided.confidence < MIN_CONFIDENCE) return null;
  // The sender's own refusal beside a colleague's refusal is the organisation's no, as it was.
  if (own.intent === 'no' && decided.intent !== 'yes') return null;
  return {
    answer,
    analysis,
    decided: foundInQuote(decided, "a colleague's answer, forwarded"),
  };
}
