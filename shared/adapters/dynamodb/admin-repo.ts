import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AdminRepo, ErasureRecord } from '../../ports/admin-store';
import { queryPrefix } from './query-all';
import { isConditionFailed, keys, stripKeys, type DynamoContext } from './table';

/** Erasure log: its own partition, ordered by time. */
const erasureKey = (at: string, id: string) => ({ pk: 'ERASURE', sk: `${at}#${id}` });

/** Deletes for erasure, and the erasure log. */
export function adminRepo(ctx: DynamoContext): AdminRepo {
  const del = async (key: Record<string, string>) => {
    await ctx.doc.send(new DeleteCommand({ TableName: ctx.table, Key: key }));
  };
  return {
    deleteGuest: (eventId, email) => del(keys.guest(eventId, email)),
    deleteReply: (eventId, email, messageKey) => del(keys.reply(eventId, email, messageKey)),
    deleteUnrouted: (receivedAt, messageKey) => del(keys.unrouted(receivedAt, messageKey)),
    async scrubMessage(messageKey) {
      try {
        await ctx.doc.send(
          new UpdateCommand({
            TableName: ctx.table,
            Key: keys.message(messageKey),
            UpdateExpression: 'SET guestEmail = :null, errorMessage = :null',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':null': null },
          }),
        );
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
      }
    },
    async recordErasure(record: ErasureRecord) {
      await ctx.doc.send(new PutCommand({ TableName: ctx.table, Item: { ...erasureKey(record.at, record.erasureId), type: 'erasure', ...record } }));
    },
    async listErasures() {
      return (await queryPrefix(ctx, 'ERASURE', '')).map((i) => stripKeys<ErasureRecord>(i));
    },
  };
}
