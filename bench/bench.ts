import { cpus, totalmem } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { benchBundle } from './bundle';
import { benchClassify, fixtureBenchFiles } from './classify';
import { benchDigest } from './digest';
import { benchE2e } from './e2e';
import { benchTrimmers } from './trimmers';

/**
 * `npm run bench`: every performance claim of the README, measured in one run and
 * written to bench/results.json. Parts can be chosen: `npm run bench -- classify e2e`.
 */
const parts = ['classify', 'trimmers', 'e2e', 'digest', 'bundle'] as const;
type Part = (typeof parts)[number];
const wanted = new Set<Part>((process.argv.slice(2).filter((a): a is Part => (parts as readonly string[]).includes(a)) as Part[]).length ? (process.argv.slice(2) as Part[]) : parts);

const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), platform: process.platform };
// A partial run (`npm run bench -- e2e`) updates its parts and keeps the others' last results.
const resultsUrl = new URL('./results.json', import.meta.url);
const previous = JSON.parse(await readFile(resultsUrl, 'utf8').catch(() => '{}')) as Record<string, unknown>;
const results: Record<string, unknown> = { ...previous, machine };
const rows: [string, string, string][] = [];
const step = async <T>(name: Part, run: () => Promise<T>, describe: (r: T) => [string, string][]) => {
  if (!wanted.has(name)) return;
  process.stderr.write(`bench: ${name}…\n`);
  const r = await run();
  results[name] = { measuredAt: new Date().toISOString(), ...r };
  for (const [what, value] of describe(r)) rows.push([name, what, value]);
};

await step('classify', async () => ({ ...(await benchClassify()), fixtures: await benchClassify(fixtureBenchFiles()) }), (r) => [
  ['realistic replies (corpus + peer mail)', String(r.messages)],
  ['simpleParser alone, ms/message', r.simpleParserMsPerMsg.toFixed(3)],
  ['classify (whole pipeline), ms/message', r.classifyMsPerMsg.toFixed(3)],
  ['ratio (goal ≤ 1.3)', r.ratio.toFixed(2)],
  [`one-per-rule fixtures (${r.fixtures.messages}): ratio`, r.fixtures.ratio.toFixed(2)],
]);
await step('trimmers', () => benchTrimmers(), (r) => [
  ['Discourse suite, ours', `${r.ours}/${r.total}`],
  ['email-reply-parser', `${r.emailReplyParser}/${r.total}`],
  ['planer', `${r.planer}/${r.total}`],
]);
await step('e2e', () => benchE2e(), (r) => [
  ['replies × concurrent SMTP clients', `${r.replies} × ${r.clients}`],
  ['replies/s, median of runs (goal ≥ 100)', `${r.repliesPerSecond} (runs: ${r.runs.map((x) => x.repliesPerSecond).join(', ')})`],
  ['SMTP accept → ack in outbox, p50 / p99 ms (median run)', `${r.p50Ms} / ${r.p99Ms}`],
  ['lost / duplicated acknowledgements, all runs', `${r.lostTotal} / ${r.duplicatedTotal}`],
  ['recorded yes', String(r.recordedYes)],
]);
await step('digest', () => benchDigest(), (r) => [
  ['guests', String(r.guests)],
  ['items read (one paginated Query)', String(r.itemsRead)],
  ['build + compose, ms', String(Math.round(r.ms))],
]);
await step('bundle', () => benchBundle(), (r) => [
  ['inbound bundle, bytes (goal ≤ 1.5 MB)', String(r.bytes)],
  ['load (node -e import), median ms (goal ≤ 200)', String(Math.round(r.loadMsMedian))],
  ...(r.nodeBaselineMsMedian !== undefined ? ([['bare node start, median ms', String(Math.round(r.nodeBaselineMsMedian))]] as [string, string][]) : []),
]);

delete results.measuredAt;
await writeFile(resultsUrl, `${JSON.stringify(results, null, 2)}\n`);
const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
process.stdout.write(`machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}\n`);
for (const [part, what, value] of rows) process.stdout.write(`${part.padEnd(w[0]!)}  ${what.padEnd(w[1]!)}  ${value}\n`);
process.stdout.write('written: bench/results.json\n');
