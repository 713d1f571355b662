import type { Command } from 'commander';
import type { OpenServices } from '../open-services';

// Placeholder until the command lands; it says so instead of failing silently.
export function registerExport(program: Command, _open: OpenServices): void {
  program
    .command('export')
    .description('(not available yet)')
    .allowUnknownOption()
    .action(() => {
      process.stderr.write('rsvp export: not implemented yet\n');
      process.exitCode = 2;
    });
}
