import type { GuestRecord } from '../domain/records';
import type { Intent } from '../understanding/types';
import { reviewReason } from '../status/review-reason';

/** What a person's reply says, as the guest state machine needs it. */
export interface ReplyDecision {
  messageKey: string;
  effectiveAt: string;
  intent: Intent;
  headcount: number | null;
  speaker: boolean | null;
  note: string | null;
  onBehalfOf: string | null;
  late: boolean;
  evidence: string | null;
}

export type ApplyOutcome = 'confirmed' | 'declined' | 'maybe' | 'waitlisted' | 'review' | 'on-behalf' | 'superseded' | 'already-applied';

export interface ApplyResult {
  /** The guest to write, or null when nothing changes. */
  next: GuestRecord | null;
  outcome: ApplyOutcome;
  /** A confirmed guest stopped being confirmed: the waitlist may move up. */
  freedSeats: boolean;
}

export interface CapacityView {
  capacity: number | undefined;
  /** Headcount of confirmed guests other than this one. */
  seatsTakenByOthers: number;
}

const DECIDED = new Set<GuestRecord['status']>(['yes', 'no', 'maybe', 'waitlist']);

function isNewer(guest: GuestRecord, d: ReplyDecision): boolean {
  if (!guest.respondedAt) return true;
  if (d.effectiveAt !== guest.respondedAt) return d.effectiveAt > guest.respondedAt;
  return d.messageKey > (guest.decidedBy ?? '');
}

function outcomeOf(status: GuestRecord['status']): ApplyOutcome {
  return status === 'yes' ? 'confirmed' : status === 'no' ? 'declined' : status === 'maybe' ? 'maybe' : status === 'waitlist' ? 'waitlisted' : 'review';
}

/**
 * Applies one reply to a guest. Only yes/no/maybe decide a status, and only when the
 * reply is newer (by its Date, ties broken by message key) than the one that decided it
 * — so an older message arriving later is kept in history but never overrides, and
 * applying the same message twice changes nothing. Unclear replies and replies on
 * someone else's behalf go to review without undoing a decided answer.
 */
export function applyReply(guest: GuestRecord, d: ReplyDecision, capacity: CapacityView, now: Date): ApplyResult {
  if (guest.decidedBy === d.messageKey) return { next: null, outcome: 'already-applied', freedSeats: false };
  const base: GuestRecord = { ...guest, updatedAt: now.toISOString(), version: guest.version + 1 };

  if (d.onBehalfOf || d.intent === 'unknown') {
    const reason = d.onBehalfOf ? reviewReason('on-behalf', d.onBehalfOf) : reviewReason('unclear', d.note);
    const status = DECIDED.has(guest.status) ? guest.status : 'review';
    // A question after the deadline does not make an earlier, on-time answer late.
    const late = DECIDED.has(guest.status) ? guest.late : guest.late || d.late;
    return { next: { ...base, status, reviewReason: reason, reviewAt: d.effectiveAt, late }, outcome: d.onBehalfOf ? 'on-behalf' : 'review', freedSeats: false };
  }
  if (!isNewer(guest, d)) return { next: null, outcome: 'superseded', freedSeats: false };

  const wasConfirmed = guest.status === 'yes' || guest.status === 'waitlist';
  const decided = {
    respondedAt: d.effectiveAt,
    decidedBy: d.messageKey,
    late: d.late,
    note: d.note ?? guest.note,
    // An answer written after the question settles it; an older one (arriving late) does not.
    ...(guest.status === 'review' && (guest.reviewAt ?? '') < d.effectiveAt ? { reviewReason: null, reviewAt: null } : {}),
  };

  if (d.intent === 'yes') {
    const headcount = Math.max(1, d.headcount ?? 1);
    const speaker = d.speaker ?? (wasConfirmed ? guest.speaker : null);
    const confirmedAt = wasConfirmed ? (guest.confirmedAt ?? d.effectiveAt) : d.effectiveAt;
    const overCapacity = capacity.capacity !== undefined && guest.status !== 'yes' && capacity.seatsTakenByOthers + headcount > capacity.capacity;
    const status = overCapacity ? 'waitlist' : 'yes';
    return { next: { ...base, ...decided, status, headcount, speaker, confirmedAt }, outcome: outcomeOf(status), freedSeats: false };
  }
  const status = d.intent === 'no' ? 'no' : 'maybe';
  return {
    next: { ...base, ...decided, status, headcount: null, speaker: d.intent === 'no' ? null : guest.speaker, confirmedAt: null },
    outcome: outcomeOf(status),
    freedSeats: guest.status === 'yes',
  };
}

/**
 * Who moves up from the waitlist: first confirmed first, as long as their party fits.
 * A party too large for the freed seats is skipped rather than blocking the line.
 */
export function promotions(guests: readonly GuestRecord[], capacity: number): GuestRecord[] {
  let taken = guests.filter((g) => g.status === 'yes').reduce((n, g) => n + (g.headcount ?? 1), 0);
  const waiting = guests.filter((g) => g.status === 'waitlist').sort((a, b) => (a.confirmedAt ?? '').localeCompare(b.confirmedAt ?? ''));
  const promoted: GuestRecord[] = [];
  for (const g of waiting) {
    const n = g.headcount ?? 1;
    if (taken + n <= capacity) {
      promoted.push(g);
      taken += n;
    }
  }
  return promoted;
}
