import { describe, expect, it } from 'vitest';
import type { RsvpEventInput } from '../../../shared/events/event-schema';
import { parseEvent } from '../../../shared/events/parse-event';
import { dueReminderDays } from '../../../shared/invitations/send-due-reminders';
import event2020 from '../../../events/lll-2020-01.json';

const withReminders = (daysBefore: number[], over: Partial<RsvpEventInput> = {}) => parseEvent({ ...event2020, reminders: { daysBefore }, ...over }, 'x.json');

describe('dueReminderDays', () => {
  it('counts back from the deadline day in the event zone, not UTC', () => {
    const event = withReminders([2]); // deadline 2020-01-15 → reminder day 2020-01-13 (Bucharest)
    expect(dueReminderDays(event, new Date('2020-01-12T21:30:00Z'))).toEqual([]); // 23:30 local on the 12th
    expect(dueReminderDays(event, new Date('2020-01-12T22:30:00Z'))).toEqual(['2020-01-13']); // 00:30 local on the 13th
  });

  it('keeps owed days until the deadline, then none', () => {
    const event = withReminders([7, 2]);
    expect(dueReminderDays(event, new Date('2020-01-10T08:00:00Z'))).toEqual(['2020-01-08']);
    expect(dueReminderDays(event, new Date('2020-01-14T08:00:00Z'))).toEqual(['2020-01-08', '2020-01-13']);
    expect(dueReminderDays(event, new Date('2020-01-15T21:59:00Z'))).toEqual(['2020-01-08', '2020-01-13']);
    expect(dueReminderDays(event, new Date('2020-01-15T22:00:01Z'))).toEqual([]); // past 23:59:59 local
    expect(dueReminderDays(withReminders([]), new Date('2020-01-14T08:00:00Z'))).toEqual([]);
  });

  it('crosses a DST change on local days', () => {
    // Europe/Bucharest goes to +03:00 on 2020-03-29; the deadline is an instant on the 31st.
    const event = withReminders([2], { startsAt: '2020-04-02T10:00:00+03:00', endsAt: '2020-04-02T12:00:00+03:00', rsvpDeadline: '2020-03-31T00:30:00+03:00' });
    expect(dueReminderDays(event, new Date('2020-03-28T22:30:00Z'))).toEqual(['2020-03-29']); // 00:30 local (+02:00) on the 29th
    expect(dueReminderDays(event, new Date('2020-03-28T21:30:00Z'))).toEqual([]);
  });
});
