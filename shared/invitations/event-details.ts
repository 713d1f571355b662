import { deadlineInstant, formatDateTime, formatLongDate, formatTime, localDay } from '../events/calendar-dates';
import { localized, type Language, type RsvpEvent } from '../events/event-schema';
import { escapeHtml } from './html';

/** One labelled line of the details block ("Când: …"); `href` makes the value a link in HTML. */
export interface DetailLine {
  label: string;
  value: string;
  href?: string;
}

const labels = {
  ro: { when: 'Când', where: 'Unde', online: 'Online', password: 'parola', programme: 'Program', deadline: 'Confirmare până', time: 'ora' },
  en: { when: 'When', where: 'Where', online: 'Online', password: 'password', programme: 'Programme', deadline: 'Please reply by', time: '' },
} as const;

/** "luni, 20 ianuarie 2020, ora 10:00–13:00": weekdays computed from the calendar, never typed. */
export function whenText(event: RsvpEvent, lang: Language): string {
  const sameDay = localDay(new Date(event.startsAt), event.timeZone) === localDay(new Date(event.endsAt), event.timeZone);
  if (!sameDay) return `${formatDateTime(event.startsAt, event.timeZone, lang)} – ${formatDateTime(event.endsAt, event.timeZone, lang)}`;
  const range = `${formatTime(event.startsAt, event.timeZone)}–${formatTime(event.endsAt, event.timeZone)}`;
  return `${formatLongDate(event.startsAt, event.timeZone, lang)}, ${lang === 'ro' ? `${labels.ro.time} ` : ''}${range}`;
}

/** The RSVP deadline as people read it: a date alone when it is a whole day. */
export function deadlineText(event: RsvpEvent, lang: Language): string {
  const at = deadlineInstant(event);
  return /^\d{4}-\d{2}-\d{2}$/.test(event.rsvpDeadline) ? formatLongDate(at, event.timeZone, lang) : formatDateTime(at, event.timeZone, lang);
}

/** The facts every invitation and reminder repeats: when, where, the link, the deadline. */
export function detailLines(event: RsvpEvent, lang: Language): DetailLine[] {
  const l = labels[lang];
  const lines: DetailLine[] = [{ label: l.when, value: whenText(event, lang) }];
  const place = event.location.place;
  if (place) {
    const notes = place.notes ? ` (${localized(place.notes, lang)})` : '';
    lines.push({ label: l.where, value: `${place.name}, ${place.address}${place.city ? `, ${place.city}` : ''}${notes}` });
  }
  const online = event.location.online;
  if (online) {
    lines.push({ label: `${l.online} (${online.platform})`, value: online.url, href: online.url });
    if (online.password) lines.push({ label: l.password.replace(/^./, (c) => c.toUpperCase()), value: online.password });
  }
  lines.push({ label: l.deadline, value: deadlineText(event, lang) });
  return lines;
}

/** Agenda lines, "11:00–11:05  Prezentare … – Lavinia Simion". */
export function agendaLines(event: RsvpEvent, lang: Language): string[] {
  return (event.agenda ?? []).map((item) => `${item.start}–${item.end}  ${localized(item.title, lang)}${item.presenter ? ` – ${item.presenter}` : ''}`);
}

/** The details block as plain text. */
export function detailsText(event: RsvpEvent, lang: Language): string {
  const parts = [detailLines(event, lang).map((d) => `${d.label}: ${d.value}`).join('\n')];
  const agenda = agendaLines(event, lang);
  if (agenda.length) parts.push(`${labels[lang].programme}:\n${agenda.join('\n')}`);
  return parts.join('\n\n');
}

/** The details block as HTML (every value escaped; links only to the event's own URL). */
export function detailsHtml(event: RsvpEvent, lang: Language): string {
  const rows = detailLines(event, lang)
    .map((d) => `<tr><th align="left" valign="top" style="padding-right:1em">${escapeHtml(d.label)}</th><td>${d.href ? `<a href="${escapeHtml(d.href)}">${escapeHtml(d.value)}</a>` : escapeHtml(d.value)}</td></tr>`)
    .join('\n');
  const agenda = agendaLines(event, lang);
  const agendaHtml = agenda.length ? `\n<p><strong>${escapeHtml(labels[lang].programme)}</strong></p>\n<ul>\n${agenda.map((a) => `<li>${escapeHtml(a)}</li>`).join('\n')}\n</ul>` : '';
  return `<table role="presentation">\n${rows}\n</table>${agendaHtml}`;
}
