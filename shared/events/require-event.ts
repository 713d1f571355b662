import { RsvpError } from '../errors';
import type { EventRepo } from '../ports/store';
import type { RsvpEvent } from './event-schema';

/** The event a command names is not in the store (upload it with `rsvp event put`). */
export class EventNotFoundError extends RsvpError {
  constructor(eventId: string) {
    super('EVENT_NOT_FOUND', `event "${eventId}" is not in the store; upload it first with: rsvp event put events/${eventId}.json`);
  }
}

/** Reads an event or fails with EVENT_NOT_FOUND. */
export async function requireEvent(store: EventRepo, eventId: string): Promise<RsvpEvent> {
  const event = await store.getEvent(eventId);
  if (!event) throw new EventNotFoundError(eventId);
  return event;
}
