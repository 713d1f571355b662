import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { BatchItem, BatchRepo } from '../../ports/store';
import { keys, type DynamoContext } from './table';

const MAX_BATCH = 25;
const MAX_ROUNDS = 8;

function toRequest(item: BatchItem): Record<string, unknown> {
  if ('reply' in item) {
    const r = item.reply;
    return { PutRequest: { Item: { ...keys.reply(r.eventId, r.email, r.messageKey), type: 'reply', ...r } } };
  }
  if ('sent' in item) {
    const s = item.sent;
    return { PutRequest: { Item: { ...keys.sent(s.messageId), type: 'sent', ...s, expiresAt: Math.floor(Date.parse(s.sentAt) / 1000) + 400 * 86_400 } } };
  }
  return { DeleteRequest: { Key: keys.messageState('failed', item.dropFailed) } };
}

/**
 * Writes independent, idempotent items in as few calls as possible. Each item is a whole
 * put keyed by the message, so writing it twice (a retry) leaves the same result.
 */
export function batchRepo(ctx: DynamoContext, sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): BatchRepo {
  return {
    async commitBatch(items) {
      for (let i = 0; i < items.length; i += MAX_BATCH) {
        let requests = items.slice(i, i + MAX_BATCH).map(toRequest);
        for (let round = 0; requests.length > 0; round++) {
          if (round >= MAX_ROUNDS) throw new Error(`${requests.length} item(s) still unprocessed after ${MAX_ROUNDS} batch rounds`);
          if (round > 0) await sleep(25 * 2 ** round);
          const out = await ctx.doc.send(new BatchWriteCommand({ RequestItems: { [ctx.table]: requests } }));
          requests = (out.UnprocessedItems?.[ctx.table] ?? []) as Record<string, unknown>[];
        }
      }
    },
  };
}
