import type { AckKind, AckTextInput } from '../acknowledgements/ack-texts';
import { composeAck } from '../acknowledgements/compose-ack';
import type { Language, RsvpEvent } from '../events/event-schema';
import { localized } from '../events/event-schema';
import { TransportError } from '../errors';
import { isRobotSender } from '../understanding/robots';
import type { Understanding } from '../understanding/types';
import type { BatchItem } from '../ports/store';
import type { InboundDeps, InboundResult } from './inbound-types';

const HOUR = 3_600_000;
const PLAIN_ADDRESS = /^[^\s@<>()",;:\\]+@[^\s@<>()",;:\\]+\.[^\s@<>()",;:\\]+$/;

export interface AckPlan {
  messageKey: string;
  /** When the message was first received (stable across redeliveries): picks the sender's rate window. */
  receivedAt: string;
  event: RsvpEvent | null;
  /** Our inbox the reply reached (for unrouted mail, the recipient that is one of ours). */
  inbox: string;
  fromName: string;
  replyTo: string | null;
  kind: AckKind;
  lang: Language;
  text: AckTextInput;
  late: boolean;
  understanding: Understanding;
  ourInboxes: ReadonlySet<string>;
  /** Where the sent record goes (written with the message's final state). */
  pending: BatchItem[];
}

/**
 * Sends at most one acknowledgement per message (RFC 3834 hygiene): to Reply-To or
 * From, never to robots or our own inboxes, at most N per sender per hour, and only
 * once even when the same message is processed twice. One conditional write reserves it
 * before sending; a crash after that loses the acknowledgement rather than doubling it.
 */
export async function acknowledge(deps: InboundDeps, plan: AckPlan): Promise<Pick<InboundResult, 'ack' | 'ackLocation' | 'ackMessageId'>> {
  const facts = plan.understanding.facts;
  const to = facts.replyTo ?? facts.from;
  if (!to || !PLAIN_ADDRESS.test(to.address) || isRobotSender(to.address) || plan.ourInboxes.has(to.address)) return { ack: 'skipped', ackLocation: null, ackMessageId: null };
  const now = deps.clock.now();
  // The window is the hour the message was received in (not processed in), so a retry of
  // the same message finds its own reservation: at most one acknowledgement per message.
  const window = new Date(Math.floor(Date.parse(plan.receivedAt) / HOUR) * HOUR);
  const reserved = await deps.store.reserveAck(to.address, plan.messageKey, window, HOUR, deps.settings.ackLimitPerHour);
  if (reserved === 'already') return { ack: 'already-sent', ackLocation: null, ackMessageId: null };
  if (reserved === 'limited') {
    deps.log.warn('ack rate limit reached', { messageKey: plan.messageKey });
    return { ack: 'rate-limited', ackLocation: null, ackMessageId: null };
  }
  const mail = await composeAck({
    event: plan.event,
    from: { address: plan.inbox, name: plan.fromName },
    replyTo: plan.replyTo,
    to,
    lang: plan.lang,
    kind: plan.kind,
    text: plan.text,
    late: plan.late,
    inReplyTo: facts.messageId,
    references: facts.references,
    subject: facts.subject,
    date: now,
  });
  let sent;
  try {
    sent = await deps.transport.send(mail);
  } catch (error) {
    // SES said no: nothing went out, so a retry of this message may acknowledge it.
    if (error instanceof TransportError && error.notSent) await deps.store.releaseAck(to.address, plan.messageKey, window);
    throw error;
  }
  plan.pending.push({ sent: { messageId: sent.messageId, eventId: plan.event?.id ?? '', purpose: 'ack', sentAt: now.toISOString() } });
  // The message's final update records ackState "sent" with this id.
  return { ack: 'sent', ackLocation: sent.location, ackMessageId: sent.messageId };
}

/** The display name we send as, in a language. */
export function senderName(event: RsvpEvent | null, lang: Language, inbox: string): string {
  return event?.organizer ? localized(event.organizer.name, lang) : event ? localized(event.title, lang) : inbox;
}
