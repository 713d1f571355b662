import type { Command } from 'commander';
import type { OpenServices } from '../open-services';

// Placeholder until the command lands; it says so instead of failing silently.
export function registerDigest(program: Command, _open: OpenServices): void {
  program
    .command('digest')
    .description('(not available yet)')
    .allowUnknownOption()
    .action(() => {
      process.stderr.write('rsvp digest: not implemented yet\n');
      process.exitCode = 2;
    });
}
