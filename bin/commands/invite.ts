import type { Command } from 'commander';
import type { OpenServices } from '../open-services';

// Placeholder until the command lands; it says so instead of failing silently.
export function registerInvite(program: Command, _open: OpenServices): void {
  program
    .command('invite')
    .description('(not available yet)')
    .allowUnknownOption()
    .action(() => {
      process.stderr.write('rsvp invite: not implemented yet\n');
      process.exitCode = 2;
    });
}
