/**
 * Cost of understanding a reply, against the floor of parsing it: mailparser's
 * `simpleParser(raw)` with its default options alone versus our whole `understand(raw)`, on
 * the same messages. Target: ratio ≤ 1.3.
 *
 * The messages are realistic replies: the replies corpus (sets written independently,
 * see tests/fixtures/replies-corpus/README.md) and the peer suites' real client mail. The
 * one-per-rule fixtures are measured too, as a second figure: they are edge cases by design
 * (long tricky texts, many phrase hits) and grow with every rule, so they are not what an
 * inbox looks like.
 *
 *   npx tsx bench/classify.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { understand } from '../shared/understanding/understand';

export interface ClassifyBench {
  messages: number;
  simpleParserMsPerMsg: number;
  classifyMsPerMsg: number;
  ratio: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const WARMUP_ROUNDS = 3;
const ROUNDS = 9;

const emlIn = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.eml')).map((name) => path.join(dir, name));
  } catch {
    return [];
  }
};

const peerFiles = (): string[] => [
  ...emlIn(path.resolve(repoRoot, '../shared/peer/imip-exchange')),
  ...emlIn(path.resolve(repoRoot, '../shared/peer/talon-standard-replies')),
];

/** Realistic replies: every set of the replies corpus, and the peer suites' client mail. */
export function defaultBenchFiles(): string[] {
  const corpus = path.join(repoRoot, 'tests/fixtures/replies-corpus');
  const sets = readdirSync(corpus).filter((d) => d.startsWith('set-')).sort();
  return [...sets.flatMap((set) => emlIn(path.join(corpus, set))), ...peerFiles()];
}

/** The one-per-rule fixtures (edge cases by design). */
export function fixtureBenchFiles(): string[] {
  return emlIn(path.join(repoRoot, 'tests/fixtures/emails'));
}

async function timeRound(messages: readonly Buffer[], run: (raw: Buffer) => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  for (const raw of messages) await run(raw);
  return Number(process.hrtime.bigint() - start) / 1e6 / messages.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median milliseconds per message of both, rounds interleaved so drift hits them alike. */
export async function benchClassify(files: string[] = defaultBenchFiles()): Promise<ClassifyBench> {
  const messages = files.map((file) => readFileSync(file));
  if (messages.length === 0) throw new Error('benchClassify: no messages');
  const parse = (raw: Buffer) => simpleParser(raw);
  const classify = (raw: Buffer) => understand(raw);
  for (let i = 0; i < WARMUP_ROUNDS; i++) {
    await timeRound(messages, parse);
    await timeRound(messages, classify);
  }
  const parseTimes: number[] = [];
  const classifyTimes: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    parseTimes.push(await timeRound(messages, parse));
    classifyTimes.push(await timeRound(messages, classify));
  }
  const simpleParserMsPerMsg = median(parseTimes);
  const classifyMsPerMsg = median(classifyTimes);
  const round3 = (value: number) => Math.round(value * 1000) / 1000;
  return {
    messages: messages.length,
    simpleParserMsPerMsg: round3(simpleParserMsPerMsg),
    classifyMsPerMsg: round3(classifyMsPerMsg),
    ratio: round3(classifyMsPerMsg / simpleParserMsPerMsg),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await benchClassify(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
