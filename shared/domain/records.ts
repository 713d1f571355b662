import type { Language } from '../events/event-schema';
import type { Intent, MessageKind } from '../understanding/types';

export type GuestStatus = 'pending' | 'yes' | 'no' | 'maybe' | 'review' | 'waitlist';
export type BounceState = 'hard' | 'soft' | null;

/** One person on one event's list. */
export interface GuestRecord {
  eventId: string;
  /** Normalised address: trimmed, lower-case. The guest's identity. */
  email: string;
  name: string | null;
  organization: string | null;
  language: Language | null;
  status: GuestStatus;
  /** Total people including the guest, when status is yes/waitlist. */
  headcount: number | null;
  speaker: boolean | null;
  note: string | null;
  /** Effective time (Date header, or receipt) of the reply that set the status. */
  respondedAt: string | null;
  /** Message key of that reply; ties on time are broken by it so re-applying is idempotent. */
  decidedBy: string | null;
  /** First time the guest became yes/waitlist in a row: orders speakers and the waitlist. */
  confirmedAt: string | null;
  late: boolean;
  /** Replied without being on the list. */
  walkIn: boolean;
  bounce: BounceState;
  /** A later reply that needs a person, without overriding a decided status. */
  reviewReason: string | null;
  /** When the reply that raised `reviewReason` was written: only a newer answer settles it. */
  reviewAt?: string | null;
  /** Per-guest reply token (invitations). */
  token: string | null;
  invitedAt: string | null;
  /** Reminder days already sent (ISO dates), so each goes once. */
  remindersSent: string[];
  /** Asked (via the invitation's List-Unsubscribe) for no more reminders; the answer is kept. */
  unsubscribed?: boolean;
  createdAt: string;
  updatedAt: string;
  /** Optimistic lock: every state change is a conditional write on it. */
  version: number;
}

/** One message in a guest's history (every reply is kept, applied or not). */
export interface ReplyRecord {
  eventId: string;
  email: string;
  messageKey: string;
  receivedAt: string;
  /** The message's Date header when sane, else receipt time: orders changes of mind. */
  effectiveAt: string;
  kind: MessageKind;
  intent: Intent | null;
  confidence: number;
  headcount: number | null;
  speaker: boolean | null;
  evidence: string | null;
  note: string | null;
  /** Trimmed text (capped). */
  text: string;
  rawKey: string;
  subject: string;
  from: string | null;
  late: boolean;
  /** What the workflow did with it, e.g. "applied", "superseded", "review", "unverified". */
  outcome: string;
}

export type MessageState = 'processing' | 'done' | 'failed' | 'rejected';

/** Processing state of one inbound message: the exactly-once guard. */
export interface MessageRecord {
  messageKey: string;
  sesMessageId: string | null;
  rfcMessageId: string | null;
  rawKey: string;
  /** Envelope recipients and SES verdicts of the delivery, so `replay` can redo it exactly. */
  recipients: string[];
  verdicts: { spam: string; virus: string; spf: string; dkim: string; dmarc: string } | null;
  state: MessageState;
  receivedAt: string;
  leaseUntil: string | null;
  attempts: number;
  eventId: string | null;
  guestEmail: string | null;
  outcome: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  ackState: 'none' | 'sending' | 'sent' | 'skipped';
  ackMessageId: string | null;
  updatedAt: string;
}

/** An inbound message that could not be tied to an event, or was rejected before routing. */
export interface UnroutedRecord {
  messageKey: string;
  receivedAt: string;
  from: string | null;
  subject: string;
  reason: string;
  rawKey: string;
  text: string;
}

/**
 * A message we sent, so replies threading to it route back (In-Reply-To/References).
 * It holds no address on purpose: nothing personal outlives an erasure (GDPR art. 17).
 */
export interface SentRecord {
  messageId: string;
  eventId: string;
  purpose: 'ack' | 'invitation' | 'reminder' | 'digest';
  sentAt: string;
}
