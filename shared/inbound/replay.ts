import type { MessageRecord } from '../domain/records';
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

/** Replays every failed message and every one stuck in processing past its lease. */
export async function replayFailed(deps: InboundDeps, onEach?: (o: ReplayOutcome) => void): Promise<ReplayOutcome[]> {
  const now = deps.clock.now().toISOString();
  const stuck = (await deps.store.listMessages('processing')).filter((m) => (m.leaseUntil ?? '') < now);
  const records = [...(await deps.store.listMessages('failed')), ...stuck];
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
