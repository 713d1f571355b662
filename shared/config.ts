import * as z from 'zod';
import { ConfigError } from './errors';

const port = z.coerce.number().int().min(0).max(65535);
const isoInstant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 timestamp');

/**
 * Every setting the service reads, from one place. `RSVP_MODE=local` (default) is the
 * local stack and CLI; `aws` is Lambda and `rsvp --aws`.
 */
export const configSchema = z.object({
  RSVP_MODE: z.enum(['local', 'aws']).default('local'),
  RSVP_DATA_DIR: z.string().min(1).default('.data'),
  RSVP_EVENTS_DIR: z.string().min(1).default('events'),
  RSVP_SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  RSVP_SMTP_PORT: port.default(2525),
  RSVP_DYNAMODB_PORT: port.default(8000),
  /** Full endpoint URL; overrides RSVP_DYNAMODB_PORT (tests point it at an in-memory dynalite). */
  RSVP_DYNAMODB_ENDPOINT: z.url().optional(),
  RSVP_TABLE: z.string().min(3).default('rsvp'),
  RSVP_RAW_BUCKET: z.string().min(3).optional(),
  RSVP_RAW_PREFIX: z.string().default('inbound/'),
  RSVP_FAILURE_QUEUE_URL: z.url().optional(),
  RSVP_OUTBOX_WEB_PORT: port.default(8025),
  RSVP_CLOCK: isoInstant.optional(),
  /** Mail above this size is not parsed; it is kept and routed to review. */
  RSVP_MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(30 * 1024 * 1024),
  /** RFC 3834 §2: limit automatic replies to one sender. */
  RSVP_ACK_LIMIT_PER_HOUR: z.coerce.number().int().min(0).default(5),
  /** SES default sending rate is 14 messages/s on a fresh production account. */
  RSVP_SEND_RATE_PER_SECOND: z.coerce.number().positive().default(14),
  /** Messages processed at once by the local stack (like concurrent Lambda invocations). */
  RSVP_LOCAL_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  RSVP_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  AWS_REGION: z.string().min(1).default('eu-west-1'),
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
