import type { Command } from 'commander';
import { forgetPerson, RETENTION_NOTE } from '../../shared/privacy/forget';
import { withServices, type OpenServices } from '../open-services';

/** `rsvp forget`. */
export function registerForget(program: Command, open: OpenServices): void {
  program
    .command('forget')
    .description(`erase a person across all events (GDPR art. 17): guest entries, reply history, reply tokens and stored raw mail; records that an erasure happened, without the address. Irreversible. ${RETENTION_NOTE}`)
    .requiredOption('--email <address>', 'the address to erase')
    .option('--json', 'machine-readable output')
    .action(async (opts: { email: string; json?: boolean }) => {
      const record = await withServices(open, (s) => forgetPerson(s, opts.email));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ ...record, note: RETENTION_NOTE }, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        [
          `erasure ${record.erasureId} at ${record.at}`,
          `erased: ${record.guests} guest entr${record.guests === 1 ? 'y' : 'ies'} in ${record.events} event(s), ${record.replies} repl${record.replies === 1 ? 'y' : 'ies'}, ${record.tokens} token(s), ${record.rawMails} raw mail(s), ${record.unrouted} unrouted; ${record.messages} message record(s) scrubbed`,
          record.events + record.unrouted === 0 ? 'nothing was stored for this address (the erasure is recorded anyway)' : null,
          RETENTION_NOTE,
        ]
          .filter(Boolean)
          .join('\n') + '\n',
      );
    });
}
