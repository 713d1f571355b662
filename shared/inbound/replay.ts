import type { MessageRecord } from '../domain/records';
import { MailParseError } from '../errors';
import { understand } from '../understanding/understand';
import { messageKey, rawKeyHash } from './message-key';
import type { InboundDeps, InboundResult } from './inbound-types';
import { processInbound } from './process-inbound';

export interface ReplayOutcome {
  messageKey: string;
  result: InboundResult | null;
  error: string | null;
}

/**
 * Reprocesses one recorded message from its stored raw mail and delivery facts.
 * Idempotent: a message already done reports `duplicate` and changes nothing.
 */
export async function replayMessage(deps: InboundDeps, record: MessageRecord): Promise<InboundResult> {
  const result = await processInbound(deps, {
    rawKey: record.rawKey,
    sesMessageId: record.sesMessageId,
    recipients: record.recipients ?? [],
    receivedAt: record.receivedAt,
    verdicts: record.verdicts ?? null,
  });
  // A failure recorded before the message could be keyed lives under the raw hash:
  // once the message is processed under its real key, close that record.
  if (result.messageKey !== record.messageKey && record.state !== 'done') {
    await deps.store.finishMessage(record.messageKey, { state: 'done', outcome: `replayed as ${result.messageKey}` }, deps.clock.now());
  }
  return result;
}

/**
 * Replays every failed message. (A crashed attempt left "processing" is retried by Lambda's
 * async retries or the local spool, and ends in the failure queue or the failed list.)
 */
export async function replayFailed(deps: InboundDeps, onEach?: (o: ReplayOutcome) => void): Promise<ReplayOutcome[]> {
  const records = await deps.store.listMessages('failed');
  const outcomes: ReplayOutcome[] = [];
  for (const record of records) {
    let outcome: ReplayOutcome;
    try {
      outcome = { messageKey: record.messageKey, result: await replayMessage(deps, record), error: null };
    } catch (error) {
      outcome = { messageKey: record.messageKey, result: null, error: `${(error as { code?: string }).code ?? 'ERROR'}: ${(error as Error).message}` };
    }
    outcomes.push(outcome);
    onEach?.(outcome);
  }
  return outcomes;
}

/**
 * Finds a message record by its key, or by its SES message id (the raw mail's object
 * name): the key is recomputed from the stored raw mail, so no alias item is needed.
 */
export async function findMessageByAnyId(deps: InboundDeps, id: string, rawPrefix: string): Promise<MessageRecord | null> {
  const direct = await deps.store.findMessage(id);
  if (direct) return direct;
  const raw = await deps.rawMail.get(`${rawPrefix}${id}`).catch(() => null);
  if (!raw) return null;
  try {
    const u = await understand(raw);
    return (await deps.store.findMessage(messageKey(u.facts, raw))) ?? (await deps.store.findMessage(rawKeyHash(raw)));
  } catch (error) {
    if (error instanceof MailParseError) return deps.store.findMessage(rawKeyHash(raw));
    throw error;
  }
}
