import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { GuestRecord } from '../../domain/records';
import type { RsvpEvent } from '../../events/event-schema';
import { parseEvent } from '../../events/parse-event';
import type { EventRepo, GuestRepo, WriteResult } from '../../ports/store';
import { queryPrefix } from './query-all';
import { isConditionFailed, keys, stripKeys, type DynamoContext } from './table';

/** Events and guests, one partition per event. */
export function eventGuestRepo(ctx: DynamoContext): EventRepo & GuestRepo {
  const getEvent = async (id: string): Promise<RsvpEvent | null> => {
    const got = await ctx.doc.send(new GetCommand({ TableName: ctx.table, Key: keys.event(id), ConsistentRead: true }));
    return got.Item ? parseEvent(got.Item.data, `table item EVENT#${id}`) : null;
  };
  return {
    async putEvent(event: RsvpEvent, now: Date) {
      await ctx.doc.send(new PutCommand({ TableName: ctx.table, Item: { ...keys.event(event.id), type: 'event', data: event, updatedAt: now.toISOString() } }));
      await ctx.doc.send(new PutCommand({ TableName: ctx.table, Item: { ...keys.eventsIndex(event.id), type: 'event-index', id: event.id } }));
    },
    getEvent,
    async listEvents() {
      const index = await queryPrefix(ctx, 'EVENTS', '');
      const events: RsvpEvent[] = [];
      for (const item of index) {
        const event = await getEvent(String(item.id));
        if (event) events.push(event);
      }
      return events;
    },
    async getGuest(eventId: string, email: string) {
      const got = await ctx.doc.send(new GetCommand({ TableName: ctx.table, Key: keys.guest(eventId, email), ConsistentRead: true }));
      return got.Item ? stripKeys<GuestRecord>(got.Item) : null;
    },
    async createGuest(guest: GuestRecord): Promise<WriteResult> {
      try {
        await ctx.doc.send(
          new PutCommand({
            TableName: ctx.table,
            Item: { ...keys.guest(guest.eventId, guest.email), type: 'guest', ...guest },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return 'ok';
      } catch (error) {
        if (isConditionFailed(error)) return 'conflict';
        throw error;
      }
    },
    async updateGuest(next: GuestRecord): Promise<WriteResult> {
      try {
        await ctx.doc.send(
          new PutCommand({
            TableName: ctx.table,
            Item: { ...keys.guest(next.eventId, next.email), type: 'guest', ...next },
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': next.version - 1 },
          }),
        );
        return 'ok';
      } catch (error) {
        if (isConditionFailed(error)) return 'conflict';
        throw error;
      }
    },
    async listGuests(eventId: string, options?: { consistent?: boolean }) {
      const items = await queryPrefix(ctx, `EVENT#${eventId}`, 'GUEST#', options?.consistent ?? false);
      return items.map((i) => stripKeys<GuestRecord>(i));
    },
  };
}
