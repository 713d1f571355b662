import type { RsvpEvent } from '../events/event-schema';
import type { DigestRepo } from './digest-store';
import type { AdminRepo } from './admin-store';
import type { GuestRecord, MessageRecord, ReplyRecord, SentRecord, UnroutedRecord } from '../domain/records';

/** Result of a conditional write. */
export type WriteResult = 'ok' | 'conflict';

export interface EventRepo {
  putEvent(event: RsvpEvent, now: Date): Promise<void>;
  getEvent(id: string): Promise<RsvpEvent | null>;
  listEvents(): Promise<RsvpEvent[]>;
}

export interface GuestRepo {
  getGuest(eventId: string, email: string): Promise<GuestRecord | null>;
  /** Creates the guest if absent. */
  createGuest(guest: GuestRecord): Promise<WriteResult>;
  /** Writes `next` only if the stored version is still `next.version - 1`. */
  updateGuest(next: GuestRecord): Promise<WriteResult>;
  /** Every guest of an event (Query, paginated); `consistent` for capacity decisions. */
  listGuests(eventId: string, options?: { consistent?: boolean }): Promise<GuestRecord[]>;
}

export interface ReplyRepo {
  /** Adds a history record once; a second add of the same message returns 'conflict'. */
  addReply(reply: ReplyRecord): Promise<WriteResult>;
  listReplies(eventId: string, email?: string): Promise<ReplyRecord[]>;
  addUnrouted(record: UnroutedRecord): Promise<WriteResult>;
  listUnrouted(): Promise<UnroutedRecord[]>;
}

export type ClaimResult =
  | { status: 'claimed'; record: MessageRecord }
  | { status: 'done'; record: MessageRecord }
  | { status: 'in-progress'; record: MessageRecord };

export interface MessageRepo {
  /**
   * Claims a message for processing: succeeds if it is new, failed, or its lease
   * expired. Concurrent duplicates see 'in-progress'; finished ones see 'done'.
   */
  claimMessage(init: Pick<MessageRecord, 'messageKey' | 'sesMessageId' | 'rfcMessageId' | 'rawKey' | 'receivedAt' | 'recipients' | 'verdicts'>, now: Date, leaseMs: number): Promise<ClaimResult>;
  getMessage(messageKey: string): Promise<MessageRecord | null>;
  /** Finds a message by its key. */
  findMessage(messageKey: string): Promise<MessageRecord | null>;
  /**
   * Updates a message's state. With `attempt`, only while that attempt still holds the
   * claim (processing, same attempt number): a stale attempt never overwrites a newer one.
   */
  finishMessage(
    messageKey: string,
    patch: Partial<Pick<MessageRecord, 'state' | 'eventId' | 'guestEmail' | 'outcome' | 'errorCode' | 'errorMessage' | 'ackState' | 'ackMessageId'>>,
    now: Date,
    options?: { attempt?: number },
  ): Promise<void>;
  /** Writes the message's final state, only while `attempt` still holds the claim; false otherwise. */
  completeMessage(record: MessageRecord, attempt: number): Promise<boolean>;
  listMessages(state: MessageRecord['state']): Promise<MessageRecord[]>;
}

export interface OutboundRepo {
  recordSent(sent: SentRecord): Promise<void>;
  /** The first of these Message-IDs that is one of ours. */
  findSent(messageIds: string[]): Promise<SentRecord | null>;
}

export interface RateLimitRepo {
  /** Counts one use of `key` in the window; false when `limit` was already reached. */
  takeToken(key: string, windowStart: Date, windowMs: number, limit: number): Promise<boolean>;
  /**
   * Reserves the acknowledgement of one message to one recipient, in one conditional write:
   * 'already' if this message was reserved before (at most one per message, even on retry),
   * 'limited' if the recipient's window already holds `limit` acknowledgements.
   */
  reserveAck(recipient: string, messageKey: string, windowStart: Date, windowMs: number, limit: number): Promise<'reserved' | 'already' | 'limited'>;
  /** Gives a reservation back when the transport definitely did not send. */
  releaseAck(recipient: string, messageKey: string, windowStart: Date): Promise<void>;
}

/** One idempotent write of a batch: a history record, a sent record, or clearing a message's failed mark. */
export type BatchItem = { reply: ReplyRecord } | { sent: SentRecord } | { dropFailed: string };

export interface BatchRepo {
  /** Writes independent idempotent items together (fewer round trips on the hot path). */
  commitBatch(items: BatchItem[]): Promise<void>;
}

export interface TokenRepo {
  /** Maps an unguessable per-guest reply token to its guest (`<local>+<eventId>.<token>@domain`). */
  putToken(token: string, eventId: string, email: string): Promise<void>;
  resolveToken(token: string): Promise<{ eventId: string; email: string } | null>;
  deleteToken(token: string): Promise<void>;
}

/** The whole store, one table (single-table design). */
export interface Store extends EventRepo, GuestRepo, ReplyRepo, MessageRepo, OutboundRepo, RateLimitRepo, TokenRepo, BatchRepo, DigestRepo, AdminRepo {}
