import type { AckKind } from '../acknowledgements/ack-texts';
import { ackTexts, emptyAckText } from '../acknowledgements/ack-texts';
import type { GuestRecord, ReplyRecord } from '../domain/records';
import type { BatchItem } from '../ports/store';
import { errorCode, MailParseError, MessageInProgressError } from '../errors';
import { deadlineInstant, formatDateTime, formatLongDate } from '../events/calendar-dates';
import type { Language, RsvpEvent } from '../events/event-schema';
import { understand } from '../understanding/understand';
import type { Understanding } from '../understanding/types';
import { reviewReason } from '../status/review-reason';
import { acknowledge, senderName } from './acknowledge';
import { judgeAuthenticity } from './authenticity';
import { TEXT_CAP, type InboundDeps, type InboundOutcome, type InboundRequest, type InboundResult } from './inbound-types';
import { announcePromotions } from './announce-promotions';
import { handleBounce } from './handle-bounce';
import { recordEarlyFailure, recordUnparsed } from './record-unparsed';
import { effectiveTime, messageKey } from './message-key';
import { buildReplyAddress } from '../invitations/reply-address';
import { routeMessage } from './route';
import { applyWithRetry, findOrCreateGuest, patchGuest, promoteWaitlist } from './update-guest';

/** The invitation's List-Unsubscribe is `mailto:<inbox>?subject=unsubscribe <eventId>`. */
const UNSUBSCRIBE = /^\s*unsubscribe\b/i;

/**
 * The inbound use case: raw mail → understand → dedup → route → record → acknowledge.
 * Every step is idempotent, so a retry after a crash or a concurrent duplicate delivery
 * yields exactly one history record and at most one acknowledgement.
 */
export async function processInbound(deps: InboundDeps, req: InboundRequest): Promise<InboundResult> {
  const now = deps.clock.now();
  const raw = await deps.rawMail.get(req.rawKey);
  if (raw.length > deps.settings.maxMessageBytes) {
    return recordUnparsed(deps, req, raw, 'oversized', `message of ${raw.length} bytes exceeds the ${deps.settings.maxMessageBytes}-byte limit; kept unread`);
  }
  const events = await deps.events.list(now);
  let u: Understanding;
  try {
    u = await understand(raw, { ownSubjects: events.flatMap((e) => [e.title.ro, e.title.en].filter((t): t is string => !!t)) });
  } catch (error) {
    if (error instanceof MailParseError) return recordUnparsed(deps, req, raw, 'malformed', error.message);
    await recordEarlyFailure(deps, req, raw, error);
    throw error;
  }
  const key = messageKey(u.facts, raw);
  const claim = await deps.store.claimMessage(
    { messageKey: key, sesMessageId: req.sesMessageId, rfcMessageId: u.facts.messageId, rawKey: req.rawKey, receivedAt: req.receivedAt, recipients: req.recipients, verdicts: req.verdicts },
    now,
    deps.settings.leaseMs,
  );
  if (claim.status === 'in-progress') throw new MessageInProgressError(key);
  if (claim.status === 'done') {
    return { messageKey: key, outcome: 'duplicate', eventId: claim.record.eventId, guest: claim.record.guestEmail, ack: 'none', ackLocation: null, ackMessageId: null, detail: claim.status };
  }
  const attempt = claim.record.attempts;
  // The first delivery's receipt time, stable across SES redeliveries of the same mail.
  const delivery: InboundRequest = { ...req, receivedAt: claim.record.receivedAt };
  try {
    // History and sent records are idempotent whole-item puts, written together; only then
    // is the message marked done, and only while this attempt still holds the claim.
    const pending: BatchItem[] = [];
    const result = await handle(deps, delivery, u, key, events, now, pending);
    if (attempt > 1) pending.push({ dropFailed: key });
    await deps.store.commitBatch(pending);
    const ackState = result.ack === 'sent' ? 'sent' : result.ack === 'rate-limited' ? 'skipped' : claim.record.ackState;
    await deps.store.completeMessage(
      {
        ...claim.record,
        state: result.outcome === 'rejected' ? 'rejected' : 'done',
        outcome: result.outcome,
        eventId: result.eventId,
        guestEmail: result.guest,
        ackState,
        ackMessageId: result.ackMessageId ?? claim.record.ackMessageId,
        leaseUntil: null,
        errorCode: null,
        errorMessage: null,
        updatedAt: deps.clock.now().toISOString(),
      },
      attempt,
    );
    return result;
  } catch (error) {
    // Keep the failure with its code; `rsvp replay --failed` reprocesses it.
    await deps.store
      .finishMessage(key, { state: 'failed', errorCode: errorCode(error), errorMessage: String((error as Error)?.message ?? error).slice(0, 500) }, deps.clock.now(), { attempt })
      .catch((e: unknown) => deps.log.error('could not record failure', { messageKey: key, code: errorCode(e) }));
    throw error;
  }
}

function ackLanguage(u: Understanding, guest: GuestRecord | null, event: RsvpEvent | null): Language {
  return u.language ?? guest?.language ?? event?.language ?? 'ro';
}

function historyRecord(base: { event: RsvpEvent; email: string; key: string; req: InboundRequest; u: Understanding; effectiveAt: string; late: boolean }, outcome: string): ReplyRecord {
  const { u } = base;
  return {
    eventId: base.event.id,
    email: base.email,
    messageKey: base.key,
    receivedAt: base.req.receivedAt,
    effectiveAt: base.effectiveAt,
    kind: u.kind,
    intent: u.intent,
    confidence: u.confidence,
    headcount: u.headcount,
    speaker: u.speaker,
    evidence: u.evidence,
    note: u.note,
    text: u.text.slice(0, TEXT_CAP),
    rawKey: base.req.rawKey,
    subject: u.facts.subject.slice(0, 300),
    from: u.facts.from?.address ?? null,
    late: base.late,
    outcome,
  };
}

async function handle(deps: InboundDeps, req: InboundRequest, u: Understanding, key: string, events: RsvpEvent[], now: Date, pending: BatchItem[]): Promise<InboundResult> {
  const { store } = deps;
  const result = (outcome: InboundOutcome, eventId: string | null, guest: string | null, detail: string | null = null): InboundResult => ({ messageKey: key, outcome, eventId, guest, ack: 'none', ackLocation: null, ackMessageId: null, detail });
  const unrouted = (reason: string) => store.addUnrouted({ messageKey: key, receivedAt: req.receivedAt, from: u.facts.from?.address ?? null, subject: u.facts.subject.slice(0, 300), reason, rawKey: req.rawKey, text: u.text.slice(0, TEXT_CAP) });

  const auth = judgeAuthenticity(req.verdicts, req.verdicts ? null : u.facts.auth);
  if (auth.verdict === 'reject') {
    await unrouted(`rejected: ${auth.reason}`);
    deps.log.warn('inbound message rejected', { messageKey: key, reason: auth.reason });
    return result('rejected', null, null, auth.reason);
  }

  if (u.kind === 'bounce') {
    // A forged bounce must not mark a real guest's address as dead.
    if (auth.verdict === 'unverified') {
      await unrouted(`bounce from an unverified sender (${auth.reason}); not applied`);
      return result('unverified', null, null, auth.reason);
    }
    return handleBounce(deps, req, u, key, events, now, result);
  }

  const route = await routeMessage([...req.recipients, ...u.facts.to.map((a) => a.address), ...u.facts.cc.map((a) => a.address)], u.facts, { events, resolveToken: (t) => store.resolveToken(t), findSent: (ids) => store.findSent(ids) }, now);
  const ourInboxes = new Set(events.map((e) => e.inbox));
  if (route.eventId === null) {
    await unrouted(u.kind === 'auto' ? `auto-reply (${u.autoReason ?? 'robot'}); ${route.reason}` : route.reason);
    if (u.kind === 'auto' || auth.verdict !== 'pass') return result(u.kind === 'auto' ? 'auto-reply' : 'unverified', null, null, route.reason);
    if (UNSUBSCRIBE.test(u.facts.subject)) return result('unsubscribed', null, null, route.reason);
    const inbox = req.recipients.map((r) => r.toLowerCase()).find((r) => events.some((e) => e.inbox.split('@')[1] === r.split('@')[1])) ?? events[0]?.inbox;
    if (!inbox) return result('unrouted', null, null, route.reason);
    const lang = ackLanguage(u, null, null);
    const ack = await acknowledge(deps, { messageKey: key, receivedAt: req.receivedAt, event: null, inbox: inbox.replace(/\+[^@]*@/, '@'), fromName: senderName(null, lang, inbox), replyTo: null, kind: 'unrouted', lang, text: emptyAckText(), late: false, understanding: u, ourInboxes, pending });
    return { ...result('unrouted', null, null, route.reason), ...ack };
  }

  const event = events.find((e) => e.id === route.eventId)!;
  const sender = u.facts.from?.address ?? null;
  // A calendar answer names its ATTENDEE; when that is not who sent it (a delegate, or a
  // forger), the sender is answering for someone else: review, never a status change.
  const attendee = u.kind === 'calendar' ? u.calendar?.attendee ?? null : null;
  const foreignAttendee = !route.tokenGuest && attendee !== null && sender !== null && attendee !== sender;
  const email = route.tokenGuest ?? (foreignAttendee ? sender : (attendee ?? sender));
  if (!email) {
    await unrouted('no sender address');
    return result('unrouted', event.id, null, 'no sender address');
  }
  const effectiveAt = effectiveTime(u.facts.date, req.receivedAt);
  const late = Date.parse(req.receivedAt) > deadlineInstant(event).getTime();
  const base = { event, email, key, req, u, effectiveAt, late };

  if (u.kind === 'auto' || auth.verdict === 'unverified') {
    // Robots and unverifiable senders never create guests nor change a status.
    const guest = await store.getGuest(event.id, email);
    const outcome = u.kind === 'auto' ? 'auto-reply' : 'unverified';
    if (!guest) {
      await unrouted(`${outcome}${auth.verdict === 'unverified' ? `: ${auth.reason}` : ''} from an address not on the list of ${event.id}`);
      return result(outcome, event.id, null);
    }
    pending.push({ reply: historyRecord(base, outcome) });
    if (auth.verdict === 'unverified') await patchGuest(store, event.id, email, () => ({ reviewReason: reviewReason('unverified', auth.reason) }), now);
    return result(outcome, event.id, email, auth.verdict === 'unverified' ? auth.reason : u.autoReason);
  }

  const decision = { messageKey: key, effectiveAt, intent: u.intent ?? 'unknown', headcount: u.headcount, speaker: u.speaker, note: u.note, onBehalfOf: foreignAttendee ? attendee : u.onBehalfOf, late, evidence: u.evidence } as const;
  // The manager answering the digest (or writing to the inbox) is not an RSVP, unless
  // the manager is also on the guest list.
  const isManager = event.managers.some((m) => m.email === email);
  if (!route.tokenGuest && (route.threadTo === 'digest' || isManager) && !(await store.getGuest(event.id, email))) {
    await unrouted(`message from a manager of ${event.id}${route.threadTo === 'digest' ? ' (reply to the digest)' : ''}`);
    return result('manager', event.id, null);
  }
  if (UNSUBSCRIBE.test(u.facts.subject)) {
    const updated = await patchGuest(store, event.id, email, (g) => (g.unsubscribed ? null : { unsubscribed: true }), now);
    if (updated) pending.push({ reply: historyRecord(base, 'unsubscribed') });
    else await unrouted(`unsubscribe request from an address not on the list of ${event.id}`);
    return result('unsubscribed', event.id, updated ? email : null);
  }

  // Mail to the event's plus address (or by subject / only open event) mostly comes from
  // people not on the list; a per-guest address or a thread to our mail, from guests.
  const likelyNew = route.via === 'plus' || route.via === 'subject' || route.via === 'only-open';
  const found = await findOrCreateGuest(store, event, email, route.tokenGuest ? null : (u.facts.from?.name ?? null), decision, now, likelyNew);
  if (!found) {
    pending.push({ reply: historyRecord(base, 'not-invited') });
    await unrouted(`not on the guest list of ${event.id} (acceptUninvited is false)`);
    const lang = ackLanguage(u, null, event);
    const ack = await acknowledge(deps, { messageKey: key, receivedAt: req.receivedAt, event, inbox: event.inbox, fromName: senderName(event, lang, event.inbox), replyTo: null, kind: 'review', lang, text: emptyAckText(), late, understanding: u, ourInboxes, pending });
    return { ...result('not-invited', event.id, email), ...ack };
  }

  const { result: applied, guest } = found.applied ?? (await applyWithRetry(store, event, email, decision, now, found.guest));
  const outcome: InboundOutcome = applied.outcome === 'already-applied' ? statusOutcome(guest.status) : applied.outcome;
  pending.push({ reply: historyRecord(base, outcome) });
  // Any reply that leaves this guest unconfirmed may have freed seats (also when this is a
  // retry whose first attempt already declined them): the waitlist moves up.
  if (event.capacity !== undefined && guest.status !== 'yes' && guest.status !== 'waitlist') await announcePromotions(deps, event, await promoteWaitlist(store, event, now), ourInboxes, pending);

  const lang = ackLanguage(u, guest, event);
  const kind: AckKind = outcome === 'not-invited' || outcome === 'already-applied' ? 'review' : (outcome as AckKind);
  const ack = await acknowledge(deps, {
    messageKey: key,
    receivedAt: req.receivedAt,
    event,
    inbox: event.inbox,
    fromName: senderName(event, lang, event.inbox),
    replyTo: buildReplyAddress(event.inbox, event.id, route.via === 'token' ? guest.token : null),
    kind,
    lang,
    text: {
      headcount: guest.headcount,
      speaker: guest.speaker,
      deadline: formatLongDate(deadlineInstant(event), event.timeZone, lang),
      keptStatus: ackTexts[lang].statusWords[guest.status] ?? guest.status,
      keptAt: guest.respondedAt ? formatDateTime(guest.respondedAt, event.timeZone, lang) : null,
      forGuest: route.via === 'token' && sender !== email ? (guest.name ? `${guest.name} <${email}>` : email) : null,
      onBehalfOf: u.onBehalfOf,
    },
    late,
    understanding: u,
    ourInboxes,
    pending,
  });
  deps.log.info('reply recorded', { messageKey: key, eventId: event.id, outcome, via: route.via, kind: u.kind, intent: u.intent, ack: ack.ack });
  return { ...result(outcome, event.id, email), ...ack };
}

function statusOutcome(status: GuestRecord['status']): InboundOutcome {
  return status === 'yes' ? 'confirmed' : status === 'no' ? 'declined' : status === 'maybe' ? 'maybe' : status === 'waitlist' ? 'waitlisted' : 'review';
}


