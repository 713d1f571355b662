import type { Command } from 'commander';

// Placeholder; the understanding work replaces this file.
export function registerClassify(program: Command): void {
  program.command('classify <files...>').action(() => {
    process.stderr.write('rsvp classify: not implemented yet\n');
    process.exitCode = 2;
  });
}
