import type { GuestRecord, ReplyRecord, UnroutedRecord } from '../domain/records';
import type { RsvpEvent } from '../events/event-schema';
import type { StatusCounts } from '../status/guest-summary';

export type DigestKind = 'daily' | 'final';
export type DigestState = 'sending' | 'sent' | 'skipped' | 'failed';

/**
 * The idempotency record of one event's digest for one local day (`DIGEST#<eventId>` / `<day>`).
 * It is written BEFORE sending, so two triggers on the same day cannot both send.
 */
export interface DigestRecord {
  eventId: string;
  /** Local calendar day (YYYY-MM-DD, event zone) the digest belongs to. */
  day: string;
  kind: DigestKind;
  state: DigestState;
  /** Sent by `digest --force`, outside the schedule. */
  forced: boolean;
  claimedAt: string;
  /** The instant the digest describes; the next digest reports changes after it. */
  asOf: string;
  sentAt: string | null;
  messageId: string | null;
  /** Where the local outbox wrote it (null with SES). */
  location: string | null;
  counts: StatusCounts | null;
  /** Why it was skipped or failed. */
  reason: string | null;
}

export type DigestClaim = { status: 'claimed' } | { status: 'taken'; existing: DigestRecord };

/** Everything the digest needs about one event, read in one paginated Query of its partition. */
export interface EventSnapshot {
  event: RsvpEvent;
  guests: GuestRecord[];
  replies: ReplyRecord[];
  /** Items the Query returned (the cost, for the benchmark). */
  itemsRead: number;
}

export interface DigestRepo {
  getDigest(eventId: string, day: string): Promise<DigestRecord | null>;
  /**
   * Writes the day's record if there is none, or if the existing one failed or is a
   * `sending` claim older than `staleBefore` (a run that died mid-send). `force` overwrites.
   */
  claimDigest(record: DigestRecord, options: { force: boolean; staleBefore: Date }): Promise<DigestClaim>;
  /** Updates the state of a claimed record (sending → sent | failed). */
  finishDigest(eventId: string, day: string, patch: Partial<Pick<DigestRecord, 'state' | 'sentAt' | 'messageId' | 'location' | 'counts' | 'reason'>>): Promise<void>;
  /** The event's digest records, oldest day first. */
  listDigests(eventId: string): Promise<DigestRecord[]>;
  /** The event, its guests and its reply history from a single Query (null when there is no event). */
  loadEventSnapshot(eventId: string): Promise<EventSnapshot | null>;
  /** Unrouted mail received after `since` (a key-range Query, not the whole list). */
  listUnroutedSince(since: string): Promise<UnroutedRecord[]>;
}
