import type { GuestRecord } from '../domain/records';
import { localized, type RsvpEvent } from '../events/event-schema';
import type { OutgoingMail } from '../ports/mailer';
import { deadlineText, detailsHtml, detailsText } from './event-details';
import { composeGuestMail, guestLanguage } from './guest-mail';
import { paragraph } from './html';

/** Texts of an invitation in one language (exported for the tests and a preview). */
export function invitationTexts(event: RsvpEvent, guest: Pick<GuestRecord, 'name' | 'language'>): { subject: string; intro: string[]; outro: string[] } {
  const lang = guestLanguage(guest, event);
  const title = localized(event.title, lang);
  const organizer = event.organizer ? localized(event.organizer.name, lang) : null;
  const description = event.description ? localized(event.description, lang) : null;
  const deadline = deadlineText(event, lang);
  const speaking = (event.agenda ?? []).some((a) => a.speaking);
  const phone = event.organizer?.phone;
  if (lang === 'ro') {
    return {
      subject: `Invitație: ${title}`,
      intro: [guest.name ? `Bună ziua, ${guest.name},` : 'Bună ziua,', `${organizer ?? 'Vă'} ${organizer ? 'vă invită' : 'invităm'} la ${title}.`, ...(description ? [description] : [])],
      outro: [
        `Vă rugăm să confirmați participarea până ${deadline}, răspunzând la acest mesaj, de exemplu „Confirm participarea” sau „Nu pot participa”. Dacă veniți însoțit(ă), scrieți-ne câte persoane veți fi.${speaking ? ' Dacă doriți să luați cuvântul, menționați acest lucru în răspuns.' : ''}`,
        'Puteți răspunde și direct din calendar (Accept / Refuz), cu invitația atașată.',
        ['Cu stimă,', organizer, phone ? `tel. ${phone}` : null].filter(Boolean).join('\n'),
      ],
    };
  }
  return {
    subject: `Invitation: ${title}`,
    intro: [guest.name ? `Dear ${guest.name},` : 'Dear Sir or Madam,', `${organizer ?? 'We'} ${organizer ? 'invites' : 'invite'} you to ${title}.`, ...(description ? [description] : [])],
    outro: [
      `Please let us know whether you will attend by ${deadline}, by replying to this message, e.g. "I will attend" or "I cannot attend". If you bring colleagues, tell us how many of you will come.${speaking ? ' If you would like to speak, please say so in your reply.' : ''}`,
      'You can also answer from your calendar (Accept / Decline) with the attached invitation.',
      ['Kind regards,', organizer, phone ? `tel. ${phone}` : null].filter(Boolean).join('\n'),
    ],
  };
}

/** The invitation to one guest (text + HTML + iCalendar REQUEST), in the guest's language else the event's. */
export function composeInvitation(event: RsvpEvent, guest: Pick<GuestRecord, 'email' | 'name' | 'language' | 'token'>, date?: Date): Promise<OutgoingMail> {
  const lang = guestLanguage(guest, event);
  const t = invitationTexts(event, guest);
  const text = [...t.intro, detailsText(event, lang), ...t.outro].join('\n\n') + '\n';
  const html = [...t.intro.map(paragraph), detailsHtml(event, lang), ...t.outro.map(paragraph)].join('\n');
  return composeGuestMail({ event, guest, lang, purpose: 'invitation', subject: t.subject, text, html: `<!doctype html>\n<html lang="${lang}"><body>\n${html}\n</body></html>\n`, date });
}
