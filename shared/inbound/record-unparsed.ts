import { errorCode, MessageInProgressError } from '../errors';
import type { InboundDeps, InboundRequest, InboundResult } from './inbound-types';
import { rawKeyHash } from './message-key';

/** Mail too large or too broken to read: kept (raw key), recorded for review, never answered. */
export async function recordUnparsed(deps: InboundDeps, req: InboundRequest, raw: Buffer, outcome: 'oversized' | 'malformed', reason: string): Promise<InboundResult> {
  const now = deps.clock.now();
  const key = rawKeyHash(raw);
  const claim = await deps.store.claimMessage({ messageKey: key, sesMessageId: req.sesMessageId, rfcMessageId: null, rawKey: req.rawKey, receivedAt: req.receivedAt, recipients: req.recipients, verdicts: req.verdicts }, now, deps.settings.leaseMs);
  if (claim.status === 'in-progress') throw new MessageInProgressError(key);
  if (claim.status === 'done') return { messageKey: key, outcome: 'duplicate', eventId: null, guest: null, ack: 'none', ackLocation: null, ackMessageId: null, detail: claim.status };
  await deps.store.addUnrouted({ messageKey: key, receivedAt: req.receivedAt, from: null, subject: '', reason: `${outcome}: ${reason}`, rawKey: req.rawKey, text: '' });
  await deps.store.finishMessage(key, { state: 'done', outcome }, now);
  deps.log.warn('inbound message not parsed', { messageKey: key, outcome });
  return { messageKey: key, outcome, eventId: null, guest: null, ack: 'none', ackLocation: null, ackMessageId: null, detail: reason };
}

/** A failure before the message could be keyed (a parser fault): still recorded, so replay finds it. */
export async function recordEarlyFailure(deps: InboundDeps, req: InboundRequest, raw: Buffer, error: unknown): Promise<void> {
  const now = deps.clock.now();
  const key = rawKeyHash(raw);
  try {
    const claim = await deps.store.claimMessage({ messageKey: key, sesMessageId: req.sesMessageId, rfcMessageId: null, rawKey: req.rawKey, receivedAt: req.receivedAt, recipients: req.recipients, verdicts: req.verdicts }, now, deps.settings.leaseMs);
    if (claim.status === 'claimed') await deps.store.finishMessage(key, { state: 'failed', errorCode: errorCode(error), errorMessage: String((error as Error)?.message ?? error).slice(0, 500) }, now);
    if (claim.status === 'in-progress') throw new MessageInProgressError(key);
  } catch (e) {
    deps.log.error('could not record failure', { messageKey: key, code: errorCode(e) });
  }
}
