import { DateTime } from 'luxon';
import type { GuestRecord, ReplyRecord } from '../domain/records';
import { deadlineInstant, localDay, zonedInstant } from '../events/calendar-dates';
import type { RsvpEvent } from '../events/event-schema';
import type { DigestKind } from '../ports/digest-store';

/** The digest an event owes on one local day. */
export interface DigestSlot {
  kind: DigestKind;
  /** Local day (YYYY-MM-DD, event zone). */
  day: string;
  /** `digest.time` on that day, as an instant (DST-correct). */
  scheduledAt: Date;
}

export type NotDueReason = 'before-time' | 'after-final' | 'no-activity';

export type SlotDecision = { due: true; slot: DigestSlot } | { due: false; reason: NotDueReason; day: string };

type ScheduleEvent = Pick<RsvpEvent, 'rsvpDeadline' | 'timeZone' | 'digest'>;

/** The local day of the deadline (a date-only deadline is that date). */
export function deadlineDay(event: Pick<RsvpEvent, 'rsvpDeadline' | 'timeZone'>): string {
  return localDay(deadlineInstant(event), event.timeZone);
}

/** Calendar days from `from` to `to` (YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  // Whole local days, counted on dates (not hours), so a 23- or 25-hour DST day still counts as one.
  return Math.round(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days);
}

/**
 * Which digest (if any) the calendar asks for at `now`, before looking at data: the
 * local day of `now` in the event's zone, once `digest.time` has passed that day.
 * Days up to the deadline day get a daily digest, the day after it the final one, later
 * days nothing. A trigger that fires late only ever sees its own day: never a backlog.
 */
export function slotAt(event: ScheduleEvent, now: Date): SlotDecision {
  const day = localDay(now, event.timeZone);
  const scheduledAt = zonedInstant(day, event.digest.time, event.timeZone);
  const offset = daysBetween(deadlineDay(event), day);
  if (offset > 1) return { due: false, reason: 'after-final', day };
  if (now.getTime() < scheduledAt.getTime()) return { due: false, reason: 'before-time', day };
  return { due: true, slot: { kind: offset === 1 ? 'final' : 'daily', day, scheduledAt } };
}

/**
 * When the RSVP round started: the first invitation sent or the first reply received,
 * whichever is earlier (null when neither happened yet).
 */
export function activityStart(guests: readonly Pick<GuestRecord, 'invitedAt'>[], replies: readonly Pick<ReplyRecord, 'receivedAt'>[]): Date | null {
  let min: number | null = null;
  for (const g of guests) if (g.invitedAt) min = Math.min(min ?? Infinity, Date.parse(g.invitedAt));
  for (const r of replies) min = Math.min(min ?? Infinity, Date.parse(r.receivedAt));
  return min === null || Number.isNaN(min) ? null : new Date(min);
}

/**
 * Digests run from the day AFTER the round started (a digest on the day invitations go
 * out would say nothing), so the start must fall on an earlier local day than the slot.
 */
export function hasStartedBefore(slot: Pick<DigestSlot, 'day'>, start: Date | null, timeZone: string): boolean {
  return start !== null && localDay(start, timeZone) < slot.day;
}

/** The kind a forced digest takes on a day outside the schedule: a list after the deadline is final. */
export function forcedKind(event: Pick<RsvpEvent, 'rsvpDeadline' | 'timeZone'>, day: string): DigestKind {
  return daysBetween(deadlineDay(event), day) >= 1 ? 'final' : 'daily';
}
