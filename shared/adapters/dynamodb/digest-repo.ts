import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { GuestRecord, ReplyRecord, UnroutedRecord } from '../../domain/records';
import type { RsvpEvent } from '../../events/event-schema';
import { parseEvent } from '../../events/parse-event';
import type { DigestClaim, DigestRecord, DigestRepo } from '../../ports/digest-store';
import { queryAll, queryPrefix } from './query-all';
import { isConditionFailed, keys, stripKeys, type DynamoContext } from './table';

const DAY_S = 86_400;

/** Digest idempotency records, and the one-Query read of an event's partition. */
export function digestRepo(ctx: DynamoContext): DigestRepo {
  const getDigest = async (eventId: string, day: string): Promise<DigestRecord | null> => {
    const got = await ctx.doc.send(new GetCommand({ TableName: ctx.table, Key: keys.digest(eventId, day), ConsistentRead: true }));
    return got.Item ? stripKeys<DigestRecord>(got.Item) : null;
  };

  return {
    getDigest,
    async claimDigest(record, { force, staleBefore }): Promise<DigestClaim> {
      // Kept a little over a year: enough to answer "was it sent?", then DynamoDB TTL drops it.
      const expiresAt = Math.floor(Date.parse(record.claimedAt) / 1000) + 400 * DAY_S;
      const item = { ...keys.digest(record.eventId, record.day), type: 'digest', ...record, expiresAt };
      try {
        await ctx.doc.send(
          new PutCommand({
            TableName: ctx.table,
            Item: item,
            ...(force
              ? {}
              : {
                  ConditionExpression: 'attribute_not_exists(pk) OR #state = :failed OR (#state = :sending AND claimedAt < :stale)',
                  ExpressionAttributeNames: { '#state': 'state' },
                  ExpressionAttributeValues: { ':failed': 'failed', ':sending': 'sending', ':stale': staleBefore.toISOString() },
                }),
          }),
        );
        return { status: 'claimed' };
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
        const existing = await getDigest(record.eventId, record.day);
        if (!existing) throw error;
        return { status: 'taken', existing };
      }
    },
    async finishDigest(eventId, day, patch) {
      const names: Record<string, string> = {};
      const values: Record<string, unknown> = {};
      const sets = Object.entries(patch).map(([k, v], i) => {
        names[`#f${i}`] = k;
        values[`:v${i}`] = v ?? null;
        return `#f${i} = :v${i}`;
      });
      if (sets.length === 0) return;
      await ctx.doc.send(
        new UpdateCommand({ TableName: ctx.table, Key: keys.digest(eventId, day), UpdateExpression: `SET ${sets.join(', ')}`, ExpressionAttributeNames: names, ExpressionAttributeValues: values }),
      );
    },
    async listDigests(eventId) {
      return (await queryPrefix(ctx, keys.digest(eventId, '').pk, '')).map((i) => stripKeys<DigestRecord>(i));
    },
    async loadEventSnapshot(eventId) {
      let itemsRead = 0;
      // One paginated Query over the whole partition instead of one per item type: fewer round trips.
      const items = await queryAll(
        ctx,
        { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.event(eventId).pk } },
        (n) => {
          itemsRead += n;
        },
      );
      let event: RsvpEvent | null = null;
      const guests: GuestRecord[] = [];
      const replies: ReplyRecord[] = [];
      for (const item of items) {
        const sk = String(item.sk);
        if (sk === keys.event(eventId).sk) event = parseEvent(item.data, `table item EVENT#${eventId}`);
        else if (sk.startsWith('GUEST#')) guests.push(stripKeys<GuestRecord>(item));
        else if (sk.startsWith('REPLY#')) replies.push(stripKeys<ReplyRecord>(item));
      }
      if (!event) return null;
      replies.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
      return { event, guests, replies, itemsRead };
    },
    async listUnroutedSince(since) {
      // Sort keys are `<receivedAt>#<key>`: a range condition reads only the recent ones.
      const items = await queryAll(ctx, {
        KeyConditionExpression: 'pk = :pk AND sk > :since',
        ExpressionAttributeValues: { ':pk': keys.unrouted('', '').pk, ':since': since },
      });
      return items.map((i) => stripKeys<UnroutedRecord>(i));
    },
  };
}
