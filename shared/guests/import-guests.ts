import { newGuest } from '../domain/new-guest';
import type { GuestRecord } from '../domain/records';
import { requireEvent } from '../events/require-event';
import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';
import type { CsvDuplicate, CsvProblem, GuestCsvResult, GuestCsvRow } from './parse-guest-csv';

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

export interface ImportSummary {
  eventId: string;
  encoding: string;
  delimiter: string;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows not imported (see `errors`). */
  skipped: number;
  errors: CsvProblem[];
  warnings: CsvProblem[];
  duplicates: CsvDuplicate[];
  ignoredColumns: string[];
  guests: { line: number; email: string; outcome: ImportOutcome }[];
}

const MAX_ATTEMPTS = 8;
const CONCURRENCY = 8;

/** Fills name/organization/language from a row; blank cells keep what is stored. */
function merged(existing: GuestRecord, row: GuestCsvRow, now: Date): GuestRecord | null {
  const name = row.name ?? existing.name;
  const organization = row.organization ?? existing.organization;
  const language = row.language ?? existing.language;
  if (name === existing.name && organization === existing.organization && language === existing.language) return null;
  return { ...existing, name, organization, language, updatedAt: now.toISOString(), version: existing.version + 1 };
}

/** Creates or updates one guest; conditional writes, re-read and retried on a conflict. */
async function upsertGuest(store: Store, eventId: string, row: GuestCsvRow, now: Date): Promise<ImportOutcome> {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const existing = await store.getGuest(eventId, row.email);
    if (!existing) {
      const fresh = newGuest(eventId, row.email, now, { name: row.name, organization: row.organization, language: row.language });
      if ((await store.createGuest(fresh)) === 'ok') return 'created';
      continue; // created meanwhile (a reply from a walk-in): update it instead
    }
    const next = merged(existing, row, now);
    if (!next) return 'unchanged';
    if ((await store.updateGuest(next)) === 'ok') return 'updated';
  }
  throw new Error(`guest ${eventId}/${row.email} kept changing during the import; giving up`);
}

/**
 * Imports parsed rows into an event's list. Re-importing the same file changes
 * nothing; a corrected file updates names, organizations and languages in place
 * (never statuses or reply history). Fails with EVENT_NOT_FOUND for an unknown event.
 */
export async function importGuests(deps: { store: Store; clock: Clock }, eventId: string, parsed: GuestCsvResult): Promise<ImportSummary> {
  await requireEvent(deps.store, eventId);
  const now = deps.clock.now();
  const outcomes: ImportSummary['guests'] = [];
  const queue = [...parsed.rows];
  // A few writes in flight: a 1,000-row list takes seconds, not a minute, against DynamoDB.
  const worker = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      outcomes.push({ line: row.line, email: row.email, outcome: await upsertGuest(deps.store, eventId, row, now) });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  outcomes.sort((a, b) => a.line - b.line);
  const count = (o: ImportOutcome) => outcomes.filter((g) => g.outcome === o).length;
  return {
    eventId,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    skipped: parsed.errors.length,
    errors: parsed.errors,
    warnings: parsed.warnings,
    duplicates: parsed.duplicates,
    ignoredColumns: parsed.ignoredColumns,
    guests: outcomes,
  };
}
