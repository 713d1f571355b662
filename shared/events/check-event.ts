import { DateTime, IANAZone } from 'luxon';
import { deadlineInstant, formatLongDate, localDay } from './calendar-dates';
import { eventSchema, type Localized, type RsvpEvent } from './event-schema';
import { findWeekdayDates, type WrittenWeekdayDate } from './find-weekday-dates';

/** Extra free text to lint with the event, e.g. the invitation as sent (`--text`). */
export interface CheckText {
  source: string;
  text: string;
}

export interface CheckEventOptions {
  /** The event file's path: its base name must be the event id. */
  file?: string;
  texts?: readonly CheckText[];
}

export interface CheckEventResult {
  event: RsvpEvent | null;
  /** One line per problem; empty means the invitation is consistent. */
  problems: string[];
}

const weekdayNames = {
  ro: ['luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** Every free-text field of an event, named by its path. */
function freeTexts(event: RsvpEvent): CheckText[] {
  const out: CheckText[] = [];
  const add = (path: string, value: Localized | string | undefined) => {
    if (value === undefined) return;
    if (typeof value === 'string') out.push({ source: path, text: value });
    else for (const lang of ['ro', 'en'] as const) if (value[lang]) out.push({ source: `${path}.${lang}`, text: value[lang] });
  };
  add('title', event.title);
  add('description', event.description);
  add('location.place.name', event.location.place?.name);
  add('location.place.address', event.location.place?.address);
  add('location.place.notes', event.location.place?.notes);
  add('organizer.name', event.organizer?.name);
  event.agenda?.forEach((item, i) => {
    add(`agenda[${i}].title`, item.title);
    add(`agenda[${i}].presenter`, item.presenter);
  });
  return out;
}

/** What the weekday of a written date should have been, or null when it agrees. */
function weekdayProblem(w: WrittenWeekdayDate, event: RsvpEvent): string | null {
  const date = DateTime.fromObject({ year: w.year, month: w.month, day: w.day }, { zone: event.timeZone });
  const written = `${pad(w.day)}.${pad(w.month)}.${w.year}`;
  if (!date.isValid) return `"${w.snippet}": there is no such date as ${written}`;
  if (date.weekday === w.weekday) return null;
  const actual = `${weekdayNames.en[date.weekday - 1]} (${weekdayNames.ro[date.weekday - 1]})`;
  const claimed = `${weekdayNames.en[w.weekday - 1]} (${weekdayNames.ro[w.weekday - 1]})`;
  const day = date.toISODate();
  const role = day === localDay(new Date(event.startsAt), event.timeZone) ? ' — it is the event day' : day === localDay(deadlineInstant(event), event.timeZone) ? ' — it is the RSVP deadline' : '';
  return `"${w.snippet}": ${written}${w.yearWritten ? '' : ' (year assumed)'} is a ${actual}, not a ${claimed}${role}`;
}

/** Offsets written in ISO times must be the zone's own on that date, or the wall time is not what was meant. */
function offsetProblem(field: string, iso: string, zone: string): string | null {
  const written = DateTime.fromISO(iso, { setZone: true });
  const inZone = written.setZone(zone);
  if (!written.isValid || !inZone.isValid || written.offset === inZone.offset) return null;
  return `${field}: ${iso} has offset ${written.toFormat('ZZ')} but ${zone} is at ${inZone.toFormat('ZZ')} on that date, so it means ${inZone.toFormat('HH:mm')} local time`;
}

/** The event's own dates, zone, link and agenda. */
function structuralProblems(event: RsvpEvent): string[] {
  const problems: string[] = [];
  if (!IANAZone.isValidZone(event.timeZone)) problems.push(`timeZone: "${event.timeZone}" is not an IANA time zone`);
  const deadline = deadlineInstant(event);
  if (!(deadline.getTime() < Date.parse(event.startsAt))) {
    problems.push(`rsvpDeadline: ${event.rsvpDeadline} (${formatLongDate(deadline, event.timeZone, 'en')}) is not before the start ${event.startsAt}`);
  }
  for (const [field, iso] of [['startsAt', event.startsAt], ['endsAt', event.endsAt], ...(event.rsvpDeadline.includes('T') ? [['rsvpDeadline', event.rsvpDeadline]] : [])] as const) {
    const p = offsetProblem(field, iso, event.timeZone);
    if (p) problems.push(p);
  }
  const online = event.location.online;
  if (online) {
    let ok = false;
    try {
      const url = new URL(online.url);
      ok = (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      ok = false;
    }
    if (!ok) problems.push(`location.online.url: "${online.url}" is not a web link`);
  }
  const start = DateTime.fromISO(event.startsAt).setZone(event.timeZone);
  const end = DateTime.fromISO(event.endsAt).setZone(event.timeZone);
  const sameDay = start.toISODate() === end.toISODate();
  let previousEnd: string | null = null;
  event.agenda?.forEach((item, i) => {
    if (sameDay && (item.start < start.toFormat('HH:mm') || item.end > end.toFormat('HH:mm'))) {
      problems.push(`agenda[${i}]: ${item.start}–${item.end} is outside the event's ${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`);
    }
    if (previousEnd !== null && item.start < previousEnd) problems.push(`agenda[${i}]: starts at ${item.start}, before the previous item ends (${previousEnd})`);
    previousEnd = item.end;
  });
  return problems;
}

/** "text line 9" for a multi-line text, the field path for a field. */
function where(source: CheckText, index: number): string {
  if (!source.text.includes('\n')) return source.source;
  const line = source.text.slice(0, index).split(/\r\n|\r|\n/).length;
  return `${source.source} line ${line}`;
}

/**
 * Lints an event document before invitations go out: the schema (time zone exists,
 * online link is a URL, …), the deadline before the start, ISO offsets matching the
 * zone, the agenda inside the event, and every weekday written next to a date in the
 * free text — the event's own fields and any `texts` (e.g. the invitation as drafted) —
 * against the calendar. Pure: returns one line per problem.
 */
export function checkEvent(data: unknown, options: CheckEventOptions = {}): CheckEventResult {
  const parsed = eventSchema.safeParse(data);
  if (!parsed.success) {
    return { event: null, problems: parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`) };
  }
  const event = parsed.data;
  const problems: string[] = [];
  if (options.file) {
    const base = options.file.split(/[\\/]/).pop()?.replace(/\.json$/, '');
    if (base !== event.id) problems.push(`id: "${event.id}" does not match the file name "${base}.json"`);
  }
  problems.push(...structuralProblems(event));
  const around = new Date(event.startsAt);
  for (const source of [...freeTexts(event), ...(options.texts ?? [])]) {
    for (const written of findWeekdayDates(source.text, around)) {
      const p = weekdayProblem(written, event);
      if (p) problems.push(`${where(source, written.index)}: ${p}`);
    }
  }
  return { event, problems };
}
