import { describe, expect, it } from 'vitest';
import { loadEventFile, loadEventFiles } from '../../../shared/adapters/local/event-files';
import { deadlineInstant, formatLongDate, zonedInstant } from '../../../shared/events/calendar-dates';
import { EventFileError } from '../../../shared/errors';
import { parseEventJson } from '../../../shared/events/parse-event';

describe('event files', () => {
  it('loads both seed events with defaults applied', async () => {
    const events = await loadEventFiles('events');
    expect(events.map((e) => e.id)).toEqual(['lll-2020-01', 'lll-2021-01']);
    expect(events[0]).toMatchObject({ timeZone: 'Europe/Bucharest', acceptUninvited: true, digest: { time: '08:00' } });
    expect(events[1]!.location.online).toMatchObject({ platform: 'Zoom', password: '379159' });
    expect(events[1]!.agenda?.find((a) => a.speaking)).toMatchObject({ start: '11:10', end: '13:20', speaking: { minutesPerSpeaker: 5, discussionMinutesPerSpeaker: 10 } });
  });

  it('names the file and the field of a bad event', async () => {
    const error = await loadEventFile('tests/fixtures/events/bad-deadline.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventFileError);
    expect((error as Error).message).toMatch(/bad-deadline\.json: rsvpDeadline/);
  });

  it('reports malformed JSON and unknown fields with the file name', () => {
    expect(() => parseEventJson('{', 'x.json')).toThrow(/x\.json: not valid JSON/);
    expect(() => parseEventJson(JSON.stringify({ id: 'a' }), 'y.json')).toThrow(/y\.json: .*title/);
  });
});

describe('calendar dates', () => {
  it('reads a bare deadline date as the end of that day in the event zone', () => {
    expect(deadlineInstant({ rsvpDeadline: '2020-01-15', timeZone: 'Europe/Bucharest' }).toISOString()).toBe('2020-01-15T21:59:59.999Z');
    // Summer time (EEST, UTC+3).
    expect(deadlineInstant({ rsvpDeadline: '2020-07-15', timeZone: 'Europe/Bucharest' }).toISOString()).toBe('2020-07-15T20:59:59.999Z');
  });
  it('computes weekdays (the seed invitations got two of them wrong)', () => {
    expect(formatLongDate('2021-01-17T11:00:00+02:00', 'Europe/Bucharest', 'ro')).toBe('duminică, 17 ianuarie 2021');
    expect(formatLongDate('2021-01-12T12:00:00+02:00', 'Europe/Bucharest', 'en')).toBe('Tuesday, 12 January 2021');
  });
  it('places a local wall time correctly across the DST change', () => {
    expect(zonedInstant('2020-03-28', '08:00', 'Europe/Bucharest').toISOString()).toBe('2020-03-28T06:00:00.000Z');
    expect(zonedInstant('2020-03-29', '08:00', 'Europe/Bucharest').toISOString()).toBe('2020-03-29T05:00:00.000Z');
  });
});
