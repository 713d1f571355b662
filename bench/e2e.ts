import { spawn, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface E2eResult {
  replies: number;
  clients: number;
  seconds: number;
  repliesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  acknowledged: number;
  lost: number;
  duplicated: number;
  recordedYes: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Starts `local/start.ts` (what `npm start` runs) in a child process and waits for its ready line. */
async function startStack(dataDir: string, ports: { smtp: number; dynamo: number; web: number }): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', RSVP_DATA_DIR: dataDir, RSVP_SMTP_PORT: String(ports.smtp), RSVP_DYNAMODB_PORT: String(ports.dynamo), RSVP_OUTBOX_WEB_PORT: String(ports.web), RSVP_CLOCK: '2020-01-13T09:00:00+02:00', RSVP_LOG_LEVEL: 'error', RSVP_ACK_LIMIT_PER_HOUR: '1000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`local stack exited early (${code})`)));
  });
  return child;
}

/**
 * 1,000 replies from 20 concurrent SMTP clients against the local stack: replies/s, and
 * latency from SMTP accept (250) to the acknowledgement appearing in the outbox.
 */
export async function benchE2e(options: { replies?: number; clients?: number } = {}): Promise<E2eResult> {
  const replies = options.replies ?? 1000;
  const clients = options.clients ?? 20;
  const dataDir = await mkdtemp(join(tmpdir(), 'rsvp-bench-'));
  const outbox = join(dataDir, 'outbox');
  await mkdir(outbox, { recursive: true });
  const base = 30000 + Math.floor(Math.random() * 20000);
  const ports = { smtp: base, dynamo: base + 1, web: base + 2 };
  const child = await startStack(dataDir, ports);

  const acceptedAt = new Map<string, number>();
  const ackedAt = new Map<string, number>();
  let duplicated = 0;
  let resolveAll: () => void = () => undefined;
  const allAcked = new Promise<void>((r) => (resolveAll = r));
  const watcher = watch(outbox, (_e, name) => {
    if (!name || !name.endsWith('.eml') || !name.includes('-ack-')) return;
    const seenAt = performance.now();
    readFile(join(outbox, name), 'latin1').then((raw) => {
      const id = /^In-Reply-To:\s*(<[^>]+>)/im.exec(raw)?.[1];
      if (!id) return;
      if (ackedAt.has(`${id}|${name}`)) return;
      if ([...ackedAt.keys()].some((k) => k.startsWith(`${id}|`))) duplicated++;
      ackedAt.set(`${id}|${name}`, seenAt);
      if (ackedAt.size >= replies) resolveAll();
    }, () => undefined);
  });

  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port: ports.smtp, secure: false, ignoreTLS: true, pool: true, maxConnections: 1 });
      while (next < replies) {
        const i = next++;
        const messageId = `<bench-${i}@load.example.com>`;
        await transport.sendMail({ from: `guest${i}@load.example.com`, to: 'rsvp+lll-2020-01@primarie.example.org', subject: 'Re: Invitație', text: `Confirm participarea.\n\nÎn lun., 13 ian. 2020, Primăria <rsvp@primarie.example.org> a scris:\n> Vă rugăm să confirmați participarea (client ${c}).`, messageId });
        acceptedAt.set(messageId, performance.now());
      }
      transport.close();
    }),
  );
  await Promise.race([allAcked, new Promise((r) => setTimeout(r, 120_000))]);
  const seconds = (performance.now() - started) / 1000;
  watcher.close();

  const latencies: number[] = [];
  for (const [key, at] of ackedAt) {
    const sent = acceptedAt.get(key.split('|')[0]!);
    if (sent !== undefined) latencies.push(Math.max(0, at - sent));
  }
  latencies.sort((a, b) => a - b);
  const acknowledgedIds = new Set([...ackedAt.keys()].map((k) => k.split('|')[0]));

  const status = await new Promise<string>((resolve) => {
    const s = spawn(process.execPath, ['--import', 'tsx', 'bin/rsvp.ts', 'status', '--event', 'lll-2020-01', '--json'], {
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', RSVP_DATA_DIR: dataDir, RSVP_DYNAMODB_PORT: String(ports.dynamo) },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    s.stdout.on('data', (d: Buffer) => (out += d.toString()));
    s.on('exit', () => resolve(out));
  });
  const recordedYes = (JSON.parse(status || '{"counts":{"yes":0}}') as { counts: { yes: number } }).counts.yes;

  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await rm(dataDir, { recursive: true, force: true });
  return {
    replies,
    clients,
    seconds: Number(seconds.toFixed(2)),
    repliesPerSecond: Number((replies / seconds).toFixed(1)),
    p50Ms: Math.round(percentile(latencies, 50)),
    p99Ms: Math.round(percentile(latencies, 99)),
    acknowledged: acknowledgedIds.size,
    lost: replies - acknowledgedIds.size,
    duplicated,
    recordedYes,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchE2e().then((r) => console.log(JSON.stringify(r, null, 2)));
}
