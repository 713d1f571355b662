import type { Command } from 'commander';
import type { OpenServices } from '../open-services';

// Placeholder until the command lands; it says so instead of failing silently.
export function registerRemind(program: Command, _open: OpenServices): void {
  program
    .command('remind')
    .description('(not available yet)')
    .allowUnknownOption()
    .action(() => {
      process.stderr.write('rsvp remind: not implemented yet\n');
      process.exitCode = 2;
    });
}
