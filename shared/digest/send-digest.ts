import type { Logger } from '../app/logger';
import type { RsvpEvent } from '../events/event-schema';
import type { DigestKind, DigestRecord, EventSnapshot } from '../ports/digest-store';
import type { MailTransport } from '../ports/mailer';
import type { Store } from '../ports/store';
import { countGuests, type StatusCounts } from '../status/guest-summary';
import { buildDigest } from './build-digest';
import { composeDigest } from './compose-digest';
import { activityStart, forcedKind, hasStartedBefore, slotAt, type NotDueReason } from './schedule';

export type DigestReason = 'sent' | 'forced' | NotDueReason | 'already-sent' | 'already-skipped' | 'in-progress' | 'unchanged' | 'unknown-event' | 'failed';

/** What one attempt to send an event's digest did. */
export interface DigestOutcome {
  event: string;
  sent: boolean;
  reason: DigestReason;
  /** Local day (event zone) the attempt was for. */
  day: string;
  kind: DigestKind | null;
  /** Local outbox file, when the transport is the outbox. */
  outbox: string | null;
  messageId: string | null;
  /** Counts when the event's guests were read (null when the attempt stopped before reading). */
  counts: StatusCounts | null;
  /** Error code when `reason` is 'failed'. */
  error?: string;
}

export interface DigestDeps {
  store: Store;
  transport: MailTransport;
  log: Logger;
}

export interface SendDigestOptions {
  /** Send even when not due or already sent that day (still recorded). */
  force?: boolean;
  /**
   * A `sending` claim older than this is a run that died mid-send and may be retried.
   * 15 minutes is the longest a Lambda can run, so the first run is surely over by then.
   */
  leaseMs?: number;
}

const DEFAULT_LEASE_MS = 15 * 60_000;

function takenReason(existing: DigestRecord): DigestReason {
  return existing.state === 'sent' ? 'already-sent' : existing.state === 'skipped' ? 'already-skipped' : 'in-progress';
}

/** The last digest actually sent before `now`: the next one reports what changed after it. */
function lastSent(records: readonly DigestRecord[], now: Date): DigestRecord | null {
  const sent = records.filter((r) => r.state === 'sent' && Date.parse(r.asOf) < now.getTime()).sort((a, b) => a.asOf.localeCompare(b.asOf));
  return sent.at(-1) ?? null;
}

/** Nothing new to say: no mail arrived since the last digest and the counts are the same. */
function unchangedSince(snapshot: EventSnapshot, previous: DigestRecord, unroutedCount: number, counts: StatusCounts, now: Date): boolean {
  const since = Date.parse(previous.asOf);
  const newReplies = snapshot.replies.some((r) => Date.parse(r.receivedAt) > since && Date.parse(r.receivedAt) <= now.getTime());
  return !newReplies && unroutedCount === 0 && previous.counts !== null && JSON.stringify(previous.counts) === JSON.stringify(counts);
}

/**
 * Sends the digest `event` owes at `now`, at most once per local day: the day's record is
 * claimed with a conditional write BEFORE the mail goes out, so a trigger firing twice
 * (or two at once) sends one mail. Expected non-sends come back as outcomes; a transport
 * failure marks the day `failed` (so the next trigger retries it) and is rethrown.
 */
export async function sendEventDigest(deps: DigestDeps, event: RsvpEvent, now: Date, options: SendDigestOptions = {}): Promise<DigestOutcome> {
  const force = options.force ?? false;
  const decision = slotAt(event, now);
  const day = decision.due ? decision.slot.day : decision.day;
  const base = { event: event.id, day, outbox: null, messageId: null, counts: null };
  if (!decision.due && !force) return { ...base, sent: false, reason: decision.reason, kind: null };
  const kind = decision.due ? decision.slot.kind : forcedKind(event, day);
  const staleBefore = new Date(now.getTime() - (options.leaseMs ?? DEFAULT_LEASE_MS));

  if (!force) {
    // Cheap check first: once the day is done, a trigger every minute costs one GetItem, not a partition read.
    const existing = await deps.store.getDigest(event.id, day);
    const retryable = existing && (existing.state === 'failed' || (existing.state === 'sending' && existing.claimedAt < staleBefore.toISOString()));
    // outbox stays null: this call wrote nothing (the earlier mail's id is still reported)
    if (existing && !retryable) return { ...base, sent: false, reason: takenReason(existing), kind, messageId: existing.messageId };
  }

  const snapshot = await deps.store.loadEventSnapshot(event.id);
  if (!snapshot) return { ...base, sent: false, reason: 'unknown-event', kind };
  const fresh = snapshot.event;
  const counts = countGuests(snapshot.guests);
  const start = activityStart(snapshot.guests, snapshot.replies);
  if (!force && !hasStartedBefore({ day }, start, fresh.timeZone)) return { ...base, sent: false, reason: 'no-activity', kind, counts };

  const previous = lastSent(await deps.store.listDigests(fresh.id), now);
  const since = previous?.asOf ?? null;
  // Unrouted mail is global (not tied to an event): report what arrived in this digest's window only.
  const unrouted = (await deps.store.listUnroutedSince(since ?? (start ?? now).toISOString())).filter((u) => Date.parse(u.receivedAt) <= now.getTime());
  const record: DigestRecord = {
    eventId: fresh.id,
    day,
    kind,
    state: 'sending',
    forced: force,
    claimedAt: now.toISOString(),
    asOf: now.toISOString(),
    sentAt: null,
    messageId: null,
    location: null,
    counts,
    reason: null,
  };

  if (!force && kind === 'daily' && fresh.digest.skipWhenUnchanged && previous && unchangedSince(snapshot, previous, unrouted.length, counts, now)) {
    // Recorded, so the day is decided once: a reply later today waits for tomorrow's digest.
    const claim = await deps.store.claimDigest({ ...record, state: 'skipped', reason: 'unchanged' }, { force: false, staleBefore });
    if (claim.status === 'taken') return { ...base, sent: false, reason: takenReason(claim.existing), kind, counts };
    deps.log.info('digest skipped', { eventId: fresh.id, day, reason: 'unchanged' });
    return { ...base, sent: false, reason: 'unchanged', kind, counts };
  }

  const claim = await deps.store.claimDigest(record, { force, staleBefore });
  if (claim.status === 'taken') {
    return { ...base, sent: false, reason: takenReason(claim.existing), kind, counts, messageId: claim.existing.messageId };
  }

  let result;
  try {
    const model = buildDigest({ event: fresh, guests: snapshot.guests, replies: snapshot.replies, unrouted, kind, day, asOf: now, since });
    const mail = await composeDigest(fresh, snapshot.guests, model);
    result = await deps.transport.send(mail);
  } catch (error) {
    await deps.store.finishDigest(fresh.id, day, { state: 'failed', reason: (error as Error)?.message?.slice(0, 300) ?? 'error' });
    throw error;
  }
  const sentAt = now.toISOString();
  await deps.store.recordSent({ messageId: result.messageId, eventId: fresh.id, purpose: 'digest', sentAt });
  await deps.store.finishDigest(fresh.id, day, { state: 'sent', sentAt, messageId: result.messageId, location: result.location });
  deps.log.info('digest sent', { eventId: fresh.id, day, kind, forced: force, messageId: result.messageId, guests: snapshot.guests.length });
  return { event: fresh.id, day, kind, sent: true, reason: force ? 'forced' : 'sent', outbox: result.location, messageId: result.messageId, counts };
}
