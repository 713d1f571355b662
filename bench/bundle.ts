import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { lambdaEsbuildOptions } from '../cdk/bundling';
import { repoPath } from '../cdk/paths';

export interface BundleBench {
  bytes: number;
  /** Wall time of `node -e "import(bundle)"`, Node start-up included, median of `runs`. */
  loadMsMedian: number;
  file: string;
  /** Context for a noisy machine: CPU time of the same processes, and of a bare `node -e 0`. */
  cpuMsMedian?: number;
  nodeBaselineMsMedian?: number;
}

export interface BenchOptions {
  /** Handler to bundle, relative to the repository root. */
  entry?: string;
  /** Measure an existing bundle instead of building one (e.g. the largest in cdk.out). */
  file?: string;
  runs?: number;
}

/** What Lambda would set; a handler that reads config at import time sees production values. */
const LAMBDA_LIKE_ENV = {
  RSVP_MODE: 'aws',
  RSVP_TABLE: 'bench-table',
  RSVP_RAW_BUCKET: 'bench-bucket',
  RSVP_RAW_PREFIX: 'inbound/',
  RSVP_FAILURE_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/000000000000/bench',
  RSVP_LOG_LEVEL: 'silent',
  AWS_REGION: 'eu-west-1',
};

/**
 * Bundles `lambdas/inbound.ts` with exactly the stack's esbuild options (cdk/bundling.ts)
 * into a temp dir, then times `node -e "import(<bundle>)"` in fresh processes (median,
 * Node start-up included: that is what a cold start pays too).
 */
export async function benchBundle(options: BenchOptions = {}): Promise<BundleBench> {
  const file = options.file ?? (await bundle(options.entry ?? 'lambdas/inbound.ts'));
  const bytes = statSync(file).size;
  const runs = options.runs ?? 5;
  const wall: number[] = [];
  const cpu: number[] = [];
  const baseline: number[] = [];
  // Interleaved with a bare start-up, so a busy machine shows in both numbers alike.
  for (let i = 0; i < runs; i++) {
    const run = timeNode(`import(${JSON.stringify(pathToFileURL(file).href)}).then(${REPORT_CPU})`, file);
    wall.push(run.wallMs);
    cpu.push(run.cpuMs);
    baseline.push(timeNode(`(${REPORT_CPU})()`, 'node -e 0').wallMs);
  }
  return { bytes, loadMsMedian: median(wall), file, cpuMsMedian: median(cpu), nodeBaselineMsMedian: median(baseline) };
}

/** Printed by the child on success: its own user+system CPU time in ms. */
const REPORT_CPU = '() => { const u = process.cpuUsage(); console.log((u.user + u.system) / 1000); }';

async function bundle(entry: string): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'rsvp-bundle-')), 'index.mjs');
  await build(lambdaEsbuildOptions(repoPath(entry), outfile));
  return outfile;
}

function timeNode(code: string, what: string): { wallMs: number; cpuMs: number } {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-e', code], {
    env: { ...process.env, ...LAMBDA_LIKE_ENV, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`loading ${what} failed (exit ${result.status}): ${result.stderr.slice(0, 2000)}`);
  return { wallMs, cpuMs: Number(result.stdout.trim()) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round((value ?? 0) * 10) / 10;
}

/** The largest Lambda code file (`index.mjs` / `index.js`) among the assets in a cloud assembly. */
export function largestBundleIn(cdkOut: string): string | undefined {
  let best: { file: string; size: number } | undefined;
  for (const dir of readdirSync(cdkOut)) {
    if (!dir.startsWith('asset.')) continue;
    const assetDir = join(cdkOut, dir);
    if (!statSync(assetDir).isDirectory()) continue;
    for (const name of readdirSync(assetDir)) {
      if (!/\.(mjs|cjs|js)$/.test(name)) continue;
      const size = statSync(join(assetDir, name)).size;
      if (!best || size > best.size) best = { file: join(assetDir, name), size };
    }
  }
  return best?.file;
}

// `npx tsx bench/bundle.ts [cdk.out]`: fresh bundle, plus the largest cdk.out bundle when one exists.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const fresh = await benchBundle();
  const mapBytes = statSync(`${fresh.file}.map`).size;
  console.log(JSON.stringify({ fresh: { ...fresh, mapBytes } }));
  const cdkOut = repoPath(process.argv[2] ?? 'cdk.out');
  let largest: string | undefined;
  try {
    largest = largestBundleIn(cdkOut);
  } catch {
    largest = undefined;
  }
  if (largest) console.log(JSON.stringify({ cdkOut: await benchBundle({ file: largest }) }));
}
