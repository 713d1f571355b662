import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';
import { localized, type Language, type RsvpEvent } from '../events/event-schema';

export interface IcsOptions {
  /** REQUEST for invitations (Accept/Decline come back as METHOD:REPLY); PUBLISH for a confirmation. */
  method: 'REQUEST' | 'PUBLISH';
  lang: Language;
  /** The attendee (REQUEST): the guest whose client will answer. */
  attendee?: { email: string; name?: string | null } | undefined;
  /** Include the online link and password (only for confirmed guests and invitees). */
  includeOnlineDetails: boolean;
  /** Bump when the event changes so clients update rather than duplicate. */
  sequence?: number;
}

/** Stable UID per event, so every .ics we send updates the same calendar entry. */
export function eventUid(event: Pick<RsvpEvent, 'id' | 'inbox'>): string {
  return `${event.id}@${event.inbox.split('@')[1] ?? 'rsvp.invalid'}`;
}

/** The event as an iCalendar object (RFC 5545), ORGANIZER being the inbox so calendar replies come back to us. */
export function buildEventIcs(event: RsvpEvent, options: IcsOptions): string {
  const calendar = ical({ prodId: { company: 'rsvp-mail', product: 'rsvp', language: options.lang.toUpperCase() } });
  calendar.method(options.method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH);
  const place = event.location.place;
  const online = event.location.online;
  const where = [place ? `${place.name}, ${place.address}${place.city ? `, ${place.city}` : ''}` : null, online && options.includeOnlineDetails ? online.url : online ? online.platform : null]
    .filter(Boolean)
    .join(' / ');
  const description = [
    event.description ? localized(event.description, options.lang) : null,
    online && options.includeOnlineDetails ? `${online.platform}: ${online.url}${online.password ? ` (${options.lang === 'ro' ? 'parola' : 'password'}: ${online.password})` : ''}` : null,
  ]
    .filter(Boolean)
    .join('\n\n');
  const organizerName = event.organizer ? localized(event.organizer.name, options.lang) : event.inbox;
  const vevent = calendar.createEvent({
    id: eventUid(event),
    sequence: options.sequence ?? 0,
    start: new Date(event.startsAt),
    end: new Date(event.endsAt),
    timezone: event.timeZone,
    summary: localized(event.title, options.lang),
    description: description || undefined,
    location: where || undefined,
    url: online && options.includeOnlineDetails ? online.url : undefined,
    organizer: { name: organizerName, email: event.inbox },
  });
  if (options.attendee) {
    vevent.createAttendee({
      email: options.attendee.email,
      name: options.attendee.name ?? undefined,
      rsvp: options.method === 'REQUEST',
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
    });
  }
  return calendar.toString();
}
