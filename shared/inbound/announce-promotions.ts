import { emptyAckText } from '../acknowledgements/ack-texts';
import { composeAck } from '../acknowledgements/compose-ack';
import type { GuestRecord } from '../domain/records';
import { localized, type RsvpEvent } from '../events/event-schema';
import { buildReplyAddress } from '../invitations/reply-address';
import type { BatchItem } from '../ports/store';
import { isRobotSender } from '../understanding/robots';
import { senderName } from './acknowledge';
import type { InboundDeps } from './inbound-types';

/** Tells guests moved up from the waitlist that their place is confirmed (once each). */
export async function announcePromotions(deps: InboundDeps, event: RsvpEvent, promoted: GuestRecord[], ourInboxes: ReadonlySet<string>, pending: BatchItem[]): Promise<void> {
  const now = deps.clock.now();
  for (const g of promoted) {
    // A one-use latch keyed by the promotion: told once even if this message is replayed.
    if (!(await deps.store.takeToken(`promoted:${event.id}:${g.email}:${g.confirmedAt ?? ''}`, new Date(0), Number.MAX_SAFE_INTEGER / 2, 1))) continue;
    if (ourInboxes.has(g.email) || g.bounce === 'hard' || isRobotSender(g.email)) continue;
    const lang = g.language ?? event.language;
    const mail = await composeAck({
      event,
      from: { address: event.inbox, name: senderName(event, lang, event.inbox) },
      replyTo: buildReplyAddress(event.inbox, event.id, g.token),
      to: { address: g.email, name: g.name },
      lang,
      kind: 'promoted',
      text: { ...emptyAckText(), headcount: g.headcount },
      late: false,
      inReplyTo: null,
      references: [],
      subject: localized(event.title, lang),
      date: now,
    });
    const sent = await deps.transport.send(mail);
    pending.push({ sent: { messageId: sent.messageId, eventId: event.id, purpose: 'ack', sentAt: now.toISOString() } });
  }
}
