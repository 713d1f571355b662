import type { Logger } from '../app/logger';
import type { Clock } from '../ports/clock';
import type { MailTransport } from '../ports/mailer';
import type { RawMailStore } from '../ports/raw-mail';
import type { Store } from '../ports/store';
import type { SesVerdicts } from './authenticity';
import type { cachedEvents } from './event-catalog';

/** One delivery of one inbound message (an SES receipt, or the local SMTP server's). */
export interface InboundRequest {
  /** Where the raw mail is: `inbound/<sesMessageId>` in S3, the same key locally. */
  rawKey: string;
  sesMessageId: string | null;
  /** Envelope recipients (RCPT TO / SES receipt.recipients). */
  recipients: string[];
  receivedAt: string;
  /** SES verdicts in production; null locally (then Authentication-Results decides). */
  verdicts: SesVerdicts | null;
}

export type InboundOutcome =
  | 'confirmed' | 'declined' | 'maybe' | 'waitlisted' | 'review' | 'on-behalf' | 'superseded' | 'already-applied'
  | 'duplicate' | 'auto-reply' | 'bounce' | 'unverified' | 'rejected' | 'unrouted' | 'malformed' | 'oversized' | 'not-invited'
  | 'manager' | 'unsubscribed';

export interface InboundResult {
  messageKey: string;
  outcome: InboundOutcome;
  eventId: string | null;
  guest: string | null;
  ack: 'sent' | 'skipped' | 'rate-limited' | 'already-sent' | 'none';
  /** Where the acknowledgement went (outbox file locally). */
  ackLocation: string | null;
  ackMessageId: string | null;
  detail: string | null;
}

export interface InboundSettings {
  maxMessageBytes: number;
  ackLimitPerHour: number;
  /** How long a claim holds before another delivery may take over (longer than the Lambda timeout). */
  leaseMs: number;
}

export interface InboundDeps {
  store: Store;
  transport: MailTransport;
  rawMail: RawMailStore;
  clock: Clock;
  log: Logger;
  events: ReturnType<typeof cachedEvents>;
  settings: InboundSettings;
}

/** Trimmed text kept on history and review records. */
export const TEXT_CAP = 4000;
