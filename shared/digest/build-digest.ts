import { describeReviewReason } from '../status/review-reason';
import type { GuestRecord, GuestStatus, ReplyRecord, UnroutedRecord } from '../domain/records';
import { formatDateTime, formatLongDate, zonedInstant } from '../events/calendar-dates';
import { localized, type Language, type RsvpEvent } from '../events/event-schema';
import type { DigestKind } from '../ports/digest-store';
import { countGuests, guestView, sortGuests, type GuestView, type StatusCounts } from '../status/guest-summary';
import { changesSince, type ChangeItem } from './changes';
import { digestLabels } from './labels';
import { daysBetween, deadlineDay } from './schedule';
import { planSpeakingOrder, type SpeakingPlan } from './speaking-order';

/** A guest whose latest reply (or flag) needs a person. */
export interface ReviewItem {
  email: string;
  name: string | null;
  status: GuestStatus;
  reason: string | null;
  /** The trimmed text of the guest's latest reply, shortened. */
  excerpt: string | null;
  at: string | null;
}

export interface UnverifiedItem {
  email: string;
  from: string | null;
  subject: string;
  excerpt: string;
  at: string;
}

export interface UnroutedItem {
  from: string | null;
  subject: string;
  reason: string;
  excerpt: string;
  at: string;
}

export interface SplitPart {
  status: GuestStatus;
  count: number;
  /** Share of all guests, in percent (the parts sum to 100). */
  percent: number;
}

/** Everything a digest says, language-resolved but not yet rendered. */
export interface DigestModel {
  eventId: string;
  language: Language;
  timeZone: string;
  kind: DigestKind;
  day: string;
  title: string;
  subject: string;
  /** "Situația confirmărilor — marți, 14 ianuarie 2020". */
  heading: string;
  asOf: string;
  deadline: { day: string; label: string; daysLeft: number };
  totalGuests: number;
  counts: StatusCounts;
  capacity: { capacity: number; used: number; percent: number; over: boolean } | null;
  split: SplitPart[];
  changes: { since: string | null; sinceLabel: string | null; items: ChangeItem[] };
  confirmed: GuestView[];
  waitlist: GuestView[];
  maybe: GuestView[];
  declined: GuestView[];
  pending: GuestView[];
  late: GuestView[];
  speaking: SpeakingPlan;
  attention: { review: ReviewItem[]; unverified: UnverifiedItem[]; bounced: GuestView[]; unrouted: UnroutedItem[] };
  /** How many items need a person, all kinds together. */
  attentionCount: number;
}

export interface DigestInput {
  event: RsvpEvent;
  guests: readonly GuestRecord[];
  replies: readonly ReplyRecord[];
  /** Unrouted mail already narrowed to the window worth reporting. */
  unrouted: readonly UnroutedRecord[];
  kind: DigestKind;
  /** Local day the digest is for. */
  day: string;
  /** The instant it describes. */
  asOf: Date;
  /** `asOf` of the last digest sent, or null for the first one. */
  since: string | null;
}

const EXCERPT_MAX = 300;
/** One line of at most `max` characters: enough to judge, short enough for a table cell. */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Display order of statuses in counts and in the bar. */
export const STATUS_ORDER: readonly GuestStatus[] = ['yes', 'waitlist', 'maybe', 'no', 'review', 'pending'];

/** Largest-remainder rounding, so the bar's parts always add up to exactly 100. */
function splitOf(counts: StatusCounts, total: number): SplitPart[] {
  if (total === 0) return [];
  const raw = STATUS_ORDER.map((status) => ({ status, count: counts[status], exact: (counts[status] * 100) / total }));
  const parts = raw.map((r) => ({ ...r, percent: Math.floor(r.exact) }));
  let missing = 100 - parts.reduce((s, p) => s + p.percent, 0);
  for (const p of [...parts].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)))) {
    if (missing <= 0) break;
    if (p.count === 0) continue;
    p.percent += 1;
    missing -= 1;
  }
  // A status with guests stays visible in the bar even when it rounds to 0 %: it borrows from the largest part.
  for (const p of parts) {
    if (p.count === 0 || p.percent > 0) continue;
    const largest = parts.reduce((a, b) => (b.percent > a.percent ? b : a));
    largest.percent -= 1;
    p.percent = 1;
  }
  return parts.filter((p) => p.count > 0).map(({ status, count, percent }) => ({ status, count, percent }));
}

function reviewItems(guests: readonly GuestRecord[], latestReply: Map<string, ReplyRecord>, lang: Language): ReviewItem[] {
  return sortGuests(guests.filter((g) => g.status === 'review' || g.reviewReason !== null)).map((g) => {
    const last = latestReply.get(g.email);
    return { email: g.email, name: g.name, status: g.status, reason: describeReviewReason(g.reviewReason, lang), excerpt: last ? excerpt(last.text) : null, at: last?.receivedAt ?? null };
  });
}

/** Unverified senders whose latest message is still the unverified one (a later verified reply settles it). */
function unverifiedItems(latestReply: Map<string, ReplyRecord>): UnverifiedItem[] {
  return [...latestReply.values()]
    .filter((r) => r.outcome === 'unverified')
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
    .map((r) => ({ email: r.email, from: r.from, subject: r.subject, excerpt: excerpt(r.text), at: r.receivedAt }));
}

/**
 * Builds the digest's content from one snapshot of the event (pure: no clock, no I/O).
 * Counts come from `countGuests`, so they always equal what `status` prints.
 */
export function buildDigest(input: DigestInput): DigestModel {
  const { event, guests, kind, day } = input;
  const lang = event.language;
  const labels = digestLabels(lang);
  const asOf = input.asOf.toISOString();
  const counts = countGuests(guests);
  const views = sortGuests(guests.map(guestView));
  const byStatus = (s: GuestStatus) => views.filter((g) => g.status === s);

  const latestReply = new Map<string, ReplyRecord>();
  for (const r of input.replies) {
    const prev = latestReply.get(r.email);
    if (!prev || prev.receivedAt <= r.receivedAt) latestReply.set(r.email, r);
  }

  const dateLabel = formatLongDate(zonedInstant(day, '12:00', event.timeZone), event.timeZone, lang);
  const heading = `${kind === 'final' ? labels.subjectFinal : labels.subjectDaily} — ${dateLabel}`;
  const dDay = deadlineDay(event);
  const review = reviewItems(guests, latestReply, lang);
  const unverified = unverifiedItems(latestReply);
  const bounced = views.filter((g) => g.bounce !== null);
  const unrouted = [...input.unrouted]
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
    .map((u) => ({ from: u.from, subject: u.subject, reason: u.reason, excerpt: excerpt(u.text), at: u.receivedAt }));

  return {
    eventId: event.id,
    language: lang,
    timeZone: event.timeZone,
    kind,
    day,
    title: localized(event.title, lang),
    subject: `[${event.id}] ${heading}`,
    heading,
    asOf,
    deadline: { day: dDay, label: formatLongDate(zonedInstant(dDay, '12:00', event.timeZone), event.timeZone, lang), daysLeft: daysBetween(day, dDay) },
    totalGuests: guests.length,
    counts,
    capacity: event.capacity
      ? { capacity: event.capacity, used: counts.attendees, percent: Math.round((counts.attendees * 100) / event.capacity), over: counts.attendees > event.capacity }
      : null,
    split: splitOf(counts, guests.length),
    changes: {
      since: input.since,
      sinceLabel: input.since ? formatDateTime(input.since, event.timeZone, lang) : null,
      items: changesSince(guests, input.replies, input.since, asOf),
    },
    confirmed: byStatus('yes'),
    // The waiting list is a queue: first confirmed, first in.
    waitlist: guests
      .filter((g) => g.status === 'waitlist')
      .sort((a, b) => (a.confirmedAt ?? a.updatedAt).localeCompare(b.confirmedAt ?? b.updatedAt) || a.email.localeCompare(b.email))
      .map(guestView),
    maybe: byStatus('maybe'),
    declined: byStatus('no'),
    pending: byStatus('pending'),
    late: views.filter((g) => g.late),
    speaking: planSpeakingOrder(guests, event.agenda),
    attention: { review, unverified, bounced, unrouted },
    attentionCount: review.length + unverified.length + bounced.length + unrouted.length,
  };
}
