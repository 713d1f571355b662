import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { GuestRecord } from '../domain/records';
import type { RsvpEvent } from '../events/event-schema';
import { guestView, sortGuests } from '../status/guest-summary';

export type ExportFormat = 'csv' | 'json';

export interface ExportOptions {
  format: ExportFormat;
  /** CSV only. `;` is what Romanian Excel expects (the comma is its decimal separator). */
  delimiter?: ';' | ',';
}

export const EXPORT_COLUMNS = ['email', 'name', 'organization', 'language', 'status', 'headcount', 'speaker', 'respondedAt', 'late', 'bounce', 'walkIn', 'note'] as const;

/** One exported guest: the columns, nothing else (no token, no internal versioning). */
export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | boolean | null>;

function row(g: GuestRecord): ExportRow {
  const v = guestView(g);
  return { email: v.email, name: v.name, organization: v.organization, language: g.language, status: v.status, headcount: v.headcount, speaker: v.speaker, respondedAt: v.respondedAt, late: v.late, bounce: v.bounce, walkIn: v.walkIn, note: v.note };
}

/**
 * Text that starts like a formula is run by Excel ("CSV injection"); names and notes come
 * from mail anyone can send, so such cells are prefixed with an apostrophe.
 */
function cellText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(key: keyof ExportRow, value: ExportRow[keyof ExportRow], timeZone: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  // Excel reads "2020-01-14 09:30" as a date-time; ISO with T and Z it leaves as text. Local time of the event.
  if (key === 'respondedAt') return DateTime.fromISO(value).setZone(timeZone).toFormat('yyyy-MM-dd HH:mm');
  return key === 'email' ? value : cellText(value);
}

/**
 * The guest list for a spreadsheet or a script. CSV opens right in Excel: UTF-8 with a
 * BOM (else Excel reads windows-1250 and breaks the diacritics), `;` by default, CRLF.
 * JSON keeps ISO instants and real booleans.
 */
export function exportGuests(event: RsvpEvent, guests: readonly GuestRecord[], options: ExportOptions): string {
  const rows = sortGuests([...guests]).map(row);
  if (options.format === 'json') return `${JSON.stringify({ eventId: event.id, guests: rows }, null, 2)}\n`;
  const records = rows.map((r) => EXPORT_COLUMNS.map((k) => csvCell(k, r[k], event.timeZone)));
  return `\ufeff${stringify([[...EXPORT_COLUMNS], ...records], { delimiter: options.delimiter ?? ';', record_delimiter: 'windows' })}`;
}
