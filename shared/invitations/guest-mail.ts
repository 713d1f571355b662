import type { GuestRecord } from '../domain/records';
import { buildEventIcs } from '../calendar/event-ics';
import { localized, type Language, type RsvpEvent } from '../events/event-schema';
import { composeMail, headerSafe } from '../mail/compose';
import type { OutgoingMail } from '../ports/mailer';
import { buildReplyAddress } from './reply-address';

export interface GuestMailInput {
  event: RsvpEvent;
  guest: Pick<GuestRecord, 'email' | 'name' | 'token'>;
  lang: Language;
  purpose: 'invitation' | 'reminder';
  subject: string;
  text: string;
  html: string;
  /** The Date header (the injected clock's now); nodemailer's wall clock otherwise. */
  date?: Date;
}

/** The language we write to a guest in: theirs when known, else the event's. */
export function guestLanguage(guest: Pick<GuestRecord, 'language'>, event: Pick<RsvpEvent, 'language'>): Language {
  return guest.language ?? event.language;
}

/**
 * `mailto:` List-Unsubscribe target (RFC 2369): the event's plus address (routes to the
 * event even when several are open) with the subject the router recognises.
 */
export function unsubscribeMailto(event: Pick<RsvpEvent, 'id' | 'inbox'>): string {
  return `mailto:${buildReplyAddress(event.inbox, event.id, null)}?subject=${encodeURIComponent(`unsubscribe ${event.id}`)}`;
}

/**
 * Composes a mail to one guest about an event: From the inbox with the organizer's name,
 * Reply-To the guest's own address (`<local>+<eventId>.<token>@<domain>`, so a reply
 * counts for them whatever address it comes from), and the event as an iCalendar
 * REQUEST — nodemailer puts it both as a `text/calendar; method=REQUEST` alternative
 * (Outlook and Gmail show Accept/Decline) and as an `invite.ics` attachment — whose
 * ORGANIZER is the inbox and ATTENDEE the guest, so calendar answers come back to us.
 */
export async function composeGuestMail(input: GuestMailInput): Promise<OutgoingMail> {
  const { event, guest, lang } = input;
  if (!guest.token) throw new Error(`guest ${event.id}/${guest.email} has no reply token`);
  const domain = event.inbox.split('@')[1] ?? 'rsvp.invalid';
  const fromName = event.organizer ? localized(event.organizer.name, lang) : '';
  const ics = buildEventIcs(event, { method: 'REQUEST', lang, attendee: { email: guest.email, name: guest.name }, includeOnlineDetails: true });
  return composeMail(
    {
      from: { name: headerSafe(fromName), address: event.inbox },
      to: guest.name ? { name: headerSafe(guest.name), address: guest.email } : guest.email,
      replyTo: buildReplyAddress(event.inbox, event.id, guest.token),
      subject: headerSafe(input.subject, 300),
      ...(input.date ? { date: input.date } : {}),
      text: input.text,
      html: input.html,
      icalEvent: { method: 'REQUEST', filename: lang === 'ro' ? 'invitatie.ics' : 'invitation.ics', content: ics },
      headers: {
        // RFC 3834: this is machine-sent; vacation responders must not answer it.
        'Auto-Submitted': 'auto-generated',
        'X-Auto-Response-Suppress': 'OOF, AutoReply',
        'List-Unsubscribe': `<${unsubscribeMailto(event)}>`,
      },
    },
    input.purpose,
    domain,
  );
}
