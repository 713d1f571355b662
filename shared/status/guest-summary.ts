import type { GuestRecord, GuestStatus } from '../domain/records';

export interface StatusCounts {
  yes: number;
  no: number;
  maybe: number;
  pending: number;
  review: number;
  waitlist: number;
  /** Total headcount of confirmed (yes) guests, companions included. */
  attendees: number;
}

/** Counts by status; the single definition shared by `status`, the digest and exports. */
export function countGuests(guests: readonly GuestRecord[]): StatusCounts {
  const counts: StatusCounts = { yes: 0, no: 0, maybe: 0, pending: 0, review: 0, waitlist: 0, attendees: 0 };
  for (const g of guests) {
    counts[g.status satisfies GuestStatus] += 1;
    if (g.status === 'yes') counts.attendees += g.headcount ?? 1;
  }
  return counts;
}

/** The guest view printed by `status --json` (and reused by exports). */
export interface GuestView {
  email: string;
  name: string | null;
  organization: string | null;
  status: GuestStatus;
  headcount: number | null;
  speaker: boolean | null;
  respondedAt: string | null;
  late: boolean;
  bounce: 'hard' | 'soft' | null;
  walkIn: boolean;
  note: string | null;
  reviewReason: string | null;
}

/** Projects a stored guest to its public view. */
export function guestView(g: GuestRecord): GuestView {
  return {
    email: g.email,
    name: g.name,
    organization: g.organization,
    status: g.status,
    headcount: g.status === 'yes' || g.status === 'waitlist' ? (g.headcount ?? 1) : null,
    speaker: g.speaker,
    respondedAt: g.respondedAt,
    late: g.late,
    bounce: g.bounce,
    walkIn: g.walkIn,
    note: g.note,
    reviewReason: g.reviewReason,
  };
}

/** Stable order for lists: by status group, then name/email. */
export function sortGuests<T extends { email: string; name: string | null }>(guests: T[]): T[] {
  return [...guests].sort((a, b) => (a.name ?? a.email).localeCompare(b.name ?? b.email, 'ro'));
}
