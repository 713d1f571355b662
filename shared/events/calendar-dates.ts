import { DateTime } from 'luxon';
import type { Language, RsvpEvent } from './event-schema';

/**
 * The RSVP deadline as an instant. A bare date means the end of that day in the
 * event's zone (23:59:59.999 local; DST-correct through luxon's tz database).
 */
export function deadlineInstant(event: Pick<RsvpEvent, 'rsvpDeadline' | 'timeZone'>): Date {
  const key = `${event.rsvpDeadline}|${event.timeZone}`;
  let at = deadlines.get(key);
  if (at === undefined) {
    at = /^\d{4}-\d{2}-\d{2}$/.test(event.rsvpDeadline)
      ? DateTime.fromISO(event.rsvpDeadline, { zone: event.timeZone }).endOf('day').toMillis()
      : Date.parse(event.rsvpDeadline);
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

function formatLongDateUncached(instant: Date | string, timeZone: string, lang: Language): string {
  return DateTime.fromJSDate(new Date(instant), { zone: timeZone })
    .setLocale(locales[lang])
    .toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "10:00" in the event's zone. */
export function formatTime(instant: Date | string, timeZone: string): string {
  return DateTime.fromJSDate(new Date(instant), { zone: timeZone }).toFormat('HH:mm');
}

/** "luni, 20 ianuarie 2020, ora 10:00" / "Monday, 20 January 2020 at 10:00". */
export function formatDateTime(instant: Date | string, timeZone: string, lang: Language): string {
  const date = formatLongDate(instant, timeZone, lang);
  const time = formatTime(instant, timeZone);
  return lang === 'ro' ? `${date}, ora ${time}` : `${date} at ${time}`;
}

/** The calendar day (YYYY-MM-DD) of an instant in a zone. */
export function localDay(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() ?? '';
}

/** The instant of a local wall time (`HH:MM`) on a local day in a zone (DST-aware). */
export function zonedInstant(day: string, hhmm: string, timeZone: string): Date {
  return DateTime.fromISO(`${day}T${hhmm}`, { zone: timeZone }).toJSDate();
}
