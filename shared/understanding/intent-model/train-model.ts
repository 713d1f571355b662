import { MODEL_LABELS } from './naive-bayes';
import type { ModelLabel, PackedModel } from './naive-bayes';
import { modelTokens } from './model-tokens';

/** A labelled reply: the trimmed text a person wrote and what they answered. */
export interface TrainingReply {
  text: string;
  intent: ModelLabel;
}

/** How much of the vocabulary to keep. */
export interface TrainOptions {
  /** How many features to keep: the most informative about the label. */
  features?: number;
  /** A feature must occur in at least this many replies (a name seen once teaches nothing). */
  minReplies?: number;
}

/**
 * Trains the intent model on labelled replies: keeps the features that tell labels apart best
 * (the presence half of mutual information: over the labels a feature occurs with, how much more
 * often than chance, weighted by how often; ties by token, so the same corpus always gives the
 * same model) and packs their per-label reply counts. Deterministic and pure.
 */
export function trainModel(replies: readonly TrainingReply[], options: TrainOptions = {}): PackedModel {
  const keep = options.features ?? 1200;
  const minReplies = options.minReplies ?? 3;
  const documents = MODEL_LABELS.map(() => 0);
  const counts = new Map<string, number[]>();
  for (const { text, intent } of replies) {
    const label = MODEL_LABELS.indexOf(intent);
    if (label < 0) throw new Error(`trainModel: unknown label "${String(intent)}"`);
    documents[label]!++;
    for (const token of modelTokens(text)) {
      let values = counts.get(token);
      if (!values) counts.set(token, (values = MODEL_LABELS.map(() => 0)));
      values[label]!++;
    }
  }
  const total = replies.length;
  const information = (values: readonly number[]): number => {
    const occurs = values.reduce((sum, count) => sum + count, 0);
    let sum = 0;
    values.forEach((count, label) => {
      if (count > 0) sum += (count / total) * Math.log((count / total) / ((occurs / total) * (documents[label]! / total)));
    });
    return sum;
  };
  const ranked = [...counts]
    .filter(([, values]) => values.reduce((sum, count) => sum + count, 0) >= minReplies)
    .map(([token, values]) => ({ token, values, score: information(values) }))
    .sort((a, b) => b.score - a.score || (a.token < b.token ? -1 : a.token > b.token ? 1 : 0))
    .slice(0, keep)
    .sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
  return { documents, features: ranked.map(({ token, values }) => `${token}:${values.join(',')}`).join(';') };
}
