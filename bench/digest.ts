import { pathToFileURL } from 'node:url';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createDynamoStore } from '../shared/adapters/dynamodb/dynamo-store';
import { createDocumentClient, ensureTable, keys, type DynamoContext } from '../shared/adapters/dynamodb/table';
import { buildDigest } from '../shared/digest/build-digest';
import { composeDigest } from '../shared/digest/compose-digest';
import { newGuest } from '../shared/domain/new-guest';
import type { GuestRecord, GuestStatus, ReplyRecord } from '../shared/domain/records';
import { parseEvent } from '../shared/events/parse-event';
import { startDynalite } from '../local/dynamo-local';
import event2021 from '../events/lll-2021-01.json';

const STATUSES: GuestStatus[] = ['yes', 'yes', 'yes', 'no', 'maybe', 'pending', 'pending', 'pending', 'pending', 'review', 'waitlist'];

/** BatchWriteItem in 25-item requests, a few in flight, retrying what DynamoDB leaves unprocessed. */
async function batchPut(ctx: DynamoContext, items: Record<string, unknown>[]): Promise<void> {
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  const worker = async () => {
    for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
      let requests = chunk.map((Item) => ({ PutRequest: { Item } }));
      while (requests.length) {
        const out = await ctx.doc.send(new BatchWriteCommand({ RequestItems: { [ctx.table]: requests } }));
        requests = (out.UnprocessedItems?.[ctx.table] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

function seedGuest(i: number, at: Date): GuestRecord {
  const status = STATUSES[i % STATUSES.length] ?? 'pending';
  const answered = status !== 'pending';
  const when = new Date(at.getTime() + i * 1000).toISOString();
  return newGuest('lll-2021-01', `guest${String(i).padStart(5, '0')}@example.org`, at, {
    name: `Invitat ${i} Știrbu-Țăranu`,
    organization: i % 3 === 0 ? `Asociația ${i % 50}` : null,
    status,
    headcount: status === 'yes' || status === 'waitlist' ? 1 + (i % 3) : null,
    speaker: status === 'yes' ? i % 7 === 0 : null,
    respondedAt: answered ? when : null,
    confirmedAt: status === 'yes' || status === 'waitlist' ? when : null,
    reviewReason: status === 'review' ? 'low-confidence' : null,
    invitedAt: at.toISOString(),
  });
}

function seedReply(g: GuestRecord): ReplyRecord {
  const at = g.respondedAt ?? g.createdAt;
  return {
    eventId: g.eventId, email: g.email, messageKey: `m-${g.email}`, receivedAt: at, effectiveAt: at, kind: 'reply',
    intent: g.status === 'yes' || g.status === 'no' || g.status === 'maybe' ? g.status : 'unknown', confidence: 0.9,
    headcount: g.headcount, speaker: g.speaker, evidence: null, note: null, text: 'Bună ziua, confirm participarea. Cu stimă.',
    rawKey: `raw/${g.email}`, subject: 'Re: Invitație', from: g.email, late: false, outcome: g.status === 'review' ? 'review' : 'applied',
  };
}

/**
 * Cost of one digest for a 10,000-guest event: seeds an in-memory dynalite (not timed),
 * then times reading the event's partition (one paginated Query) plus building and
 * composing the mail (HTML, text, CSV). `itemsRead` is what the Query returned.
 */
export async function benchDigest(guestCount = 10_000): Promise<{ guests: number; itemsRead: number; ms: number }> {
  const server = await startDynalite(null, 0);
  const doc = createDocumentClient({ region: 'eu-west-1', endpoint: server.endpoint, localCredentials: true });
  try {
    const ctx = { doc, table: 'bench' };
    await ensureTable(doc, ctx.table);
    const store = createDynamoStore(ctx);
    const event = parseEvent(event2021, 'lll-2021-01.json');
    const invitedAt = new Date('2021-01-04T10:00:00+02:00');
    await store.putEvent(event, invitedAt);
    const guests = Array.from({ length: guestCount }, (_, i) => seedGuest(i, invitedAt));
    const replies = guests.filter((g) => g.respondedAt !== null).map(seedReply);
    await batchPut(ctx, [
      ...guests.map((g) => ({ ...keys.guest(g.eventId, g.email), type: 'guest', ...g })),
      ...replies.map((r) => ({ ...keys.reply(r.eventId, r.email, r.messageKey), type: 'reply', ...r })),
    ]);

    const now = new Date('2021-01-08T08:00:00+02:00');
    const started = performance.now();
    const snapshot = await store.loadEventSnapshot(event.id);
    if (!snapshot) throw new Error('bench: event missing');
    await store.listDigests(event.id);
    const unrouted = await store.listUnroutedSince(invitedAt.toISOString());
    const model = buildDigest({ event: snapshot.event, guests: snapshot.guests, replies: snapshot.replies, unrouted, kind: 'daily', day: '2021-01-08', asOf: now, since: null });
    await composeDigest(snapshot.event, snapshot.guests, model);
    const ms = Math.round(performance.now() - started);
    return { guests: snapshot.guests.length, itemsRead: snapshot.itemsRead, ms };
  } finally {
    doc.destroy();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchDigest();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
