import * as z from './zod';
import { ConfigError } from './errors';

const port = z.coerce.number().check(z.int(), z.minimum(0), z.maximum(65535));
const isoInstant = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 timestamp'));
const text = (minLength: number) => z.string().check(z.minLength(minLength));

/**
 * Every setting the service reads, from one place. `RSVP_MODE=local` (default) is the
 * local stack and CLI; `aws` is Lambda and `rsvp --aws`.
 */
export const configSchema = z.object({
  RSVP_MODE: z._default(z.enum(['local', 'aws']), 'local'),
  RSVP_DATA_DIR: z._default(text(1), '.data'),
  RSVP_EVENTS_DIR: z._default(text(1), 'events'),
  RSVP_SMTP_HOST: z._default(text(1), '127.0.0.1'),
  RSVP_SMTP_PORT: z._default(port, 2525),
  RSVP_DYNAMODB_PORT: z._default(port, 8000),
  /** Full endpoint URL; overrides RSVP_DYNAMODB_PORT (tests point it at an in-memory dynalite). */
  RSVP_DYNAMODB_ENDPOINT: z.optional(z.url()),
  RSVP_TABLE: z._default(text(3), 'rsvp'),
  RSVP_RAW_BUCKET: z.optional(text(3)),
  RSVP_RAW_PREFIX: z._default(z.string(), 'inbound/'),
  RSVP_FAILURE_QUEUE_URL: z.optional(z.url()),
  RSVP_OUTBOX_WEB_PORT: z._default(port, 8025),
  RSVP_CLOCK: z.optional(isoInstant),
  /** Mail above this size is not parsed; it is kept and routed to review. */
  RSVP_MAX_MESSAGE_BYTES: z._default(z.coerce.number().check(z.int(), z.positive()), 30 * 1024 * 1024),
  /** RFC 3834 §2: limit automatic replies to one sender. */
  RSVP_ACK_LIMIT_PER_HOUR: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 5),
  /** SES default sending rate is 14 messages/s on a fresh production account. */
  RSVP_SEND_RATE_PER_SECOND: z._default(z.coerce.number().check(z.positive()), 14),
  /** Messages processed at once by the local stack (like concurrent Lambda invocations). */
  RSVP_LOCAL_CONCURRENCY: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(256)), 8),
  RSVP_LOG_LEVEL: z._default(z.enum(['debug', 'info', 'warn', 'error', 'silent']), 'info'),
  AWS_REGION: z._default(text(1), 'eu-west-1'),
});

export type Config = z.infer<typeof configSchema>;

/**
 * Parses settings once; a bad value fails fast naming the key.
 * This is the only module that reads `process.env`. `overrides` win over the environment
 * (the CLI's `--outputs cdk-outputs.json` names the deployed resources that way).
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<Record<keyof Config, string>> = {}): Config {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = overrides[key as keyof Config] ?? env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const parsed = configSchema.safeParse(picked);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${details}`);
  }
  return parsed.data;
}
