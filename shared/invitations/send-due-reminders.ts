import { DateTime } from 'luxon';
import type { Services } from '../app/services';
import { deadlineInstant, isPastDeadline, localDay } from '../events/calendar-dates';
import type { RsvpEvent } from '../events/event-schema';
import { requireEvent } from '../events/require-event';
import { RsvpError } from '../errors';
import type { SendRunOptions } from './send-invitations';
import { sendReminders, type RemindableStatus, type ReminderReport } from './send-reminders';

/**
 * The reminder days of an event that have come by `now` (local days in the event's zone,
 * `daysBefore` counted back from the deadline's day), oldest first. Empty once the
 * deadline has passed.
 */
export function dueReminderDays(event: RsvpEvent, now: Date): string[] {
  if (isPastDeadline(event, now)) return [];
  const deadlineDay = DateTime.fromISO(localDay(deadlineInstant(event), event.timeZone), { zone: event.timeZone });
  const today = localDay(now, event.timeZone);
  return [...new Set(event.reminders.daysBefore.map((d) => deadlineDay.minus({ days: d }).toISODate() ?? ''))]
    .filter((day) => day !== '' && day <= today)
    .sort();
}

/**
 * The daily scheduler's job: for every event with `reminders.daysBefore`, reminds the
 * guests still pending or maybe. A day the scheduler missed is caught up on the next run
 * before the deadline, but a guest gets one mail per run however many days are owed, and
 * only if they were invited before the reminder day.
 */
export async function sendDueReminders(services: Services, now: Date, options: SendRunOptions = {}): Promise<ReminderReport[]> {
  const reports: ReminderReport[] = [];
  for (const event of await services.store.listEvents()) {
    const days = dueReminderDays(event, now);
    const last = days.at(-1);
    if (!last) continue;
    reports.push(await sendReminders(services, { event, now, statuses: ['pending', 'maybe'], days, invitedBefore: last }, options));
  }
  return reports;
}

/** The deadline has passed: a reminder asking to reply by it would make no sense. */
export class DeadlinePassedError extends RsvpError {
  constructor(eventId: string, deadline: string) {
    super('DEADLINE_PASSED', `the RSVP deadline of "${eventId}" (${deadline}) has passed; no reminders are sent after it`);
  }
}

/** `rsvp remind`: reminds now, by hand, keyed on today's local day (so the scheduler does not repeat it today). */
export async function remindNow(services: Services, eventId: string, statuses: readonly RemindableStatus[], options: SendRunOptions = {}): Promise<ReminderReport> {
  const event = await requireEvent(services.store, eventId);
  const now = services.clock.now();
  if (isPastDeadline(event, now)) throw new DeadlinePassedError(eventId, event.rsvpDeadline);
  return sendReminders(services, { event, now, statuses, days: [localDay(now, event.timeZone)] }, options);
}

/**
 * The reminders job of the daily trigger (`shared/scheduler/run-daily.ts`): one outcome
 * per guest mailed or failed, as the scheduler's summary counts them.
 */
export async function runReminderJob(services: Services, now: Date): Promise<{ sent: boolean; reason: string }[]> {
  const reports = await sendDueReminders(services, now);
  return reports.flatMap((r) => [
    ...r.sent.map(() => ({ sent: true, reason: `reminder ${r.eventId}` })),
    ...r.failed.map(() => ({ sent: false, reason: 'failed' })),
  ]);
}
