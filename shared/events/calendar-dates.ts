import type { Language, RsvpEvent } from './event-schema';
import { endOfLocalDay, intlZoneName, wallTimeAt, zonedWallTimeToInstant, zoneOffset } from './zoned-time';

/*
 * Built on Intl (through ./zoned-time) rather than luxon: this module is in the inbound
 * Lambda's bundle and luxon cost it ~70 KB. Output is kept identical to the luxon version,
 * including luxon's "Invalid DateTime" for an unknown zone or an invalid instant.
 */
const INVALID = 'Invalid DateTime';

/**
 * The RSVP deadline as an instant. A bare date means the end of that day in the
 * event's zone (23:59:59.999 local, DST-correct).
 */
export function deadlineInstant(event: Pick<RsvpEvent, 'rsvpDeadline' | 'timeZone'>): Date {
  const key = `${event.rsvpDeadline}|${event.timeZone}`;
  let at = deadlines.get(key);
  if (at === undefined) {
    at = /^\d{4}-\d{2}-\d{2}$/.test(event.rsvpDeadline) ? endOfLocalDay(event.rsvpDeadline, event.timeZone) : Date.parse(event.rsvpDeadline);
    deadlines.set(key, at);
  }
  return new Date(at);
}

// Zone arithmetic is costly and every reply asks for its event's deadline: remember it.
const deadlines = new Map<string, number>();

/** True once the deadline has passed. */
export function isPastDeadline(event: Pick<RsvpEvent, 'rsvpDeadline' | 'timeZone'>, now: Date): boolean {
  return now.getTime() > deadlineInstant(event).getTime();
}

const locales: Record<Language, string> = { ro: 'ro-RO', en: 'en-GB' };

/** "luni, 20 ianuarie 2020" / "Monday, 20 January 2020": the weekday is computed, never typed. */
export function formatLongDate(instant: Date | string, timeZone: string, lang: Language): string {
  const key = `${new Date(instant).getTime()}|${timeZone}|${lang}`;
  let text = longDates.get(key);
  if (text === undefined) {
    if (longDates.size > 10_000) longDates.clear();
    longDates.set(key, (text = formatLongDateUncached(instant, timeZone, lang)));
  }
  return text;
}

const longDates = new Map<string, string>();

// A DateTimeFormat is expensive to build and there are only a few zone × language pairs.
const longDateFormats = new Map<string, Intl.DateTimeFormat>();

function formatLongDateUncached(instant: Date | string, timeZone: string, lang: Language): string {
  const ms = new Date(instant).getTime();
  const zone = intlZoneName(timeZone);
  if (zone === undefined || Number.isNaN(ms)) return INVALID;
  const key = `${locales[lang]}|${zone}`;
  let format = longDateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locales[lang], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: zone });
    longDateFormats.set(key, format);
  }
  return format.format(ms);
}

/** "10:00" in the event's zone (24 h). */
export function formatTime(instant: Date | string, timeZone: string): string {
  const ms = new Date(instant).getTime();
  const offset = zoneOffset(ms, timeZone);
  if (Number.isNaN(offset)) return INVALID;
  const { hour, minute } = wallTimeAt(ms, offset);
  return `${pad(hour, 2)}:${pad(minute, 2)}`;
}

/** "luni, 20 ianuarie 2020, ora 10:00" / "Monday, 20 January 2020 at 10:00". */
export function formatDateTime(instant: Date | string, timeZone: string, lang: Language): string {
  const date = formatLongDate(instant, timeZone, lang);
  const time = formatTime(instant, timeZone);
  return lang === 'ro' ? `${date}, ora ${time}` : `${date} at ${time}`;
}

/** The calendar day (YYYY-MM-DD) of an instant in a zone; '' for an invalid instant or zone. */
export function localDay(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  const offset = zoneOffset(ms, timeZone);
  if (Number.isNaN(offset)) return '';
  const { year, month, day } = wallTimeAt(ms, offset);
  // ISO 8601 expanded years (sign and six digits) outside 0000–9999, as luxon writes them.
  const long = year > 9999 || year < 0;
  const y = `${long && year >= 0 ? '+' : ''}${pad(year, long ? 6 : 4)}`;
  return `${y}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The instant of a local wall time (`HH:MM`, or `HH:MM:SS[.fff]`) on a local day
 * (`YYYY-MM-DD`) in a zone, DST-aware; an invalid Date for malformed input or an unknown zone.
 * A wall time skipped by a spring-forward change lands after the gap (03:30 → 04:30 local);
 * one repeated by a fall-back change takes the occurrence with the zone's current offset.
 */
export function zonedInstant(day: string, hhmm: string, timeZone: string): Date {
  // The ISO date-time shapes luxon's fromISO read here, minus offsets: callers pass none.
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,30}))?)?)?$/.exec(`${day}T${hhmm}`);
  if (m === null) return new Date(NaN);
  const [, year, month, date, hour, minute, second, fraction] = m;
  return new Date(
    zonedWallTimeToInstant(
      {
        year: Number(year),
        month: Number(month),
        day: Number(date),
        hour: Number(hour),
        minute: Number(minute ?? 0),
        second: Number(second ?? 0),
        millisecond: fraction === undefined ? 0 : Math.floor(Number.parseFloat(`0.${fraction}`) * 1000),
      },
      timeZone,
    ),
  );
}

/** Zero-padded like luxon's padStart: the sign stays in front of the digits. */
function pad(n: number, width: number): string {
  return n < 0 ? `-${String(-n).padStart(width, '0')}` : String(n).padStart(width, '0');
}
