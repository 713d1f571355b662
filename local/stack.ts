import { join } from 'node:path';
import { createLocalServices, localPaths } from '../shared/app/local-services';
import type { Services } from '../shared/app/services';
import type { Config } from '../shared/config';
import { errorCode } from '../shared/errors';
import { loadEventFiles } from '../shared/adapters/local/event-files';
import { inboundDeps } from '../shared/inbound/inbound-deps';
import type { InboundResult } from '../shared/inbound/inbound-types';
import type { Clock } from '../shared/ports/clock';
import type { Logger } from '../shared/app/logger';
import { createInboundHandler } from '../lambdas/inbound';
import { startDynalite, startDynaliteWorker } from './dynamo-local';
import { startOutboxWeb } from './outbox-web';
import { startSmtpInbox } from './smtp-inbox';
import { createSpool } from './spool';
import { createWorkQueue } from './work-queue';

/** Attempts per message before it waits in the spool for the next start. */
const MAX_ATTEMPTS = 12;
/** Then a message that still fails is retried this often while the stack runs. */
const SLOW_RETRY_MS = 5 * 60_000;

export interface LocalStack {
  services: Services;
  smtpPort: number;
  webPort: number | null;
  dynamoEndpoint: string;
  inboxes: string[];
  /** Stop and start the local DynamoDB (same data, same port): for outage drills and tests. */
  dynamo: { stop(): Promise<void>; start(): Promise<void> };
  /** Resolves when every accepted message has been processed. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface LocalStackOptions {
  /** In-memory DynamoDB (tests) instead of LevelDB under the data folder. */
  inMemory?: boolean;
  /** Run dynalite in a worker thread (npm start: uses the second core). */
  dynamoInWorker?: boolean;
  web?: boolean;
  clock?: Clock;
  log?: Logger;
  /** Parallel message processing, like concurrent Lambda invocations. */
  concurrency?: number;
  onProcessed?: (results: InboundResult[] | null, error: unknown) => void;
  /** Extra background jobs started with the stack (the daily scheduler). */
  startJobs?: (services: Services) => { stop(): Promise<void> | void };
}

/**
 * The whole service on this machine: dynalite, the SMTP inbox, the same inbound handler
 * module Lambda runs, the `.eml` outbox, and the events loaded from `events/*.json`.
 */
export async function startLocalStack(config: Config, options: LocalStackOptions = {}): Promise<LocalStack> {
  const paths = localPaths(config);
  const startDynamo = options.dynamoInWorker ? startDynaliteWorker : startDynalite;
  const dynamoPath = options.inMemory ? null : paths.dynamodb;
  let dynamo = await startDynamo(dynamoPath, config.RSVP_DYNAMODB_PORT);
  const dynamoPort = Number(new URL(dynamo.endpoint).port);
  const services = await createLocalServices(config, dynamo.endpoint, { ...(options.clock ? { clock: options.clock } : {}), ...(options.log ? { log: options.log } : {}) });
  try {
    const events = await loadEventFiles(config.RSVP_EVENTS_DIR);
    for (const event of events) await services.store.putEvent(event, services.clock.now());
  } catch (error) {
    await services.close();
    await dynamo.close();
    throw error;
  }
  const context = { deps: inboundDeps(services), rawPrefix: config.RSVP_RAW_PREFIX };
  const handler = createInboundHandler(() => context);
  const spool = createSpool(join(paths.root, 'spool'));
  let closing = false;
  const retryTimers = new Set<NodeJS.Timeout>();
  const slowTimers = new Set<NodeJS.Timeout>();
  const queue = createWorkQueue<{ id: string; event: unknown; attempt?: number }>(options.concurrency ?? config.RSVP_LOCAL_CONCURRENCY, async (item) => {
    try {
      const out = await handler(item.event);
      await spool.remove(item.id);
      options.onProcessed?.(out.results, null);
    } catch (error) {
      // Like Lambda's async retries: the spool entry stays until the message is processed,
      // so an outage (DynamoDB down) delays mail but never loses it. After the last retry it
      // waits in the spool for the next start, and the message record (if the store was
      // reachable) holds the error for `rsvp replay --failed`.
      const attempt = (item.attempt ?? 0) + 1;
      services.log.error('inbound failed', { id: item.id, attempt, code: errorCode(error) });
      if (closing) return;
      if (attempt < MAX_ATTEMPTS) {
        const timer = setTimeout(() => {
          retryTimers.delete(timer);
          queue.push({ ...item, attempt });
        }, Math.min(30_000, 250 * 2 ** attempt));
        retryTimers.add(timer);
      } else {
        // Still failing after the quick retries (~5 min): keep it in the spool and try again
        // every few minutes while the stack runs (not counted by idle(): nothing to wait for).
        options.onProcessed?.(null, error);
        const timer = setTimeout(() => {
          slowTimers.delete(timer);
          queue.push({ ...item, attempt: 0 });
        }, SLOW_RETRY_MS);
        timer.unref();
        slowTimers.add(timer);
      }
    }
  });
  for (const leftover of await spool.pending()) queue.push(leftover);

  let domains = new Set((await services.store.listEvents()).map((e) => e.inbox.split('@')[1] ?? ''));
  const refreshDomains = setInterval(() => {
    services.store.listEvents().then((e) => (domains = new Set(e.map((x) => x.inbox.split('@')[1] ?? ''))), () => undefined);
  }, 5000);
  refreshDomains.unref();

  const smtp = await startSmtpInbox({
    host: config.RSVP_SMTP_HOST,
    port: config.RSVP_SMTP_PORT,
    maxBytes: config.RSVP_MAX_MESSAGE_BYTES,
    rawPrefix: config.RSVP_RAW_PREFIX,
    acceptsDomain: (d) => domains.has(d),
    rawMail: services.rawMail,
    spool,
    deliver: (id, event) => queue.push({ id, event }),
    clock: services.clock,
    log: services.log,
  });
  const web = options.web ? await startOutboxWeb(paths.outbox, config.RSVP_SMTP_HOST, config.RSVP_OUTBOX_WEB_PORT) : null;
  const jobs = options.startJobs?.(services) ?? null;
  const inboxes = (await services.store.listEvents()).map((e) => e.inbox);

  return {
    services,
    smtpPort: smtp.port,
    webPort: web?.port ?? null,
    dynamoEndpoint: dynamo.endpoint,
    inboxes,
    dynamo: {
      stop: () => dynamo.close(),
      start: async () => {
        dynamo = await startDynamo(dynamoPath, dynamoPort);
      },
    },
    async idle() {
      // Retries waiting on their backoff timer count as not idle.
      for (;;) {
        await queue.idle();
        if (retryTimers.size === 0) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      closing = true;
      clearInterval(refreshDomains);
      for (const t of [...retryTimers, ...slowTimers]) clearTimeout(t);
      await smtp.close();
      await jobs?.stop();
      await queue.idle();
      await web?.close();
      await spool.close();
      await services.close();
      await dynamo.close();
    },
  };
}
