import type { GuestRecord } from '../domain/records';
import { localized, type RsvpEvent } from '../events/event-schema';
import type { OutgoingMail } from '../ports/mailer';
import { deadlineText, detailsHtml, detailsText, whenText } from './event-details';
import { composeGuestMail, guestLanguage } from './guest-mail';
import { paragraph } from './html';

type ReminderGuest = Pick<GuestRecord, 'email' | 'name' | 'language' | 'token' | 'status'>;

/** Texts of a reminder; a "maybe" guest is asked to decide, a pending one to answer at all. */
export function reminderTexts(event: RsvpEvent, guest: Pick<GuestRecord, 'name' | 'language' | 'status'>): { subject: string; intro: string[]; outro: string[] } {
  const lang = guestLanguage(guest, event);
  const title = localized(event.title, lang);
  const organizer = event.organizer ? localized(event.organizer.name, lang) : null;
  const deadline = deadlineText(event, lang);
  const when = whenText(event, lang);
  const phone = event.organizer?.phone;
  if (lang === 'ro') {
    return {
      subject: `Reamintire: ${title} – vă rugăm să răspundeți până ${deadline}`,
      intro: [
        guest.name ? `Bună ziua, ${guest.name},` : 'Bună ziua,',
        guest.status === 'maybe'
          ? `Ne-ați scris că nu sunteți încă sigur(ă) dacă veți participa la ${title} (${when}).`
          : `Vă reamintim invitația la ${title} (${when}). Nu am primit încă răspunsul dumneavoastră.`,
      ],
      outro: [
        `Vă rugăm să ne spuneți până ${deadline} dacă veți participa, răspunzând la acest mesaj („Confirm participarea” / „Nu pot participa”) sau din calendar (Accept / Refuz).`,
        ['Cu stimă,', organizer, phone ? `tel. ${phone}` : null].filter(Boolean).join('\n'),
      ],
    };
  }
  return {
    subject: `Reminder: ${title} – please reply by ${deadline}`,
    intro: [
      guest.name ? `Dear ${guest.name},` : 'Dear Sir or Madam,',
      guest.status === 'maybe'
        ? `You told us you were not yet sure whether you can attend ${title} (${when}).`
        : `This is a reminder of our invitation to ${title} (${when}). We have not received your answer yet.`,
    ],
    outro: [
      `Please let us know by ${deadline} whether you will attend, by replying to this message ("I will attend" / "I cannot attend") or from your calendar (Accept / Decline).`,
      ['Kind regards,', organizer, phone ? `tel. ${phone}` : null].filter(Boolean).join('\n'),
    ],
  };
}

/** The reminder to one guest: like the invitation (per-guest Reply-To, iCalendar REQUEST) with the deadline up front. */
export function composeReminder(event: RsvpEvent, guest: ReminderGuest, date?: Date): Promise<OutgoingMail> {
  const lang = guestLanguage(guest, event);
  const t = reminderTexts(event, guest);
  const text = [...t.intro, detailsText(event, lang), ...t.outro].join('\n\n') + '\n';
  const html = [...t.intro.map(paragraph), detailsHtml(event, lang), ...t.outro.map(paragraph)].join('\n');
  return composeGuestMail({ event, guest, lang, purpose: 'reminder', subject: t.subject, text, html: `<!doctype html>\n<html lang="${lang}"><body>\n${html}\n</body></html>\n`, date });
}
