import { deadlineInstant } from '../events/calendar-dates';
import type { RsvpEvent } from '../events/event-schema';
import type { GuestRepo } from '../ports/store';
import { countGuests, guestView, sortGuests, type GuestView, type StatusCounts } from './guest-summary';

export interface EventStatus {
  event: string;
  deadline: string;
  counts: StatusCounts;
  guests: GuestView[];
}

/** Where an event stands: the data behind `rsvp status` (one Query of the event's guests). */
export async function eventStatus(store: GuestRepo, event: RsvpEvent): Promise<EventStatus> {
  const guests = await store.listGuests(event.id);
  return { event: event.id, deadline: deadlineInstant(event).toISOString(), counts: countGuests(guests), guests: sortGuests(guests.map(guestView)) };
}
