import { Option, type Command } from 'commander';
import { remindNow } from '../../shared/invitations/send-due-reminders';
import type { RemindableStatus, ReminderReport } from '../../shared/invitations/send-reminders';
import { withServices, type OpenServices } from '../open-services';
import { stderrProgress } from '../progress-bar';

function print(r: ReminderReport): void {
  const lines: string[] = [];
  if (r.dryRun) {
    for (const g of r.planned) lines.push(`would remind ${g.email} (${g.status})`);
  } else {
    for (const s of r.sent) lines.push(`reminded ${s.email}${s.location ? `  → ${s.location}` : ''}`);
    for (const f of r.failed) lines.push(`FAILED ${f.email}: ${f.code}: ${f.message}`);
  }
  lines.push(
    `${r.dryRun ? `dry run: ${r.planned.length} would be reminded` : `${r.sent.length} reminded`}, ${r.alreadyReminded} already reminded today, ${r.notInvited} not invited yet, ${r.failed.length} failed`,
  );
  if (r.stopped) lines.push(r.stopped);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** `rsvp remind`. */
export function registerRemind(program: Command, open: OpenServices): void {
  program
    .command('remind')
    .description('remind now the invited guests who have not decided (pending and maybe; never yes/no or hard-bounced), once per day; the daily scheduler does this on its own for reminders.daysBefore')
    .requiredOption('--event <id>', 'event id')
    .addOption(new Option('--only <status>', 'remind only these guests').choices(['pending', 'maybe']))
    .option('--dry-run', 'print who would be reminded; send nothing')
    .option('--json', 'machine-readable output')
    .action(async (opts: { event: string; only?: RemindableStatus; dryRun?: boolean; json?: boolean }) => {
      const statuses: RemindableStatus[] = opts.only ? [opts.only] : ['pending', 'maybe'];
      const progress = stderrProgress('reminding');
      const report = await withServices(open, (s) => remindNow(s, opts.event, statuses, { dryRun: opts.dryRun ?? false, onProgress: progress.onProgress })).finally(() => progress.stop());
      if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else print(report);
      if (report.failed.length > 0) process.exitCode = 1;
    });
}
