/**
 * Time-zone arithmetic on the built-in Intl API.
 *
 * This replaced luxon in the code the inbound Lambda loads (about 70 KB of bundle). It follows
 * luxon 3's algorithms step for step (offset lookup, `fixOffset`, `endOf('day')`) rather than
 * inventing its own, because existing behaviour — including which instant an ambiguous or
 * nonexistent wall time lands on — must not change. tests/unit/events/calendar-dates-intl.test.ts
 * checks it against luxon.
 */

/** Wall-clock fields in some zone; `month` is 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const MINUTE = 60_000;

/**
 * The name Intl should see for a zone, or `undefined` if no zone by that name exists.
 * luxon reads "utc"/"gmt" in any case as its fixed UTC zone and formats it as "UTC"; the
 * same mapping keeps every caller's output unchanged.
 */
export function intlZoneName(timeZone: string): string | undefined {
  const lowered = timeZone.toLowerCase();
  const name = lowered === 'utc' || lowered === 'gmt' ? 'UTC' : timeZone;
  return offsetFormat(name) === undefined ? undefined : name;
}

// Building a DateTimeFormat costs far more than using one: one per zone, kept for the process.
const offsetFormats = new Map<string, Intl.DateTimeFormat | null>();

function offsetFormat(timeZone: string): Intl.DateTimeFormat | undefined {
  let format = offsetFormats.get(timeZone);
  if (format === undefined) {
    try {
      // The same options luxon uses, so the parts (and thus the offsets) are the same.
      format = new Intl.DateTimeFormat('en-US', {
        hour12: false,
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        era: 'short',
      });
    } catch {
      format = null; // RangeError: not a zone Intl knows.
    }
    offsetFormats.set(timeZone, format);
  }
  return format ?? undefined;
}

/**
 * The zone's UTC offset in minutes at an instant (positive east of Greenwich); NaN for an
 * unknown zone or an invalid instant. May be fractional for historical local mean times.
 */
export function zoneOffset(ms: number, timeZone: string): number {
  const name = intlZoneName(timeZone);
  const format = name === undefined ? undefined : offsetFormat(name);
  // formatToParts throws on a Date beyond ±8.64e15 ms: such an instant has no offset, like NaN.
  if (format === undefined || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return NaN;
  const f: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(new Date(ms))) f[type] = value;
  let year = Number.parseInt(f.year ?? '', 10);
  if (f.era === 'BC') year = -Math.abs(year) + 1;
  const hour = Number.parseInt(f.hour ?? '', 10);
  const asUtc = wallTimeMillis({
    year,
    month: Number.parseInt(f.month ?? '', 10),
    day: Number.parseInt(f.day ?? '', 10),
    // Some ICU versions print midnight as "24" under hour12: false.
    hour: hour === 24 ? 0 : hour,
    minute: Number.parseInt(f.minute ?? '', 10),
    second: Number.parseInt(f.second ?? '', 10),
    millisecond: 0,
  });
  // The parts carry no milliseconds: compare against the instant truncated to its second.
  const over = ms % 1000;
  const truncated = ms - (over >= 0 ? over : 1000 + over);
  return (asUtc - truncated) / MINUTE;
}

/** The wall-clock fields of an instant under a known offset (minutes). */
export function wallTimeAt(ms: number, offset: number): WallTime {
  const d = new Date(ms + offset * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** A wall time read as if it were UTC: the "local timestamp" that offsets are applied to. */
function wallTimeMillis(w: WallTime): number {
  let ms = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  // Date.UTC reads years 0–99 as 1900–1999.
  if (w.year < 100 && w.year >= 0) {
    const d = new Date(ms);
    d.setUTCFullYear(w.year, w.month - 1, w.day);
    ms = d.getTime();
  }
  return ms;
}

/** Days in a month (1–12) of a proleptic Gregorian year. */
function daysInMonth(year: number, month: number): number {
  const m = (((month - 1) % 12) + 12) % 12;
  const y = year + (month - 1 - m) / 12;
  if (m === 1) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m]!;
}

/** True if the fields name a real calendar day and time (24:00:00.000 allowed, as in ISO 8601). */
function isValidWallTime(w: WallTime): boolean {
  const between = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;
  return (
    Number.isInteger(w.year) &&
    between(w.month, 1, 12) &&
    between(w.day, 1, daysInMonth(w.year, w.month)) &&
    (between(w.hour, 0, 23) || (w.hour === 24 && w.minute === 0 && w.second === 0 && w.millisecond === 0)) &&
    between(w.minute, 0, 59) &&
    between(w.second, 0, 59) &&
    between(w.millisecond, 0, 999)
  );
}

/**
 * The instant of a local timestamp ({@link wallTimeMillis}) in a zone, with its offset.
 *
 * The guessed offset decides ambiguous wall times (the repeated hour when clocks go back):
 * the occurrence whose offset equals the guess wins. A wall time skipped when clocks go
 * forward is read with the earlier (smaller) offset, so it lands after the gap: 03:30 on a
 * spring-forward day in Bucharest becomes 04:30 local.
 */
function resolveWallTime(local: number, guess: number, timeZone: string): [ms: number, offset: number] {
  let utc = local - guess * MINUTE;
  const o2 = zoneOffset(utc, timeZone);
  if (o2 === guess) return [utc, guess];
  utc -= (o2 - guess) * MINUTE;
  const o3 = zoneOffset(utc, timeZone);
  if (o2 === o3) return [utc, o2];
  return [local - Math.min(o2, o3) * MINUTE, Math.max(o2, o3)];
}

/**
 * The instant of a local wall time in a zone, as luxon's `DateTime.fromObject`/`fromISO` with
 * `{ zone }` computes it: NaN for an unknown zone or impossible fields. An ambiguous wall time
 * resolves to the occurrence whose offset the zone has right now ({@link resolveWallTime}).
 */
export function zonedWallTimeToInstant(w: WallTime, timeZone: string): number {
  const guess = zoneOffset(Date.now(), timeZone);
  if (Number.isNaN(guess) || !isValidWallTime(w)) return NaN;
  return resolveWallTime(wallTimeMillis(w), guess, timeZone)[0];
}

/** An instant together with its offset and wall time, as a luxon DateTime carries them. */
interface Zoned {
  ms: number;
  offset: number;
  wall: WallTime;
}

/*
 * Moving to another wall time as luxon's set()/plus() do. A moved DateTime re-reads its offset
 * from the zone unless the instant did not change; mirroring that keeps hole and overlap cases
 * identical.
 */
function moveTo(from: Zoned, wall: WallTime, timeZone: string): Zoned {
  const [ms] = resolveWallTime(wallTimeMillis(wall), from.offset, timeZone);
  if (ms === from.ms) return from;
  const offset = zoneOffset(ms, timeZone);
  return { ms, offset, wall: wallTimeAt(ms, offset) };
}

/**
 * The last millisecond of a local day (`YYYY-MM-DD`) in a zone: the instant just before the
 * next local midnight, as luxon's `DateTime.fromISO(day, { zone }).endOf('day')`. NaN for an
 * unknown zone or a malformed or impossible day.
 */
export function endOfLocalDay(day: string, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (m === null) return NaN;
  const start = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: 0, minute: 0, second: 0, millisecond: 0 };
  const guess = zoneOffset(Date.now(), timeZone);
  if (Number.isNaN(guess) || !isValidWallTime(start)) return NaN;
  // The midnight itself may not exist (zones that change at 00:00): luxon then starts the
  // day at 01:00, adds a calendar day and goes back to that day's midnight. Same steps here.
  const [ms, offset] = resolveWallTime(wallTimeMillis(start), guess, timeZone);
  const first: Zoned = { ms, offset, wall: wallTimeAt(ms, offset) };
  const nextDay = { ...first.wall, day: Math.min(first.wall.day, daysInMonth(first.wall.year, first.wall.month)) + 1 };
  const tomorrow = moveTo(first, nextDay, timeZone);
  const midnight = moveTo(tomorrow, { ...tomorrow.wall, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
  const [end] = resolveWallTime(wallTimeMillis(midnight.wall), midnight.offset, timeZone);
  return end - 1;
}
