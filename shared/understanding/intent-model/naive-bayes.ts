import { modelTokens } from './model-tokens';

/** The answers the model tells apart, in the order of the packed counts. */
export const MODEL_LABELS = ['yes', 'no', 'maybe', 'unknown'] as const;
export type ModelLabel = (typeof MODEL_LABELS)[number];

/**
 * A trained model in its packed form: the number of training replies per label, then the
 * features as `token:yes,no,maybe,unknown;…` — in how many replies of each label the feature
 * occurs. Compact on purpose: it ships in the inbound Lambda's bundle.
 */
export interface PackedModel {
  documents: readonly number[];
  features: string;
}

/** An unpacked model: log-probabilities ready for scoring. */
export interface Model {
  logPrior: number[];
  logLikelihood: Map<string, number[]>;
}

export interface ModelVerdict {
  intent: ModelLabel;
  /** Posterior probability of `intent` (naive Bayes is over-confident: compare with high thresholds). */
  probability: number;
  /** The features that pushed most towards `intent`, strongest first. */
  cues: string[];
  /**
   * The log-odds of `intent` over the runner-up per feature the model knows: its evidence
   * grows with every feature, a long reply's near-certain probability can rest on weak words.
   * The labels' prior gap is spread over the words too (as in the calibration of the threshold).
   */
  strength: number;
}

/** Additive smoothing: half a reply per feature and label. */
const ALPHA = 0.5;

/**
 * Unpacks a model; done once, on first use (a cold Lambda pays ~ms only if a reply needs it).
 * @throws Error on a malformed entry: a model that scores NaN would answer nothing, silently.
 */
export function unpackModel(packed: PackedModel): Model {
  const entries = packed.features.split(';').filter((entry) => entry !== '');
  const counts = entries.map((entry) => {
    const colon = entry.lastIndexOf(':');
    const values = entry.slice(colon + 1).split(',').map(Number);
    if (colon <= 0 || values.length !== MODEL_LABELS.length || !values.every((value) => Number.isInteger(value) && value >= 0)) {
      throw new Error(`intent model: malformed entry "${entry.slice(0, 60)}"`);
    }
    return [entry.slice(0, colon), values] as const;
  });
  if (packed.documents.length !== MODEL_LABELS.length) throw new Error('intent model: one reply count per label expected');
  const vocabulary = counts.length;
  const totals = MODEL_LABELS.map((_, label) => counts.reduce((sum, [, values]) => sum + values[label]!, 0));
  const all = packed.documents.reduce((sum, count) => sum + count, 0);
  const denominator = totals.map((total) => Math.log(total + ALPHA * vocabulary));
  return {
    logPrior: packed.documents.map((count) => Math.log((count + 1) / (all + MODEL_LABELS.length))),
    logLikelihood: new Map(counts.map(([token, values]) => [token, values.map((count, label) => Math.log(count + ALPHA) - denominator[label]!)])),
  };
}

/** The model's answer for a reply's text: multinomial naive Bayes over {@link modelTokens}. */
export function classifyWithModel(model: Model, text: string): ModelVerdict {
  const scores = [...model.logPrior];
  const seen: [string, number[]][] = [];
  for (const token of modelTokens(text)) {
    const likelihood = model.logLikelihood.get(token);
    if (!likelihood) continue;
    seen.push([token, likelihood]);
    for (let label = 0; label < scores.length; label++) scores[label]! += likelihood[label]!;
  }
  const best = scores.indexOf(Math.max(...scores));
  const sum = scores.reduce((total, score) => total + Math.exp(score - scores[best]!), 0);
  const lift = ([, likelihood]: [string, number[]]): number => likelihood[best]! - Math.max(...likelihood.filter((_, label) => label !== best));
  const cues = seen.filter((entry) => lift(entry) > 0).sort((a, b) => lift(b) - lift(a) || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([token]) => token);
  const runnerUp = Math.max(...scores.filter((_, label) => label !== best));
  const strength = seen.length === 0 ? 0 : (scores[best]! - runnerUp) / seen.length;
  return { intent: MODEL_LABELS[best]!, probability: 1 / sum, cues, strength };
}
