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
import { analyzeText } from '../shared/understanding/analyze-text';
import { decideIntent } from '../shared/understanding/intent';
import { modelFallback } from '../shared/understanding/intent-model/model-fallback';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'shared/understanding/intent-model/model.generated.ts');
const sets = await corpusTrainingSets(path.join(root, 'tests/fixtures/replies-corpus'));
const all = sets.flatMap((set) => set.replies);

if (process.argv.includes('--evaluate')) {
  // The rules here are today's, fitted to these very sets: the fallback's numbers on mail no rule
  // has seen come from first-encounter answers (README, "How a reply is understood").
  let right = 0;
  let total = 0;
  let settled = 0;
  let settledRight = 0;
  for (const held of sets) {
    const model = unpackModel(trainModel(sets.filter((set) => set !== held).flatMap((set) => set.replies)));
    for (const reply of held.replies) {
      total++;
      if (classifyWithModel(model, reply.text).intent === reply.intent) right++;
      const analysis = analyzeText(reply.text);
      const answer = modelFallback(decideIntent(analysis), reply.text, analysis, model);
      if (answer) {
        settled++;
        if (answer.intent === reply.intent) settledRight++;
      }
    }
  }
  const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);
  process.stdout.write(`leave-one-set-out over ${sets.length} sets, ${total} replies: model alone ${right}/${total} (${pct(right, total)}); ` +
    `as the rules' fallback: ${settled} settled, ${settledRight} right (${pct(settledRight, settled)})\n`);
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
