import { buildEventIcs } from '../calendar/event-ics';
import type { Language, RsvpEvent } from '../events/event-schema';
import { composeMail, headerSafe } from '../mail/compose';
import type { OutgoingMail } from '../ports/mailer';
import { ackTexts, type AckKind, type AckTextInput } from './ack-texts';
import { eventDetailLines } from './event-details';

export interface AckRequest {
  /** The event, when the reply was routed to one. */
  event: RsvpEvent | null;
  /** Our address (From) and its display name. */
  from: { address: string; name: string };
  /** Where a correction should go (the event's plus address or the guest's own). */
  replyTo: string | null;
  to: { address: string; name: string | null };
  lang: Language;
  kind: AckKind;
  text: AckTextInput;
  late: boolean;
  /** The reply's Message-ID and thread, for In-Reply-To/References. */
  inReplyTo: string | null;
  references: string[];
  subject: string;
  /** The clock's now: the Date header (RSVP_CLOCK-aware). */
  date: Date;
}

// The confirmation .ics and the details text are the same for every guest of an event:
// computed once per event object (a reloaded event is a new object) and language.
const icsCache = new WeakMap<RsvpEvent, Map<Language, string>>();
const detailsCache = new WeakMap<RsvpEvent, Map<string, string[]>>();

function memo<V, K>(cache: WeakMap<RsvpEvent, Map<K, V>>, event: RsvpEvent, key: K, make: () => V): V {
  let perEvent = cache.get(event);
  if (!perEvent) cache.set(event, (perEvent = new Map()));
  let value = perEvent.get(key);
  if (value === undefined) perEvent.set(key, (value = make()));
  return value;
}

const CONFIRMED: ReadonlySet<AckKind> = new Set(['confirmed', 'promoted']);
const MAX_REFERENCES = 20;

/** "Re: <their subject>", once, with header-unsafe characters removed. */
export function replySubject(subject: string, fallback: string): string {
  const clean = headerSafe(subject, 180) || fallback;
  return /^(re|aw|sv|răspuns|raspuns|r)\s*:/i.test(clean) ? clean : `Re: ${clean}`;
}

/**
 * The acknowledgement: says how we read the message and how to correct it, in the
 * reply's language. RFC 3834 §3.1.7 `Auto-Submitted: auto-replied` and
 * `X-Auto-Response-Suppress: All` (Exchange) keep other robots from answering it.
 */
export async function composeAck(req: AckRequest): Promise<OutgoingMail> {
  const t = ackTexts[req.lang];
  const body: string[] = [t.greeting, ''];
  if (req.late) body.push(t.late(req.text.deadline), '');
  body.push(t.summary(req.kind, req.text));
  if (req.text.forGuest) body.push(t.forGuest(req.text.forGuest));
  // After the deadline registration is closed: no details, link or calendar entry; the
  // organisers decide (they are told through the digest).
  if (req.event && !req.late && (CONFIRMED.has(req.kind) || req.kind === 'maybe' || req.kind === 'waitlisted')) {
    const withOnline = CONFIRMED.has(req.kind);
    body.push('', ...memo(detailsCache, req.event, `${req.lang}|${withOnline}`, () => eventDetailLines(req.event!, req.lang, withOnline)));
  }
  if (req.kind !== 'unrouted') body.push('', t.correct);
  body.push('', '--', t.signature);

  const references = [...req.references, ...(req.inReplyTo ? [req.inReplyTo] : [])].slice(-MAX_REFERENCES);
  const attachments =
    req.event && !req.late && CONFIRMED.has(req.kind)
      ? [
          {
            filename: `${req.event.id}.ics`,
            content: memo(icsCache, req.event, req.lang, () => buildEventIcs(req.event!, { method: 'PUBLISH', lang: req.lang, includeOnlineDetails: true })),
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          },
        ]
      : [];
  const domain = req.from.address.split('@')[1] ?? 'rsvp.invalid';
  return composeMail(
    {
      from: { name: headerSafe(req.from.name), address: req.from.address },
      to: { name: req.to.name ? headerSafe(req.to.name) : '', address: req.to.address },
      ...(req.replyTo ? { replyTo: req.replyTo } : {}),
      subject: replySubject(req.subject, req.event ? req.event.id : 'RSVP'),
      ...(req.inReplyTo ? { inReplyTo: req.inReplyTo } : {}),
      ...(references.length ? { references } : {}),
      text: body.join('\n'),
      attachments,
      headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All', Precedence: 'auto_reply' },
      date: req.date,
    },
    'ack',
    domain,
  );
}
