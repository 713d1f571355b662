import ICAL from 'ical.js';
import type { MailPart } from './parse-mail';
import type { CalendarReply, Intent } from './types';

const CALENDAR_TYPES = new Set(['text/calendar', 'application/ics', 'text/x-vcalendar', 'application/x-ics']);
const METHOD_LINE = /^METHOD[ \t]*:[ \t]*([A-Za-z-]+)/m;
const UNFOLD = /\r?\n[ \t]/g;

/**
 * Finds an iMIP reply (RFC 6047) among the message parts: a `text/calendar` part whose
 * METHOD is REPLY (or COUNTER, a reply proposing a new time), inline or attached, with or without a `method=` Content-Type parameter.
 * mailparser surfaces every calendar part as an attachment with its content decoded from
 * base64/QP, so this only has to decode the charset and read the iCalendar.
 * @param fromAddress the sender, to pick their ATTENDEE when a reply lists several.
 */
export function findCalendarReply(parts: readonly MailPart[], fromAddress?: string): CalendarReply | null {
  for (const part of parts) {
    if (!isCalendarPart(part)) continue;
    const text = decode(part);
    const declared = part.params['method']?.toUpperCase();
    const method = (METHOD_LINE.exec(text)?.[1] ?? declared)?.toUpperCase();
    // RFC 5546 §3.2.7: COUNTER is the attendee's answer with a new time proposed ("Propose New Time" in
    // Outlook), its PARTSTAT still the answer (h189_073: TENTATIVE, "Could we start at 12:00?").
    if (method !== 'REPLY' && method !== 'COUNTER') continue;
    const reply = readReply(text, fromAddress) ?? readReplyLoosely(text);
    return reply && method === 'COUNTER' ? { ...reply, method } : reply;
  }
  return null;
}

/** PARTSTAT → intent (RFC 5545 §3.2.12); NEEDS-ACTION, DELEGATED and unknown values say nothing. */
export function partstatToIntent(partstat: string): Intent {
  switch (partstat.toUpperCase()) {
    case 'ACCEPTED':
      return 'yes';
    case 'DECLINED':
      return 'no';
    case 'TENTATIVE':
      return 'maybe';
    default:
      return 'unknown';
  }
}

// Meeting-response subject prefixes Outlook writes in its users' languages.
const RESPONSE_PREFIX: readonly [RegExp, string][] = [
  [/^\s*(accepted|acceptat|akzeptiert|accepte|aceptado|accettato|geaccepteerd|zaakceptowano|prihvaceno)\s*:/i, 'ACCEPTED'],
  [/^\s*(declined|refuzat|respins|abgelehnt|refuse|rechazado|rifiutato|afgewezen|odrzucono|odbijeno)\s*:/i, 'DECLINED'],
  [/^\s*(tentative|tentativ|mit vorbehalt|provisoire|provisional|provvisorio|voorlopig|wstepnie)\s*:/i, 'TENTATIVE'],
];

/**
 * Outlook sometimes answers a meeting with only a TNEF blob (winmail.dat) and no iCalendar:
 * the meeting-response subject ("Accepted: …", "Refuzat: …") is then all there is to read.
 */
export function calendarFromTnefSubject(subject: string, parts: readonly MailPart[], fromAddress?: string): CalendarReply | null {
  if (!parts.some((part) => part.contentType === 'application/ms-tnef')) return null;
  const folded = subject.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const [prefix, partstat] of RESPONSE_PREFIX) {
    if (prefix.test(folded)) return { method: 'REPLY', partstat, attendee: fromAddress ?? null, uid: null, comment: null };
  }
  return null;
}

function isCalendarPart(part: MailPart): boolean {
  return CALENDAR_TYPES.has(part.contentType) || (part.filename !== null && /\.ics$/i.test(part.filename));
}

function decode(part: MailPart): string {
  const charset = (part.params['charset'] ?? 'utf-8').toLowerCase();
  // RFC 5545 §3.1.4 mandates UTF-8; the only other charset seen in the wild is Latin-1.
  const text = charset === 'iso-8859-1' || charset === 'latin1' || charset === 'windows-1252'
    ? part.content.toString('latin1')
    : part.content.toString('utf8');
  return strayQuotedPrintable(text.replace(/^\uFEFF/, ''));
}

// "PARTSTAT=3DACCEPTED": an iCalendar's own "=" written as quoted-printable.
const QP_EQUALS = /[;:][A-Z-]+=3D/;
/**
 * A calendar part encoded quoted-printable but labelled "7bit" (h412_065, a Google Calendar reply relayed through a
 * gateway that re-encoded it): mailparser leaves it as it came, and its "=3D" and soft line breaks hide the PARTSTAT.
 * Decoded here only when an iCalendar parameter shows the sign, so a real "=" elsewhere is never touched.
 */
function strayQuotedPrintable(text: string): string {
  // Only an all-ASCII text: quoted-printable has no other bytes, and a decoded one must not be decoded twice.
  if (!QP_EQUALS.test(text) || !/^[\x00-\x7f]*$/.test(text)) return text;
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function readReply(text: string, fromAddress: string | undefined): CalendarReply | null {
  try {
    const root = new ICAL.Component(ICAL.parse(text));
    const event = root.getFirstSubcomponent('vevent');
    if (!event) return null;
    const attendees = event.getAllProperties('attendee');
    const mine =
      attendees.find((prop) => mailto(String(prop.getFirstValue())) === fromAddress) ??
      attendees[0];
    const partstat = mine?.getParameter('partstat');
    const comment = event.getFirstPropertyValue('comment');
    const uid = event.getFirstPropertyValue('uid');
    return {
      method: 'REPLY',
      partstat: (typeof partstat === 'string' ? partstat : 'NEEDS-ACTION').toUpperCase(),
      attendee: mine ? mailto(String(mine.getFirstValue())) : null,
      uid: typeof uid === 'string' && uid !== '' ? uid : null,
      comment: typeof comment === 'string' && comment.trim() !== '' ? comment.trim() : null,
    };
  } catch {
    return null;
  }
}

const ATTENDEE_LINE = /^ATTENDEE((?:;[^:\r\n]*)?):(.*)$/im;
const PARTSTAT_PARAM = /;PARTSTAT=([A-Za-z-]+)/i;
const UID_LINE = /^UID[^:\r\n]*:(.*)$/im;
const COMMENT_LINE = /^COMMENT[^:\r\n]*:(.*)$/im;

/** For iCalendar ical.js refuses (clients do emit broken files): read the lines directly. */
function readReplyLoosely(text: string): CalendarReply | null {
  const unfolded = text.replace(UNFOLD, '');
  const attendee = ATTENDEE_LINE.exec(unfolded);
  if (!attendee) return null;
  const comment = COMMENT_LINE.exec(unfolded)?.[1]?.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1').trim();
  return {
    method: 'REPLY',
    partstat: (PARTSTAT_PARAM.exec(attendee[1] ?? '')?.[1] ?? 'NEEDS-ACTION').toUpperCase(),
    attendee: mailto(attendee[2] ?? ''),
    uid: UID_LINE.exec(unfolded)?.[1]?.trim() || null,
    comment: comment ? comment : null,
  };
}

/** `MAILTO:` and `mailto:` alike (RFC 3986 schemes are case-insensitive), lower-cased. */
function mailto(value: string): string | null {
  const address = value.trim().replace(/^mailto:/i, '').trim().toLowerCase();
  return address.includes('@') ? address : null;
}
