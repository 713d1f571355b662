import type { Language } from '../events/event-schema';
import { cleanAddress } from './clean-address';
import { splitCsvRecords, sniffDelimiter } from './csv-records';
import { decodeText, type TextEncodingName } from './decode-text';
import { parseLanguage, resolveColumns } from './guest-columns';

/** One valid guest row. `line` is the physical line in the file (header = line 1). */
export interface GuestCsvRow {
  line: number;
  email: string;
  name: string | null;
  organization: string | null;
  language: Language | null;
}

/** A row problem, reported with its line number. */
export interface CsvProblem {
  line: number;
  reason: string;
}

/** A repeated address: merged into the first row with that address. */
export interface CsvDuplicate {
  line: number;
  firstLine: number;
  email: string;
}

export interface GuestCsvResult {
  encoding: TextEncodingName;
  delimiter: string;
  rows: GuestCsvRow[];
  /** Rows skipped (bad or missing address, unreadable file). */
  errors: CsvProblem[];
  /** Rows imported with something dropped (unknown language, conflicting duplicate). */
  warnings: CsvProblem[];
  duplicates: CsvDuplicate[];
  ignoredColumns: string[];
}

const cell = (fields: readonly string[], index: number | undefined): string | null => {
  if (index === undefined) return null;
  const v = (fields[index] ?? '').replace(/\s+/g, ' ').trim();
  return v === '' ? null : v;
};

/**
 * Parses a guest list as Romanian Excel writes it (pure; no I/O). Encoding and delimiter
 * are detected; headers may be Romanian or English in any order. Bad rows become
 * `errors` with their line, duplicates are merged (blank cells of the first row are
 * filled from later ones) and reported.
 */
export function parseGuestCsv(input: Uint8Array | string): GuestCsvResult {
  const { text, encoding } = typeof input === 'string' ? { text: input.replace(/^\ufeff/, ''), encoding: 'utf-8' as const } : decodeText(input);
  // Excel honours a first line "sep=;" and so do we.
  const sep = /^sep=(.)\s*(\r\n|\r|\n)/i.exec(text);
  const delimiter = sep ? sep[1]! : sniffDelimiter(text);
  const result: GuestCsvResult = { encoding, delimiter, rows: [], errors: [], warnings: [], duplicates: [], ignoredColumns: [] };

  const split = splitCsvRecords(text, delimiter);
  const records = sep ? split.records.filter((r) => r.line !== 1) : split.records;
  const header = records[0];
  if (!header) {
    result.errors.push({ line: 1, reason: 'the file is empty' });
    return result;
  }
  const columns = resolveColumns(header.fields);
  result.ignoredColumns = columns.ignored;
  if (columns.index.email === undefined) {
    result.errors.push({ line: header.line, reason: `no e-mail column in the header (expected one of "email", "e-mail", "adresă"); found: ${header.fields.map((f) => `"${f.trim()}"`).join(', ')}` });
    return result;
  }

  const byEmail = new Map<string, GuestCsvRow>();
  for (const record of records.slice(1)) {
    const f = record.fields;
    const address = cleanAddress(f[columns.index.email] ?? '');
    if (!address.ok) {
      result.errors.push({ line: record.line, reason: address.reason });
      continue;
    }
    const parts = [cell(f, columns.index.firstName), cell(f, columns.index.lastName)].filter((p): p is string => p !== null);
    const name = cell(f, columns.index.name) ?? (parts.length ? parts.join(' ') : null);
    const languageCell = cell(f, columns.index.language);
    const language = languageCell ? parseLanguage(languageCell) : null;
    if (languageCell && !language) result.warnings.push({ line: record.line, reason: `unknown language "${languageCell}" (use ro or en); the event's language will be used` });
    const row: GuestCsvRow = { line: record.line, email: address.email, name, organization: cell(f, columns.index.organization), language };

    const first = byEmail.get(row.email);
    if (!first) {
      byEmail.set(row.email, row);
      result.rows.push(row);
      continue;
    }
    result.duplicates.push({ line: row.line, firstLine: first.line, email: row.email });
    for (const key of ['name', 'organization', 'language'] as const) {
      const kept = first[key];
      const later = row[key];
      if (kept !== null && later !== null && kept !== later) result.warnings.push({ line: row.line, reason: `duplicate of line ${first.line} with a different ${key} ("${later}"); kept "${kept}"` });
    }
    Object.assign(first, { name: first.name ?? row.name, organization: first.organization ?? row.organization, language: first.language ?? row.language });
  }
  if (split.unterminatedQuoteLine !== null) {
    result.errors.push({ line: split.unterminatedQuoteLine, reason: 'a quote (") opened on this line is never closed; the rest of the file was not read' });
  }
  return result;
}
