import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import type { Logger } from '../../shared/app/logger';
import { loadConfig } from '../../shared/config';
import type { InboundResult } from '../../shared/inbound/inbound-types';
import { manualClock } from '../../shared/ports/clock';
import { startLocalStack, type LocalStack } from '../../local/stack';

export interface TestStack {
  stack: LocalStack;
  dataDir: string;
  clock: ReturnType<typeof manualClock>;
  results: InboundResult[];
  /** Error log lines of the stack (e.g. failed deliveries that will be retried). */
  errors: string[];
  /** Sends through a real SMTP client and waits until the stack has processed everything. */
  send(mail: Mail.Options): Promise<void>;
  sendRaw(raw: string | Buffer, envelope: { from: string; to: string[] }): Promise<void>;
  outbox(): Promise<{ file: string; raw: string; mail: ParsedMail }[]>;
  close(): Promise<void>;
}

/** The whole local stack on ephemeral ports, in-memory DynamoDB, a temp data folder. */
export async function startTestStack(options: { now: string; dataDir?: string; inMemory?: boolean; env?: Record<string, string> }): Promise<TestStack> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'rsvp-test-')));
  const config = loadConfig({ RSVP_DATA_DIR: dataDir, RSVP_SMTP_PORT: '0', RSVP_DYNAMODB_PORT: '0', RSVP_OUTBOX_WEB_PORT: '0', RSVP_EVENTS_DIR: 'events', ...options.env });
  const clock = manualClock(options.now);
  const results: InboundResult[] = [];
  const errors: string[] = [];
  const log: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: (msg, fields) => void errors.push(`${msg} ${JSON.stringify(fields ?? {})}`) };
  const stack = await startLocalStack(config, { inMemory: options.inMemory ?? true, clock, log, onProcessed: (r) => r && results.push(...r) });
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: stack.smtpPort, secure: false, ignoreTLS: true, pool: true, maxConnections: 5 });
  const outboxDir = join(dataDir, 'outbox');
  return {
    stack,
    dataDir,
    clock,
    results,
    errors,
    async send(mail) {
      await transport.sendMail(mail);
      await stack.idle();
    },
    async sendRaw(raw, envelope) {
      await transport.sendMail({ envelope, raw });
      await stack.idle();
    },
    async outbox() {
      const names = (await readdir(outboxDir).catch(() => [] as string[])).filter((n) => n.endsWith('.eml')).sort();
      return Promise.all(
        names.map(async (file) => {
          const raw = await readFile(join(outboxDir, file), 'utf8');
          return { file, raw, mail: await simpleParser(raw) };
        }),
      );
    },
    async close() {
      transport.close();
      await stack.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
