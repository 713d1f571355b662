import type { SpanKind, TextAnalysis } from '../analyze-text';
import type { IntentResult } from '../intent';
import { classifyWithModel, unpackModel } from './naive-bayes';
import type { Model } from './naive-bayes';
import { PACKED_MODEL } from './model.generated';

/**
 * How sure the model must be to answer for the rules. Naive Bayes multiplies evidence as if
 * words were independent, so its probabilities run close to 0 or 1. Leave-one-set-out over the
 * 26 sets whose first-encounter answers we kept (1,777 replies), with the guard below: 0.99999
 * turned 55 of the rules' unknown/maybe into the right yes/no and none into a wrong one
 * (89.0 → 92.1 %). Without the guard, 0.999 gave 86 for 4 wrong.
 */
export const MODEL_THRESHOLD = 0.99999;
/** Below the rules' own answers (0.65–0.98): a reader of the evidence sees it was a guess. */
const MODEL_CONFIDENCE = 0.6;

let model: Model | null = null;

/**
 * Phrases the rules found that speak against each answer: the model may not outvote them. A
 * hedge counts too ("dacă reușește mă conectez și eu, dacă nu, nu vă supărați" was a model yes).
 */
const AGAINST: Record<'yes' | 'no', ReadonlySet<SpanKind>> = {
  yes: new Set(['no', 'weakNo', 'excuses', 'difficulty', 'maybe']),
  no: new Set(['yes', 'wish', 'softYes', 'orgYes', 'maybe']),
};

/**
 * A second reader for replies the rules could not settle: when the rules say `unknown` or
 * `maybe` and the trained model says yes or no with near certainty, its answer stands. Never
 * for a question (a "?" in the reply): asking is how people leave an answer open, and the
 * model mistook "Putem prezenta și noi…?" for a yes. Never against a phrase the rules found
 * in a statement: "pentru mine data nu e bună, dar dacă se reprogramează aș veni cu plăcere"
 * is not a yes however warm its words. The rules stay in charge of every answer they find,
 * so the model adds recall and cannot overturn a phrase.
 */
export function modelFallback(decided: IntentResult, words: string, analysis: TextAnalysis): IntentResult | null {
  if (decided.intent !== 'unknown' && decided.intent !== 'maybe') return null;
  if (words.includes('?')) return null;
  model ??= unpackModel(PACKED_MODEL);
  const verdict = classifyWithModel(model, words);
  if ((verdict.intent !== 'yes' && verdict.intent !== 'no') || verdict.probability < MODEL_THRESHOLD) return null;
  const against = AGAINST[verdict.intent];
  if (analysis.clauses.some((clause) => !clause.question && clause.spans.some((span) => !span.partial && against.has(span.kind)))) return null;
  const rules = decided.evidence ? `; rules: ${decided.intent} (${decided.evidence})` : '';
  return {
    intent: verdict.intent,
    confidence: MODEL_CONFIDENCE,
    evidence: `model: ${verdict.intent} ("${verdict.cues.join('", "')}")${rules}`,
    ...(decided.delegated ? { delegated: true } : {}),
  };
}
