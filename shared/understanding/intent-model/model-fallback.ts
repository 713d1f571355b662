import type { SpanKind, TextAnalysis } from '../analyze-text';
import type { IntentResult } from '../intent';
import { foldForMatching } from '../text-normalize';
import { classifyWithModel, unpackModel } from './naive-bayes';
import type { Model } from './naive-bayes';
import { PACKED_MODEL } from './model.generated';

/**
 * How sure the model must be to answer for the rules. Naive Bayes multiplies evidence as if
 * words were independent, so its probabilities run close to 0 or 1. Leave-one-set-out over the
 * 26 sets whose first-encounter answers we kept (1,777 replies, each set's model trained
 * without it), with the guards below: 0.99999 turned 44 of the rules' unknown/maybe into the
 * right yes/no and none into a wrong one (88.4 → 90.8 %). With only "no question", 0.999 gave
 * 86 for 4 wrong.
 */
const MODEL_THRESHOLD = 0.99999;
/**
 * And how much each word it knows must lean, on average: over the 62 replies the model settled
 * at first reading in sets 35–76, the 4 it got wrong (each a confident error: "so I can connect
 * after all" read as no from "our board", "so i", "all") leaned 0.26–0.57 per word, with a
 * leave-one-set-out model each; 52 of the 58 right ones leaned 0.6 or more.
 */
const MODEL_STRENGTH = 0.6;
/** Below the rules' own answers (0.65–0.98): a reader of the evidence sees it was a guess. */
const MODEL_CONFIDENCE = 0.6;

let model: Model | null = null;

/**
 * The only phrases the rules may have found for the model to answer: masks, the answer's own
 * kind, and speaking wishes. Anything else is a reason the rules chose to leave the answer open —
 * a hedge ("dacă reușește mă conectez și eu, dacă nu, nu vă supărați" was a model yes), a
 * substitute, a hand-over, another occasion, a polite wish before a "but" — and stands.
 */
const ALLOWED: Record<'yes' | 'no', ReadonlySet<SpanKind>> = {
  yes: new Set(['neutral', 'yes', 'softYes', 'weakYes', 'orgYes', 'speakerYes', 'speakerNo', 'othersSpeaker']),
  no: new Set(['neutral', 'no', 'weakNo', 'excuses', 'difficulty', 'speakerYes', 'speakerNo', 'othersSpeaker']),
};

/**
 * Words of delegation and representation (folded): a bag of words cannot tell whose answer it
 * reads, and "Domnul primar nu va putea participa … Va fi delegat în locul dânsului domnul
 * viceprimar" was a model no for an institution that comes. The rules decide those or a person does.
 */
const REPRESENTATION = /(?<![a-z])(?:delegat\w*|deleg|in locul|inlocui\w*|instead of|in (?:his|her|my|our) place|on behalf|in numele|din partea|represent\w*|reprezent\w*|substitut\w*)(?![a-z])/;

/**
 * A request (folded), the imperative twin of a question: "Vă rog să mă scoateți de pe lista de
 * distribuție" was a model no, and a request with no answer is for a person.
 */
const REQUEST = /(?<![a-z])(?:va rog|va rugam|te rog|rog sa|rugam sa|please|kindly|pls|plz)(?![a-z])/;

/**
 * A letter attached (folded): "Vă transmitem, alăturat, adresa … privind participarea la atelier" was a model yes, and
 * the answer is in the attachment, which only a person reads (h148_006); "Atașez câteva observații scrise" after the event was a
 * model yes (h414_029).
 */
const ATTACHED = /(?<![a-z])(?:alaturat|atasat\w*|atasez|atasam|anexez|anexam|in atasament|anexat\w*|in anexa|attached|enclosed|see attachment|in the attachment|i attach|we attach)(?![a-z])/;

/**
 * Thanks for the news, with no answer: "Multumesc pentru informare. Succes!" was a model no (h245_017), and a note
 * taken answers nothing either way; nor does a promise to read the plan ("… mă țineți în lista stakeholderilor! Voi citi
 * planul cu atenție" was a model no, h404_015), nor a wish to be kept informed ("Ne-am bucura să fim ținuți la curent cu
 * planul final" was a model no, h407_057), nor thanks for being kept informed ("… și pentru că ne țineți la curent. Vă doresc
 * mult succes!" was a model no, h629_026). Only the wish: "Do keep us posted" closes declines too (h48_022).
 */
const ACKNOWLEDGED = /(?<![a-z])(?:(?:multumesc|multumim|mersi) (?:mult |frumos |)pentru (?:informare|informatii|informatie|anunt|mesaj)|am luat (?:la )?cunostinta|(?:am|s-a) (?:retinut|notat)|(?:thanks|thank you) (?:for|for the) (?:info|information|update|heads up|note)|noted with thanks|duly noted|(?:voi|vom|o sa) (?:citi|parcurge|studia) (?:planul|documentul|materialul|materialele)|(?:i|we) will (?:read|go through|look at) the (?:plan|document|draft)|(?:ne-am bucura|m-as bucura|as vrea|am vrea|as dori|am dori) sa (?:fim|fiu) (?:tinuti|tinut|tinuta|tinute) la curent|(?:ne|ma) (?:tineti|tii|tineti mereu) la curent|thanks? for keeping (?:me|us) (?:posted|informed|updated|in the loop)|(?:i|we)(?:'d| would) (?:love|like|be glad|be happy) to be kept (?:posted|informed|updated|in the loop))(?![a-z])/;

/**
 * No answer owed, as the sender sees it: "I assume partners don't need to reply. Anyway, I wish you a productive meeting!" was
 * a model no from the well-wish (h615_033); the sender says outright they are not answering.
 */
const NO_ANSWER_OWED = /(?<![a-z])(?:(?:don't|do not|doesn't|does not|won't|will not) need to (?:reply|respond|answer|confirm)|no (?:need|reply needed|answer needed) (?:to|for) (?:reply|respond|answer|confirm)|nu (?:e|este|mai e|mai este) (?:nevoie|cazul|necesar) sa (?:raspund|raspundem|confirm|confirmam))(?![a-z])/;

/**
 * Courtesies (folded clauses): a greeting, thanks, a well-wish, a closing. A reply made only of
 * them and a name ("Va multumesc frumos pentru invitatie si pentru munca depusa. Succes!",
 * h374_019) answers nothing; the model's no leaned on "succes", which declines end with. So does gladness at what the
 * organiser did: "Ma bucur ca ati dus planul mai departe. Succes cu atelierul!" (h470_052).
 */
const COURTESY = /^[^a-z]*(?:(?:buna ziua|buna seara|buna|salut|salutare|hello|hi|dear|stimata doamna|stimate domn|draga)(?![a-z])|(?:va |iti |)(?:multumesc|multumim|mersi|thanks|thank you|many thanks)(?![a-z])|(?:(?:va|iti) (?:doresc|dorim|urez|uram) |)(?:mult |multa |)(?:succes|spor)(?![a-z])|(?:good luck|all the best|best wishes|best of luck|o zi (?:buna|frumoasa)|toate cele bune)(?![a-z])|(?:ma|ne) bucur(?:am|) ca (?:ati|ai|s-a|s-au|planul|proiectul|initiativa|atelierele)(?![a-z])|(?:cu (?:stima|respect|drag|bine)|cele bune|o seara buna|kind regards|best regards|regards|best|cheers)[^a-z]*$)/;
/** A name said alone, as written: "Gheorghe Miclea", "Prof. Ana Pop". */
const NAME_ONLY = /^\s*(?:\p{Lu}[\p{L}'’-]*\.?)(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,3}[\s.!,]*$/u;
const onlyCourtesies = (analysis: TextAnalysis): boolean =>
  analysis.clauses.length > 0 && analysis.clauses.every((clause) => COURTESY.test(clause.folded) || NAME_ONLY.test(clause.text));

/**
 * A second reader for replies the rules could not settle: when the rules say `unknown` or
 * `maybe` and the trained model says yes or no with near certainty, its answer stands. Never
 * for a question (a "?" in the reply): asking is how people leave an answer open, and the
 * model mistook "Putem prezenta și noi…?" for a yes. Never against a phrase the rules found
 * in a statement: "pentru mine data nu e bună, dar dacă se reprogramează aș veni cu plăcere"
 * is not a yes however warm its words. The rules stay in charge of every answer they find,
 * so the model adds recall and cannot overturn a phrase. `trained` replaces the shipped model
 * (a leave-one-set-out evaluation trains one per set).
 */
export function modelFallback(decided: IntentResult, words: string, analysis: TextAnalysis, trained: Model | null = null): IntentResult | null {
  // Someone else goes instead of the sender: who answers is for a person, whatever the words.
  if ((decided.intent !== 'unknown' && decided.intent !== 'maybe') || decided.delegated) return null;
  if (words.includes('?')) return null;
  const folded = foldForMatching(words);
  if (REPRESENTATION.test(folded) || REQUEST.test(folded) || ATTACHED.test(folded) || ACKNOWLEDGED.test(folded) || NO_ANSWER_OWED.test(folded) || onlyCourtesies(analysis)) return null;
  const reader = trained ?? (model ??= unpackModel(PACKED_MODEL));
  const verdict = classifyWithModel(reader, words);
  if (verdict.intent !== 'yes' && verdict.intent !== 'no') return null;
  if (!(verdict.probability >= MODEL_THRESHOLD) || verdict.strength < MODEL_STRENGTH) return null;
  const allowed = ALLOWED[verdict.intent];
  if (analysis.clauses.some((clause) => !clause.question && clause.spans.some((span) => !span.partial && !allowed.has(span.kind)))) return null;
  const rules = decided.evidence ? `; rules: ${decided.intent} (${decided.evidence})` : '';
  const cues = verdict.cues.length > 0 ? ` ("${verdict.cues.join('", "')}")` : '';
  return { intent: verdict.intent, confidence: MODEL_CONFIDENCE, evidence: `model: ${verdict.intent}${cues}${rules}` };
}
