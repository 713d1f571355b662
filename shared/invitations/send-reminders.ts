import type { Services } from '../app/services';
import type { GuestRecord, GuestStatus } from '../domain/records';
import { localDay } from '../events/calendar-dates';
import type { RsvpEvent } from '../events/event-schema';
import { patchGuest } from '../inbound/update-guest';
import { recordTransportFailure } from './transport-failure';
import { composeReminder } from './compose-reminder';
import { deliverGuestMail } from './deliver';
import { ensureReplyToken } from './ensure-reply-token';
import { defaultLimiter, type GuestMailFailure, type SendRunOptions } from './send-invitations';

/** Statuses a reminder may go to: never yes/no (decided) nor review/waitlist. */
export type RemindableStatus = Extract<GuestStatus, 'pending' | 'maybe'>;

export interface ReminderRun {
  event: RsvpEvent;
  now: Date;
  statuses: readonly RemindableStatus[];
  /**
   * Reminder days (local ISO dates) this run covers; each reminded guest gets all of them
   * in `remindersSent`, and a guest who already has the last one is not reminded again.
   */
  days: readonly string[];
  /** Only guests invited before this local day (a reminder presupposes the invitation). */
  invitedBefore?: string | null;
}

export interface ReminderReport {
  eventId: string;
  dryRun: boolean;
  days: string[];
  planned: { email: string; status: GuestStatus }[];
  sent: { email: string; messageId: string; location: string | null }[];
  /** Already reminded for this day. */
  alreadyReminded: number;
  /** Pending/maybe guests never invited (run `rsvp invite` first). */
  notInvited: number;
  failed: GuestMailFailure[];
  stopped: string | null;
}

function invitedInTime(g: GuestRecord, run: ReminderRun): boolean {
  if (!g.invitedAt) return false;
  return !run.invitedBefore || localDay(new Date(g.invitedAt), run.event.timeZone) < run.invitedBefore;
}

function wants(g: GuestRecord, run: ReminderRun, key: string): boolean {
  return (run.statuses as readonly GuestStatus[]).includes(g.status) && g.bounce !== 'hard' && !g.unsubscribed && invitedInTime(g, run) && !g.remindersSent.includes(key);
}

/**
 * Sends one reminder per guest still undecided. At most once per guest and day: the day
 * is written to `remindersSent` with a conditional write BEFORE sending (two schedulers
 * racing cannot both send) and taken back if the send fails (so the next run retries).
 */
export async function sendReminders(services: Services, run: ReminderRun, options: SendRunOptions = {}): Promise<ReminderReport> {
  const { event } = run;
  const key = [...run.days].sort().at(-1);
  if (!key) throw new Error('a reminder run needs at least one day');
  const report: ReminderReport = { eventId: event.id, dryRun: options.dryRun ?? false, days: [...run.days], planned: [], sent: [], alreadyReminded: 0, notInvited: 0, failed: [], stopped: null };
  const todo: GuestRecord[] = [];
  for (const g of (await services.store.listGuests(event.id)).sort((a, b) => a.email.localeCompare(b.email))) {
    if (!(run.statuses as readonly GuestStatus[]).includes(g.status) || g.bounce === 'hard' || g.unsubscribed) continue;
    if (!invitedInTime(g, run)) report.notInvited += 1;
    else if (g.remindersSent.includes(key)) report.alreadyReminded += 1;
    else todo.push(g);
  }
  report.planned = todo.map((g) => ({ email: g.email, status: g.status }));
  if (report.dryRun || todo.length === 0) return report;

  const limiter = options.limiter ?? defaultLimiter(services);
  let done = 0;
  for (const planned of todo) {
    let added: string[] = [];
    try {
      const claimed = await patchGuest(services.store, event.id, planned.email, (g) => {
        added = wants(g, run, key) ? run.days.filter((d) => !g.remindersSent.includes(d)) : [];
        return added.length ? { remindersSent: [...g.remindersSent, ...added].sort() } : null;
      }, run.now);
      if (!claimed || added.length === 0) continue; // answered, erased or reminded meanwhile
      const guest = await ensureReplyToken(services.store, claimed, run.now, options.makeToken);
      if (!guest) continue;
      const mail = await composeReminder(event, guest, services.clock.now());
      const result = await deliverGuestMail(services, limiter, mail, event.id, guest.email);
      report.sent.push({ email: guest.email, messageId: result.messageId, location: result.location });
    } catch (error) {
      if (added.length) {
        const undo = added;
        await patchGuest(services.store, event.id, planned.email, (g) => (g.remindersSent.some((d) => undo.includes(d)) ? { remindersSent: g.remindersSent.filter((d) => !undo.includes(d)) } : null), run.now);
      }
      if (recordTransportFailure(report, planned.email, error) === 'stop') break;
    } finally {
      options.onProgress?.(++done, todo.length);
    }
  }
  services.log.info('reminders sent', { eventId: event.id, days: report.days, sent: report.sent.length, failed: report.failed.length });
  return report;
}
