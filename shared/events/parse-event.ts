import { EventFileError } from '../errors';
import { eventSchema, type RsvpEvent } from './event-schema';

/**
 * Validates one event document; a bad one fails with the file and the field named,
 * e.g. `events/x.json: rsvpDeadline: must be YYYY-MM-DD`.
 */
export function parseEvent(data: unknown, file: string): RsvpEvent {
  const parsed = eventSchema.safeParse(data);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
      .join('; ');
    throw new EventFileError(file, details);
  }
  return parsed.data;
}

/** Parses JSON text then validates; malformed JSON is reported with the file too. */
export function parseEventJson(text: string, file: string): RsvpEvent {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new EventFileError(file, `not valid JSON (${(cause as Error).message})`, { cause });
  }
  return parseEvent(data, file);
}
