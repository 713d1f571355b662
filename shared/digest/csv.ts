import { stringify } from 'csv-stringify/sync';
import type { GuestRecord, GuestStatus } from '../domain/records';
import { guestView, sortGuests } from '../status/guest-summary';

export const GUEST_CSV_COLUMNS = ['email', 'name', 'organization', 'status', 'headcount', 'speaker', 'respondedAt', 'late', 'bounce', 'walkIn', 'note'] as const;

const STATUS_RANK: Record<GuestStatus, number> = { yes: 0, waitlist: 1, maybe: 2, review: 3, no: 4, pending: 5 };

/**
 * A value Excel or LibreOffice would run as a formula (`=`, `+`, `-`, `@`, tab, CR)
 * gets a leading apostrophe: guest-provided names must not become live formulas.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * All guests as CSV for Romanian Excel: UTF-8 with a BOM (without it Excel guesses
 * Windows-1250 and mangles ă, ș, ț), `;` as separator (the Romanian locale's list
 * separator, since `,` is its decimal mark), CRLF line ends. Confirmed guests first.
 */
export function guestsCsv(guests: readonly GuestRecord[]): Buffer {
  const rows = sortGuests(guests.map(guestView))
    .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status])
    .map((g) => [
      // Walk-ins are accepted, so even the address is guest-chosen (`=cmd|…@x` is a valid local part).
      neutralizeFormula(g.email),
      neutralizeFormula(g.name ?? ''),
      neutralizeFormula(g.organization ?? ''),
      g.status,
      g.headcount === null ? '' : String(g.headcount),
      g.speaker === null ? '' : String(g.speaker),
      g.respondedAt ?? '',
      String(g.late),
      g.bounce ?? '',
      String(g.walkIn),
      neutralizeFormula(g.note ?? ''),
    ]);
  const text = stringify([[...GUEST_CSV_COLUMNS], ...rows], { delimiter: ';', record_delimiter: '\r\n', bom: true });
  return Buffer.from(text, 'utf8');
}
