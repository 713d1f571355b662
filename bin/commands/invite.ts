import type { Command } from 'commander';
import { sendInvitations, type InvitationReport } from '../../shared/invitations/send-invitations';
import { withServices, type OpenServices } from '../open-services';
import { stderrProgress } from '../progress-bar';

function print(r: InvitationReport): void {
  const lines: string[] = [];
  if (r.dryRun) {
    for (const g of r.planned) lines.push(`would invite ${g.email}${g.name ? ` (${g.name})` : ''} [${g.language}]`);
    lines.push(`dry run: ${r.planned.length} would be invited, ${r.alreadyInvited} already invited, ${r.skipped.length} skipped; nothing sent`);
  } else {
    for (const s of r.sent) lines.push(`invited ${s.email}${s.location ? `  → ${s.location}` : ''}`);
    for (const f of r.failed) lines.push(`FAILED ${f.email}: ${f.code}: ${f.message}`);
    lines.push(`${r.sent.length} invited, ${r.alreadyInvited} already invited, ${r.skipped.length} skipped, ${r.failed.length} failed`);
    if (r.stopped) lines.push(r.stopped);
  }
  for (const s of r.skipped) lines.push(`skipped ${s.email}: ${s.reason}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** `rsvp invite`. */
export function registerInvite(program: Command, open: OpenServices): void {
  program
    .command('invite')
    .description('send the invitation (text + HTML + calendar REQUEST, per-guest Reply-To) to every guest not yet invited, at the SES send rate; safe to run again')
    .requiredOption('--event <id>', 'event id')
    .option('--dry-run', 'print who would be invited; send nothing')
    .option('--json', 'machine-readable output')
    .action(async (opts: { event: string; dryRun?: boolean; json?: boolean }) => {
      const progress = stderrProgress('inviting');
      const report = await withServices(open, (s) => sendInvitations(s, opts.event, { dryRun: opts.dryRun ?? false, onProgress: progress.onProgress })).finally(() => progress.stop());
      if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else print(report);
      if (report.failed.length > 0) process.exitCode = 1;
    });
}
