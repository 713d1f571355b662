import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { TokenRepo } from '../../ports/store';
import { keys, type DynamoContext } from './table';

/** Per-guest reply tokens. */
export function tokenRepo(ctx: DynamoContext): TokenRepo {
  return {
    async putToken(token, eventId, email) {
      await ctx.doc.send(new PutCommand({ TableName: ctx.table, Item: { ...keys.token(token), type: 'token', eventId, email } }));
    },
    async resolveToken(token) {
      const got = await ctx.doc.send(new GetCommand({ TableName: ctx.table, Key: keys.token(token) }));
      return got.Item ? { eventId: String(got.Item.eventId), email: String(got.Item.email) } : null;
    },
    async deleteToken(token) {
      await ctx.doc.send(new DeleteCommand({ TableName: ctx.table, Key: keys.token(token) }));
    },
  };
}
