import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { importGuests, type ImportSummary } from '../../shared/guests/import-guests';
import { parseGuestCsv } from '../../shared/guests/parse-guest-csv';
import { requireEvent } from '../../shared/events/require-event';
import { sortGuests } from '../../shared/status/guest-summary';
import { withServices, type OpenServices } from '../open-services';

function printSummary(file: string, r: ImportSummary): void {
  const out: string[] = [
    `${basename(file)} (${r.encoding}, "${r.delimiter === '\t' ? '\\t' : r.delimiter}"): ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped} skipped`,
  ];
  const notes = [
    ...r.errors.map((e) => ({ line: e.line, text: `skipped: ${e.reason}` })),
    ...r.duplicates.map((d) => ({ line: d.line, text: `duplicate of line ${d.firstLine} (${d.email}): merged` })),
    ...r.warnings.map((w) => ({ line: w.line, text: `warning: ${w.reason}` })),
  ].sort((a, b) => a.line - b.line);
  for (const n of notes) out.push(`line ${n.line}: ${n.text}`);
  if (r.ignoredColumns.length) out.push(`ignored columns: ${r.ignoredColumns.join(', ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

/** `rsvp guests import|list`. */
export function registerGuests(program: Command, open: OpenServices): void {
  const guests = program.command('guests').description("an event's guest list");

  guests
    .command('import <file>')
    .description('import a guest list CSV (Excel: ";" or "," separated, UTF-8 or windows-1250; columns email/e-mail/adresă, nume/name, organizație/organization/instituție, limbă/language, any order). Re-importing updates names instead of duplicating.')
    .requiredOption('--event <id>', 'event id')
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: { event: string; json?: boolean }) => {
      const parsed = parseGuestCsv(await readFile(file));
      const summary = await withServices(open, (s) => importGuests(s, opts.event, parsed));
      if (opts.json) process.stdout.write(`${JSON.stringify({ file, ...summary }, null, 2)}\n`);
      else printSummary(file, summary);
      // Nothing importable at all (no e-mail column, empty file) is a failure; single bad rows are reported.
      if (summary.created + summary.updated + summary.unchanged === 0 && summary.errors.length > 0) process.exitCode = 1;
    });

  guests
    .command('list')
    .description("list an event's guests with their status and invitation state")
    .requiredOption('--event <id>', 'event id')
    .option('--json', 'machine-readable output')
    .action(async (opts: { event: string; json?: boolean }) => {
      const list = await withServices(open, async (s) => {
        await requireEvent(s.store, opts.event);
        return sortGuests(await s.store.listGuests(opts.event));
      });
      const rows = list.map((g) => ({ email: g.email, name: g.name, organization: g.organization, language: g.language, status: g.status, invitedAt: g.invitedAt, remindersSent: g.remindersSent }));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      for (const r of rows) {
        process.stdout.write(`${r.status.padEnd(8)} ${r.email}${r.name ? ` (${r.name})` : ''}${r.organization ? ` – ${r.organization}` : ''}${r.invitedAt ? `  invited ${r.invitedAt}` : '  not invited'}\n`);
      }
      process.stdout.write(`${rows.length} guest(s)\n`);
    });
}
