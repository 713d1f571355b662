import { DateTime } from 'luxon';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deadlineInstant, formatDateTime, formatLongDate, formatTime, localDay, zonedInstant } from '../../../shared/events/calendar-dates';
import type { Language } from '../../../shared/events/event-schema';
import { endOfLocalDay, zoneOffset } from '../../../shared/events/zoned-time';

/*
 * calendar-dates.ts moved from luxon to Intl to slim the inbound Lambda. luxon is still a
 * dependency (other modules use it), so the old implementation serves as the oracle here.
 */
const locales: Record<Language, string> = { ro: 'ro-RO', en: 'en-GB' };
const luxon = {
  endOfDay: (day: string, zone: string) => DateTime.fromISO(day, { zone }).endOf('day').toMillis(),
  longDate: (ms: number, zone: string, lang: Language) =>
    DateTime.fromJSDate(new Date(ms), { zone }).setLocale(locales[lang]).toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
  time: (ms: number, zone: string) => DateTime.fromJSDate(new Date(ms), { zone }).toFormat('HH:mm'),
  day: (ms: number, zone: string) => DateTime.fromJSDate(new Date(ms), { zone }).toISODate() ?? '',
  zoned: (day: string, hhmm: string, zone: string) => DateTime.fromISO(`${day}T${hhmm}`, { zone }).toMillis(),
  offset: (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).offset,
};

const MAIN_ZONES = ['Europe/Bucharest', 'Europe/London', 'America/New_York'];
// Changes at local midnight (Havana, Santiago, Beirut), a 30-minute shift (Lord Howe), none (UTC).
const ODD_ZONES = ['America/Havana', 'America/Santiago', 'Asia/Beirut', 'Australia/Lord_Howe', 'UTC'];
const ZONES = [...MAIN_ZONES, ...ODD_ZONES];

// "Now" decides how luxon resolves a repeated wall time, so every wall-time check runs under both seasons.
const NOWS = { january: Date.UTC(2026, 0, 15, 12), july: Date.UTC(2026, 6, 15, 12) };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (day: string, n: number) => isoDay(Date.parse(`${day}T00:00:00Z`) + n * DAY);

/** Local days in 2019–2027 whose start and end have different offsets. */
function transitionDays(zone: string): string[] {
  const days: string[] = [];
  for (let ms = Date.UTC(2019, 0, 1); ms < Date.UTC(2028, 0, 1); ms += DAY) {
    const day = isoDay(ms);
    const start = DateTime.fromISO(day, { zone });
    if (start.offset !== start.endOf('day').offset) days.push(day);
  }
  return days;
}
const TRANSITIONS = new Map(ZONES.map((z) => [z, transitionDays(z)]));

const wallTimes: string[] = [];
for (let m = 0; m < 24 * 60; m += 15) wallTimes.push(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

afterEach(() => vi.restoreAllMocks());

describe('calendar dates on Intl match luxon', () => {
  it('finds the DST changes it is meant to test', () => {
    for (const zone of MAIN_ZONES) expect(TRANSITIONS.get(zone)).toHaveLength(18); // 2 × 9 years
    expect(TRANSITIONS.get('UTC')).toHaveLength(0);
  });

  it('formats every half hour around each DST change of 2019–2027 identically', () => {
    let checked = 0;
    for (const zone of ZONES) {
      for (const day of TRANSITIONS.get(zone)!) {
        const from = Date.parse(`${day}T00:00:00Z`) - DAY;
        for (let ms = from; ms < from + 3 * DAY; ms += HOUR / 2) {
          expect(zoneOffset(ms, zone), `${zone} ${ms}`).toBe(luxon.offset(ms, zone));
          expect(formatTime(new Date(ms), zone)).toBe(luxon.time(ms, zone));
          expect(localDay(new Date(ms), zone)).toBe(luxon.day(ms, zone));
          for (const lang of ['ro', 'en'] as const) {
            expect(formatLongDate(new Date(ms), zone, lang)).toBe(luxon.longDate(ms, zone, lang));
            expect(formatDateTime(new Date(ms).toISOString(), zone, lang)).toBe(
              lang === 'ro' ? `${luxon.longDate(ms, zone, lang)}, ora ${luxon.time(ms, zone)}` : `${luxon.longDate(ms, zone, lang)} at ${luxon.time(ms, zone)}`,
            );
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5_000);
  });

  it('formats instants spread over 1850–2100 identically (historical offsets included)', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const from = Date.UTC(1850, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    for (let i = 0; i < 1500; i++) {
      const ms = Math.floor(from + random() * (to - from));
      for (const zone of ZONES) {
        expect(formatTime(new Date(ms), zone), `${zone} ${ms}`).toBe(luxon.time(ms, zone));
        expect(localDay(new Date(ms), zone)).toBe(luxon.day(ms, zone));
        for (const lang of ['ro', 'en'] as const) expect(formatLongDate(new Date(ms), zone, lang)).toBe(luxon.longDate(ms, zone, lang));
      }
    }
  });

  for (const [season, now] of Object.entries(NOWS)) {
    it(`places every quarter-hour wall time on DST-change days like luxon (now in ${season})`, () => {
      vi.spyOn(Date, 'now').mockReturnValue(now);
      for (const zone of ZONES) {
        for (const change of TRANSITIONS.get(zone)!) {
          for (const day of [addDays(change, -1), change, addDays(change, 1)]) {
            for (const hhmm of wallTimes) expect(zonedInstant(day, hhmm, zone).getTime(), `${zone} ${day}T${hhmm}`).toBe(luxon.zoned(day, hhmm, zone));
            expect(endOfLocalDay(day, zone), `${zone} ${day}`).toBe(luxon.endOfDay(day, zone));
          }
        }
      }
    });

    it(`ends every local day of 2019–2027 like luxon (now in ${season})`, () => {
      vi.spyOn(Date, 'now').mockReturnValue(now);
      for (const zone of [...MAIN_ZONES, 'America/Havana']) {
        for (let ms = Date.UTC(2019, 0, 1); ms < Date.UTC(2028, 0, 1); ms += DAY) {
          const day = isoDay(ms);
          expect(endOfLocalDay(day, zone), `${zone} ${day}`).toBe(luxon.endOfDay(day, zone));
        }
      }
    });
  }

  it('resolves nonexistent and repeated Bucharest wall times as luxon did', () => {
    for (const now of Object.values(NOWS)) {
      vi.spyOn(Date, 'now').mockReturnValue(now);
      // 2020-03-29 03:00 → 04:00: a skipped time lands after the gap.
      expect(zonedInstant('2020-03-29', '03:30', 'Europe/Bucharest').toISOString()).toBe('2020-03-29T01:30:00.000Z');
    }
    // 2020-10-25 04:00 → 03:00: the repeated hour takes the occurrence with today's offset.
    vi.spyOn(Date, 'now').mockReturnValue(NOWS.july);
    expect(zonedInstant('2020-10-25', '03:30', 'Europe/Bucharest').toISOString()).toBe('2020-10-25T00:30:00.000Z');
    vi.spyOn(Date, 'now').mockReturnValue(NOWS.january);
    expect(zonedInstant('2020-10-25', '03:30', 'Europe/Bucharest').toISOString()).toBe('2020-10-25T01:30:00.000Z');
  });

  it('treats odd and invalid input as luxon did', () => {
    const zoned: [string, string, string][] = [
      ['2020-01-15', '24:00', 'Europe/Bucharest'],
      ['2020-01-15', '24:30', 'Europe/Bucharest'],
      ['2020-02-30', '10:00', 'Europe/Bucharest'],
      ['2020-02-29', '10:00', 'Europe/Bucharest'],
      ['2020-01-15', '10:60', 'Europe/Bucharest'],
      ['2020-01-15', '10', 'Europe/Bucharest'],
      ['2020-01-15', '1000', 'Europe/Bucharest'],
      ['2020-01-15', '10:00:30.1239', 'Europe/Bucharest'],
      ['2020-01-15', '10:00:30,5', 'Europe/Bucharest'],
      ['2020-01-15', '10:00', 'Mars/Olympus'],
      ['2020-01-15', '10:00', 'utc'],
      ['2020-01-15', '10:00', 'GMT'],
      ['2020-01-15', '10:00', 'europe/bucharest'],
      ['0050-06-15', '10:00', 'Europe/Bucharest'],
    ];
    for (const [day, hhmm, zone] of zoned) expect(zonedInstant(day, hhmm, zone).getTime(), `${day}T${hhmm} ${zone}`).toBe(luxon.zoned(day, hhmm, zone));
    for (const [day, zone] of [['2020-02-30', 'Europe/Bucharest'], ['2020-01-15', 'Mars/Olympus'], ['2020-01-15', 'utc'], ['0050-06-15', 'Europe/London']] as const)
      expect(endOfLocalDay(day, zone)).toBe(luxon.endOfDay(day, zone));

    const at = Date.UTC(2020, 0, 20, 8);
    for (const [ms, zone] of [[NaN, 'Europe/Bucharest'], [at, 'Mars/Olympus'], [at, 'utc'], [at, 'GMT'], [Date.UTC(12020, 0, 1), 'UTC'], [Date.UTC(-50, 0, 1), 'UTC']] as const) {
      expect(formatTime(new Date(ms), zone)).toBe(luxon.time(ms, zone));
      expect(localDay(new Date(ms), zone)).toBe(luxon.day(ms, zone));
      for (const lang of ['ro', 'en'] as const) expect(formatLongDate(new Date(ms), zone, lang)).toBe(luxon.longDate(ms, zone, lang));
    }
    expect(formatTime('not a date', 'Europe/Bucharest')).toBe('Invalid DateTime');
  });

  it('keeps the deadline semantics (bare date = end of the local day; instants as given)', () => {
    for (const zone of ZONES) {
      for (const day of TRANSITIONS.get(zone)!) expect(deadlineInstant({ rsvpDeadline: day, timeZone: zone }).getTime(), `${zone} ${day}`).toBe(luxon.endOfDay(day, zone));
    }
    expect(deadlineInstant({ rsvpDeadline: '2020-03-29', timeZone: 'Europe/Bucharest' }).toISOString()).toBe('2020-03-29T20:59:59.999Z');
    expect(deadlineInstant({ rsvpDeadline: '2020-10-25', timeZone: 'Europe/Bucharest' }).toISOString()).toBe('2020-10-25T21:59:59.999Z');
    expect(deadlineInstant({ rsvpDeadline: '2020-01-15T18:00:00+02:00', timeZone: 'Europe/Bucharest' }).toISOString()).toBe('2020-01-15T16:00:00.000Z');
  });
});
