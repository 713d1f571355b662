import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { loadEventFile } from '../../shared/adapters/local/event-files';
import { deadlineInstant } from '../../shared/events/calendar-dates';
import { checkEvent, type CheckText } from '../../shared/events/check-event';
import { localized } from '../../shared/events/event-schema';
import { decodeText } from '../../shared/guests/decode-text';
import { withServices, type OpenServices } from '../open-services';

const collect = (value: string, previous: string[]) => [...previous, value];
const local = (iso: string | Date, zone: string) => DateTime.fromJSDate(new Date(iso), { zone }).toFormat('yyyy-MM-dd HH:mm');

/** Lints an event file (and drafted invitation texts); the problems, one per line. */
async function lint(file: string, textFiles: string[]): Promise<string[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return [`${file}: not readable JSON (${(error as Error).message})`];
  }
  const texts: CheckText[] = [];
  for (const t of textFiles) texts.push({ source: t, text: decodeText(await readFile(t)).text });
  return checkEvent(data, { file, texts }).problems;
}

/** `rsvp event put|list|check`. */
export function registerEvent(program: Command, open: OpenServices): void {
  const event = program.command('event').description('event documents: upload, list, check');

  event
    .command('put <file>')
    .description('validate an event file (events/<id>.json) and upload it to the store')
    .action(async (file: string) => {
      const parsed = await loadEventFile(file);
      for (const p of checkEvent(parsed, { file }).problems) process.stderr.write(`warning: ${p}\n`);
      await withServices(open, async (s) => s.store.putEvent(parsed, s.clock.now()));
      process.stdout.write(`uploaded ${parsed.id}\n`);
    });

  event
    .command('list')
    .description('list the events in the store with their guest counts')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const rows = await withServices(open, async (s) => {
        const events = await s.store.listEvents();
        return Promise.all(
          events.map(async (e) => ({
            id: e.id,
            title: localized(e.title, e.language),
            startsAt: e.startsAt,
            start: local(e.startsAt, e.timeZone),
            deadline: local(deadlineInstant(e), e.timeZone),
            guests: (await s.store.listGuests(e.id)).length,
          })),
        );
      });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      if (rows.length === 0) {
        process.stdout.write('no events; upload one with: rsvp event put events/<id>.json\n');
        return;
      }
      const idWidth = Math.max(2, ...rows.map((r) => r.id.length));
      process.stdout.write(`${'id'.padEnd(idWidth)}  start             deadline          guests  title\n`);
      for (const r of rows.sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
        process.stdout.write(`${r.id.padEnd(idWidth)}  ${r.start}  ${r.deadline}  ${String(r.guests).padStart(6)}  ${r.title}\n`);
      }
    });

  event
    .command('check <file>')
    .description('lint an invitation: weekdays written next to dates (ro/en) against the calendar, deadline before start, time zone, online link')
    .option('--text <file>', 'also check this text (e.g. the invitation as drafted); repeatable', collect, [] as string[])
    .action(async (file: string, opts: { text: string[] }) => {
      const problems = await lint(file, opts.text);
      if (problems.length === 0) {
        process.stdout.write('ok\n');
        return;
      }
      for (const p of problems) process.stdout.write(`${p}\n`);
      process.exitCode = 1;
    });
}
