import { describe, expect, it } from 'vitest';
import { activityStart, daysBetween, deadlineDay, forcedKind, hasStartedBefore, slotAt } from '../../../shared/digest/schedule';
import { lll2020 } from './fixtures';

const at = (iso: string) => new Date(iso);

describe('digest schedule', () => {
  const event = lll2020(); // deadline 2020-01-15, digest 08:00 Europe/Bucharest

  it('is due each day from digest.time up to and including the deadline day', () => {
    expect(slotAt(event, at('2020-01-14T07:59:59+02:00'))).toEqual({ due: false, reason: 'before-time', day: '2020-01-14' });
    const d14 = slotAt(event, at('2020-01-14T08:00:00+02:00'));
    expect(d14).toEqual({ due: true, slot: { kind: 'daily', day: '2020-01-14', scheduledAt: at('2020-01-14T06:00:00Z') } });
    expect(slotAt(event, at('2020-01-15T23:30:00+02:00'))).toMatchObject({ due: true, slot: { kind: 'daily', day: '2020-01-15' } });
  });

  it('owes one final digest the morning after the deadline, then nothing', () => {
    expect(slotAt(event, at('2020-01-16T08:00:00+02:00'))).toMatchObject({ due: true, slot: { kind: 'final', day: '2020-01-16' } });
    expect(slotAt(event, at('2020-01-17T08:00:00+02:00'))).toEqual({ due: false, reason: 'after-final', day: '2020-01-17' });
    expect(slotAt(event, at('2020-03-01T08:00:00+02:00'))).toMatchObject({ due: false, reason: 'after-final' });
  });

  it('takes the local day in the event zone, not UTC', () => {
    // 23:30 UTC on the 15th is already 01:30 on the 16th in Bucharest: before 08:00 of the final day.
    expect(slotAt(event, at('2020-01-15T23:30:00Z'))).toEqual({ due: false, reason: 'before-time', day: '2020-01-16' });
  });

  it('follows DST: 08:00 local is 06:00Z in winter and 05:00Z in summer', () => {
    const spring = { ...event, rsvpDeadline: '2020-04-10' };
    // Clocks go forward on 29 March 2020 at 03:00 in Bucharest.
    expect(slotAt(spring, at('2020-03-28T05:30:00Z'))).toMatchObject({ due: false, reason: 'before-time' });
    expect(slotAt(spring, at('2020-03-29T05:00:00Z'))).toMatchObject({ due: true, slot: { day: '2020-03-29', scheduledAt: at('2020-03-29T05:00:00Z') } });
    expect(slotAt(spring, at('2020-03-29T04:59:59Z'))).toMatchObject({ due: false, reason: 'before-time' });
    // Back on 25 October 2020.
    const autumn = { ...event, rsvpDeadline: '2020-10-30' };
    expect(slotAt(autumn, at('2020-10-24T05:00:00Z'))).toMatchObject({ due: true, slot: { scheduledAt: at('2020-10-24T05:00:00Z') } });
    expect(slotAt(autumn, at('2020-10-25T05:30:00Z'))).toMatchObject({ due: false, reason: 'before-time' });
    expect(slotAt(autumn, at('2020-10-25T06:00:00Z'))).toMatchObject({ due: true, slot: { day: '2020-10-25' } });
  });

  it('counts the final day after a deadline given as an instant, and days across DST', () => {
    expect(deadlineDay({ rsvpDeadline: '2020-01-15T12:00:00+02:00', timeZone: 'Europe/Bucharest' })).toBe('2020-01-15');
    expect(daysBetween('2020-03-28', '2020-03-30')).toBe(2);
    expect(daysBetween('2020-01-16', '2020-01-15')).toBe(-1);
    expect(forcedKind(event, '2020-01-15')).toBe('daily');
    expect(forcedKind(event, '2020-01-20')).toBe('final');
  });

  it('starts the day after the first invitation or reply', () => {
    const start = activityStart([{ invitedAt: null }, { invitedAt: '2020-01-13T20:00:00.000Z' }], [{ receivedAt: '2020-01-13T10:00:00.000Z' }]);
    expect(start?.toISOString()).toBe('2020-01-13T10:00:00.000Z');
    expect(hasStartedBefore({ day: '2020-01-13' }, start, 'Europe/Bucharest')).toBe(false);
    expect(hasStartedBefore({ day: '2020-01-14' }, start, 'Europe/Bucharest')).toBe(true);
    expect(hasStartedBefore({ day: '2020-01-14' }, null, 'Europe/Bucharest')).toBe(false);
    expect(activityStart([{ invitedAt: null }], [])).toBeNull();
  });
});
