import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ReplyRecord, UnroutedRecord } from '../../domain/records';
import type { ReplyRepo, WriteResult } from '../../ports/store';
import { queryPrefix } from './query-all';
import { isConditionFailed, keys, stripKeys, type DynamoContext } from './table';

async function putOnce(ctx: DynamoContext, item: Record<string, unknown>): Promise<WriteResult> {
  try {
    await ctx.doc.send(new PutCommand({ TableName: ctx.table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    return 'ok';
  } catch (error) {
    if (isConditionFailed(error)) return 'conflict';
    throw error;
  }
}

/** Reply history (one record per message and guest, written once) and unrouted mail. */
export function replyRepo(ctx: DynamoContext): ReplyRepo {
  return {
    addReply: (reply: ReplyRecord) => putOnce(ctx, { ...keys.reply(reply.eventId, reply.email, reply.messageKey), type: 'reply', ...reply }),
    async listReplies(eventId: string, email?: string) {
      const items = await queryPrefix(ctx, `EVENT#${eventId}`, email ? `REPLY#${email}#` : 'REPLY#');
      return items.map((i) => stripKeys<ReplyRecord>(i)).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    },
    addUnrouted: (record: UnroutedRecord) => putOnce(ctx, { ...keys.unrouted(record.receivedAt, record.messageKey), type: 'unrouted', ...record }),
    async listUnrouted() {
      return (await queryPrefix(ctx, 'UNROUTED', '')).map((i) => stripKeys<UnroutedRecord>(i));
    },
  };
}
