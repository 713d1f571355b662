import type { Command } from 'commander';
import type { OpenServices } from '../open-services';

// Placeholder until the command lands; it says so instead of failing silently.
export function registerEvent(program: Command, _open: OpenServices): void {
  program
    .command('event')
    .description('(not available yet)')
    .allowUnknownOption()
    .action(() => {
      process.stderr.write('rsvp event: not implemented yet\n');
      process.exitCode = 2;
    });
}
