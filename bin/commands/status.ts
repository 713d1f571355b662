import type { Command } from 'commander';
import { RsvpError } from '../../shared/errors';
import { eventStatus } from '../../shared/status/event-status';
import { formatTable } from '../format-table';
import { withServices, type OpenServices } from '../open-services';

/** `rsvp status --event <id> [--json]`: counts and guests of one event. */
export function registerStatus(program: Command, open: OpenServices): void {
  program
    .command('status')
    .description('where an event stands: counts and every guest')
    .requiredOption('--event <id>', 'event id')
    .option('--json', 'one JSON object on stdout')
    .action(async (opts: { event: string; json?: boolean }) => {
      await withServices(open, async ({ store }) => {
        const event = await store.getEvent(opts.event);
        if (!event) throw new RsvpError('EVENT_NOT_FOUND', `no event "${opts.event}" (load it with npm start or 'rsvp event put')`);
        const status = await eventStatus(store, event);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(status)}\n`);
          return;
        }
        const c = status.counts;
        process.stdout.write(`${status.event} · deadline ${status.deadline}\n`);
        process.stdout.write(`yes ${c.yes} (${c.attendees} people) · no ${c.no} · maybe ${c.maybe} · pending ${c.pending} · review ${c.review} · waitlist ${c.waitlist}\n\n`);
        process.stdout.write(
          `${formatTable(
            ['email', 'name', 'status', 'people', 'speaker', 'responded', 'late', 'bounce'],
            status.guests.map((g) => [g.email, g.name, g.status, g.headcount, g.speaker === null ? '' : g.speaker ? 'yes' : 'no', g.respondedAt, g.late ? 'late' : '', g.bounce]),
          )}\n`,
        );
      });
    });
}
