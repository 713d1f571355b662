/**
 * Trains the intent model (shared/understanding/intent-model) on the replies corpus and writes
 * model.generated.ts. Run after adding a set to tests/fixtures/replies-corpus:
 *
 *   npm run train-model            # writes the model
 *   npm run train-model -- --check # exits 1 when the committed model is stale
 *   npm run train-model -- --evaluate  # leave-one-set-out: how the model does on unseen authors
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusTrainingSets, generatedModelSource } from './intent-model-corpus';
import { trainModel } from '../shared/understanding/intent-model/train-model';
import { classifyWithModel, unpackModel } from '../shared/understanding/intent-model/naive-bayes';
import { MODEL_THRESHOLD } from '../shared/understanding/intent-model/model-fallback';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'shared/understanding/intent-model/model.generated.ts');
const sets = await corpusTrainingSets(path.join(root, 'tests/fixtures/replies-corpus'));
const all = sets.flatMap((set) => set.replies);

if (process.argv.includes('--evaluate')) {
  let right = 0;
  let total = 0;
  let sure = 0;
  let sureRight = 0;
  for (const held of sets) {
    const model = unpackModel(trainModel(sets.filter((set) => set !== held).flatMap((set) => set.replies)));
    for (const reply of held.replies) {
      const verdict = classifyWithModel(model, reply.text);
      total++;
      if (verdict.intent === reply.intent) right++;
      if ((verdict.intent === 'yes' || verdict.intent === 'no') && verdict.probability >= MODEL_THRESHOLD && !reply.text.includes('?')) {
        sure++;
        if (verdict.intent === reply.intent) sureRight++;
      }
    }
  }
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;
  process.stdout.write(`leave-one-set-out over ${sets.length} sets, ${total} replies: model alone ${right}/${total} (${pct(right, total)}); ` +
    `sure yes/no (p >= ${MODEL_THRESHOLD}, no "?"): ${sure} replies, ${sureRight} right (${pct(sureRight, sure)})\n`);
} else {
  const source = generatedModelSource(trainModel(all), all.length, sets.length);
  if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8');
    if (current !== source) {
      process.stderr.write('model.generated.ts is stale: run `npm run train-model`\n');
      process.exit(1);
    }
    process.stdout.write('model.generated.ts is up to date\n');
  } else {
    writeFileSync(target, source);
    process.stdout.write(`trained on ${all.length} replies from ${sets.length} sets → ${path.relative(root, target)}\n`);
  }
}
