import type { GuestRecord } from '../domain/records';
import { localized, type RsvpEvent } from '../events/event-schema';
import { composeMail, headerSafe } from '../mail/compose';
import type { OutgoingMail } from '../ports/mailer';
import type { DigestModel } from './build-digest';
import { guestsCsv } from './csv';
import { renderDigestHtml } from './render-html';
import { renderDigestText } from './render-text';

/**
 * The digest mail to the event's managers: text and HTML alternatives plus the guest
 * list as a CSV attachment. From the event inbox under the organizer's name; marked
 * auto-generated (RFC 3834) and asking Exchange not to answer it with out-of-office.
 */
export async function composeDigest(event: RsvpEvent, guests: readonly GuestRecord[], model: DigestModel): Promise<OutgoingMail> {
  const organizer = event.organizer ? localized(event.organizer.name, event.language) : null;
  const domain = event.inbox.split('@')[1] ?? 'localhost';
  return composeMail(
    {
      from: organizer ? { name: headerSafe(organizer), address: event.inbox } : event.inbox,
      to: event.managers.map((m) => (m.name ? { name: headerSafe(m.name), address: m.email } : m.email)),
      subject: headerSafe(model.subject, 300),
      text: renderDigestText(model),
      html: renderDigestHtml(model),
      attachments: [{ filename: `${event.id}-${model.day}${model.kind === 'final' ? '-final' : ''}.csv`, content: guestsCsv(guests), contentType: 'text/csv; charset=utf-8' }],
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    },
    'digest',
    domain,
  );
}
