import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EventFileError } from '../../errors';
import type { RsvpEvent } from '../../events/event-schema';
import { parseEventJson } from '../../events/parse-event';

/** Loads and validates every `*.json` in a folder; the file name must match the event id. */
export async function loadEventFiles(dir: string): Promise<RsvpEvent[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const events: RsvpEvent[] = [];
  for (const name of names) events.push(await loadEventFile(join(dir, name)));
  return events;
}

/** Loads one event file. */
export async function loadEventFile(file: string): Promise<RsvpEvent> {
  const event = parseEventJson(await readFile(file, 'utf8'), file);
  const base = file.split(/[\\/]/).pop()?.replace(/\.json$/, '');
  if (base !== event.id) throw new EventFileError(file, `id: "${event.id}" does not match the file name "${base}.json"`);
  return event;
}
