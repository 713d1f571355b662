import type { Command } from 'commander';
import { sendEventDigest, type DigestOutcome } from '../../shared/digest/send-digest';
import { RsvpError } from '../../shared/errors';
import { countGuests, type StatusCounts } from '../../shared/status/guest-summary';
import { withServices, type OpenServices } from '../open-services';

interface DigestOptions {
  event: string;
  at?: string;
  force?: boolean;
  json?: boolean;
}

function parseAt(value: string): Date {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(ms)) throw new RsvpError('INVALID_ARGUMENT', `--at must be an ISO 8601 date-time, e.g. 2020-01-14T08:00:00+02:00 (got "${value}")`);
  return new Date(ms);
}

/** The `--json` line: exactly these keys, counts keyed like `status --json`. */
function jsonLine(outcome: DigestOutcome, c: StatusCounts): string {
  const counts = { yes: c.yes, no: c.no, maybe: c.maybe, pending: c.pending, review: c.review, waitlist: c.waitlist, attendees: c.attendees };
  return JSON.stringify({ event: outcome.event, sent: outcome.sent, reason: outcome.reason, outbox: outcome.outbox, counts });
}

const WHY: Record<DigestOutcome['reason'], string> = {
  sent: 'sent',
  forced: 'sent (forced)',
  'before-time': "not yet: before the day's digest time",
  'after-final': 'the final list went out the morning after the deadline; nothing after it',
  'no-activity': 'not due: no invitation or reply before this day',
  'already-sent': 'already sent for this day',
  'already-skipped': 'already skipped for this day (nothing had changed)',
  'in-progress': 'another run is sending it',
  unchanged: 'skipped: nothing changed since the last digest',
  'unknown-event': 'unknown event',
  failed: 'failed',
};

function humanLine(o: DigestOutcome): string {
  if (o.sent) return `${o.event}: ${o.kind === 'final' ? 'final list' : 'digest'} for ${o.day} ${WHY[o.reason]}${o.outbox ? ` → ${o.outbox}` : ''}`;
  return `${o.event}: nothing sent for ${o.day}: ${o.reason} (${WHY[o.reason]})`;
}

/** Where the command prints (stdout; tests pass their own). */
export interface Output {
  write(text: string): unknown;
}

/** `rsvp digest --event <id> [--at <ISO>] [--force] [--json]`: sends the manager digest due at that time. */
export function registerDigest(program: Command, open: OpenServices, out: Output = process.stdout): void {
  program
    .command('digest')
    .description("send the event's manager digest if one is due now (or at --at); once per day")
    .requiredOption('--event <id>', 'event id, e.g. lll-2020-01')
    .option('--at <iso>', 'act as if it were this instant (default: now, or RSVP_CLOCK)')
    .option('--force', 'send even when not due or already sent today (still recorded)')
    .option('--json', 'print one JSON line: {event, sent, reason, outbox, counts}')
    .action(async (opts: DigestOptions) => {
      const at = opts.at === undefined ? null : parseAt(opts.at);
      await withServices(open, async (services) => {
        const event = await services.store.getEvent(opts.event);
        if (!event) throw new RsvpError('EVENT_NOT_FOUND', `unknown event "${opts.event}"`);
        const outcome = await sendEventDigest(services, event, at ?? services.clock.now(), { force: opts.force === true });
        if (opts.json) {
          // Counts are part of the contract even when nothing was read to decide (e.g. already sent).
          const counts = outcome.counts ?? countGuests(await services.store.listGuests(event.id));
          out.write(`${jsonLine(outcome, counts)}\n`);
        } else {
          out.write(`${humanLine(outcome)}\n`);
        }
      });
    });
}
