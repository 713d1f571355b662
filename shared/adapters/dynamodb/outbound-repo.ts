import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SentRecord } from '../../domain/records';
import type { OutboundRepo, RateLimitRepo } from '../../ports/store';
import { isConditionFailed, keys, stripKeys, type DynamoContext } from './table';

const DAY_S = 86_400;
/** The ack reservation doubles as the at-most-once latch: kept long past its hour, so a late replay still sees it. */
const ACK_LATCH_DAYS = 30;

/** Sent Message-IDs (for threading) and sender rate windows. */
export function outboundRepo(ctx: DynamoContext): OutboundRepo & RateLimitRepo {
  return {
    async recordSent(sent: SentRecord) {
      const expiresAt = Math.floor(Date.parse(sent.sentAt) / 1000) + 400 * DAY_S;
      await ctx.doc.send(new PutCommand({ TableName: ctx.table, Item: { ...keys.sent(sent.messageId), type: 'sent', ...sent, expiresAt } }));
    },
    async findSent(messageIds: string[]) {
      // References can be long: the newest ids are last, and only those can be ours.
      for (const id of messageIds.slice(-20).reverse()) {
        const got = await ctx.doc.send(new GetCommand({ TableName: ctx.table, Key: keys.sent(id) }));
        if (got.Item) return stripKeys<SentRecord>(got.Item);
      }
      return null;
    },
    async reserveAck(recipient, messageKey, windowStart, windowMs, limit) {
      const key = keys.rate(`ack:${recipient}`, windowStart.toISOString());
      if (limit > 0) {
        try {
          await ctx.doc.send(
            new UpdateCommand({
              TableName: ctx.table,
              Key: key,
              UpdateExpression: 'ADD acked :k SET expiresAt = :exp, #type = :type',
              ConditionExpression: 'attribute_not_exists(acked) OR (NOT contains(acked, :key) AND size(acked) < :limit)',
              ExpressionAttributeNames: { '#type': 'type' },
              ExpressionAttributeValues: { ':k': new Set([messageKey]), ':key': messageKey, ':limit': limit, ':exp': Math.floor((windowStart.getTime() + windowMs) / 1000) + ACK_LATCH_DAYS * DAY_S, ':type': 'rate' },
            }),
          );
          return 'reserved';
        } catch (error) {
          if (!isConditionFailed(error)) throw error;
        }
      }
      // Rare path: tell "this message was already answered" from "this sender hit the limit".
      const got = await ctx.doc.send(new GetCommand({ TableName: ctx.table, Key: key, ConsistentRead: true }));
      const acked = got.Item?.acked as Set<string> | undefined;
      return acked?.has(messageKey) ? 'already' : 'limited';
    },
    async releaseAck(recipient, messageKey, windowStart) {
      await ctx.doc.send(
        new UpdateCommand({
          TableName: ctx.table,
          Key: keys.rate(`ack:${recipient}`, windowStart.toISOString()),
          UpdateExpression: 'DELETE acked :k',
          ExpressionAttributeValues: { ':k': new Set([messageKey]) },
        }),
      );
    },
    async takeToken(key, windowStart, windowMs, limit) {
      if (limit <= 0) return false;
      try {
        await ctx.doc.send(
          new UpdateCommand({
            TableName: ctx.table,
            Key: keys.rate(key, windowStart.toISOString()),
            UpdateExpression: 'ADD used :one SET expiresAt = :exp, #type = :type',
            ConditionExpression: 'attribute_not_exists(used) OR used < :limit',
            ExpressionAttributeNames: { '#type': 'type' },
            ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':exp': Math.floor((windowStart.getTime() + windowMs) / 1000) + DAY_S, ':type': 'rate' },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailed(error)) return false;
        throw error;
      }
    },
  };
}
