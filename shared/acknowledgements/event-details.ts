import { formatDateTime, formatLongDate, formatTime } from '../events/calendar-dates';
import { localized, type Language, type RsvpEvent } from '../events/event-schema';
import { ackTexts } from './ack-texts';

/**
 * The event's practical details as text lines. The weekday is computed from the date
 * (the seed invitations had it wrong twice). The online link and password are only
 * given to confirmed guests.
 */
export function eventDetailLines(event: RsvpEvent, lang: Language, includeOnline: boolean): string[] {
  const t = ackTexts[lang].details;
  const lines = [localized(event.title, lang)];
  const sameDay = formatLongDate(event.startsAt, event.timeZone, lang) === formatLongDate(event.endsAt, event.timeZone, lang);
  lines.push(`${t.when}: ${formatDateTime(event.startsAt, event.timeZone, lang)}${sameDay ? ` – ${formatTime(event.endsAt, event.timeZone)}` : ` – ${formatDateTime(event.endsAt, event.timeZone, lang)}`}`);
  const place = event.location.place;
  if (place) lines.push(`${t.where}: ${place.name}, ${place.address}${place.city ? `, ${place.city}` : ''}`);
  const online = event.location.online;
  if (online) {
    lines.push(includeOnline ? `${t.online} (${online.platform}): ${online.url}${online.password ? `, ${t.password}: ${online.password}` : ''}` : `${t.online}: ${online.platform}`);
  }
  if (event.agenda?.length) {
    lines.push('', `${t.agenda}:`);
    for (const item of event.agenda) lines.push(`${item.start}–${item.end}  ${localized(item.title, lang)}${item.presenter ? ` – ${item.presenter}` : ''}`);
  }
  return lines;
}
