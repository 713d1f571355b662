import { join } from 'node:path';
import { createDynamoStore } from '../adapters/dynamodb/dynamo-store';
import { createDocumentClient, ensureTable } from '../adapters/dynamodb/table';
import { createFsRawMailStore } from '../adapters/local/fs-raw-mail';
import { createOutboxTransport } from '../adapters/local/outbox-transport';
import type { Config } from '../config';
import { offsetClock, systemClock, type Clock } from '../ports/clock';
import { createLogger, type Logger } from './logger';
import type { Services } from './services';

/** Data-folder layout of the local stack. */
export function localPaths(config: Config) {
  const root = config.RSVP_DATA_DIR;
  return { root, dynamodb: join(root, 'dynamodb'), raw: join(root, 'raw'), outbox: join(root, 'outbox') };
}

/** RSVP_CLOCK: act as if it were then, with time advancing normally. */
export function clockFromConfig(config: Config): Clock {
  return config.RSVP_CLOCK ? offsetClock(new Date(config.RSVP_CLOCK)) : systemClock;
}

/** Local services against a DynamoDB-API endpoint (dynalite), the data folder and the `.eml` outbox. */
export async function createLocalServices(config: Config, endpoint: string, options: { clock?: Clock; log?: Logger; onClose?: () => Promise<void> } = {}): Promise<Services> {
  const paths = localPaths(config);
  const clock = options.clock ?? clockFromConfig(config);
  const doc = createDocumentClient({ region: config.AWS_REGION, endpoint, localCredentials: true, maxAttempts: 6 });
  await ensureTable(doc, config.RSVP_TABLE);
  return {
    config,
    clock,
    store: createDynamoStore({ doc, table: config.RSVP_TABLE }),
    transport: createOutboxTransport(paths.outbox, clock),
    rawMail: createFsRawMailStore(paths.raw),
    log: options.log ?? createLogger(config.RSVP_LOG_LEVEL),
    close: async () => {
      doc.destroy();
      await options.onClose?.();
    },
  };
}
