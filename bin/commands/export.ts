import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { requireEvent } from '../../shared/events/require-event';
import { exportGuests, type ExportFormat } from '../../shared/export/export-guests';
import { withServices, type OpenServices } from '../open-services';

/** `rsvp export`. */
export function registerExport(program: Command, open: OpenServices): void {
  program
    .command('export')
    .description('export the guest list with statuses (CSV for Excel: UTF-8 BOM, ";" by default; or JSON)')
    .requiredOption('--event <id>', 'event id')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .addOption(new Option('--delimiter <char>', 'CSV delimiter (";" for Romanian Excel, "," for English)').choices([';', ',']).default(';'))
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: { event: string; format: ExportFormat; delimiter: ';' | ','; out?: string }) => {
      const text = await withServices(open, async (s) => {
        const event = await requireEvent(s.store, opts.event);
        return exportGuests(event, await s.store.listGuests(opts.event), { format: opts.format, delimiter: opts.delimiter });
      });
      if (opts.out) {
        await writeFile(opts.out, text, 'utf8');
        process.stderr.write(`wrote ${opts.out}\n`);
      } else process.stdout.write(text);
    });
}
