import type { Understanding } from '../understanding/types';
import type { RsvpEvent } from '../events/event-schema';
import { TEXT_CAP, type InboundDeps, type InboundOutcome, type InboundRequest, type InboundResult } from './inbound-types';
import { patchGuest } from './update-guest';

/**
 * A delivery report marks the bounced address `hard` (5.x.x) or `soft` (4.x.x). Bounces come
 * back to the bare inbox, without our plus address: the address is marked wherever it is a
 * guest. A soft bounce never downgrades a hard one.
 */
export async function handleBounce(deps: InboundDeps, req: InboundRequest, u: Understanding, key: string, events: RsvpEvent[], now: Date, result: (o: InboundOutcome, e: string | null, g: string | null, d?: string | null) => InboundResult): Promise<InboundResult> {
  const bounced = u.bounced;
  if (!bounced) {
    await deps.store.addUnrouted({ messageKey: key, receivedAt: req.receivedAt, from: u.facts.from?.address ?? null, subject: u.facts.subject, reason: 'bounce without a recipient address', rawKey: req.rawKey, text: u.text.slice(0, TEXT_CAP) });
    return result('bounce', null, null, 'no bounced address found');
  }
  const state = u.bounceType ?? 'hard';
  let marked: string | null = null;
  // Bounces come back to the inbox without our plus address; mark the address wherever it is a guest.
  for (const event of events) {
    const updated = await patchGuest(deps.store, event.id, bounced, (g) => (g.bounce === 'hard' && state === 'soft' ? null : { bounce: state }), now);
    if (updated) marked = marked ? marked : event.id;
  }
  deps.log.info('bounce recorded', { messageKey: key, bounce: state, matched: marked !== null });
  return result('bounce', marked, bounced, `${state} bounce`);
}
