import { randomUUID } from 'node:crypto';
import type { Services } from '../app/services';
import { normalizeAddress } from '../domain/new-guest';
import type { ReplyRecord } from '../domain/records';
import { RsvpError } from '../errors';
import type { ErasureRecord } from '../ports/admin-store';

/** How long erased data may still exist elsewhere, said to whoever runs the erasure. */
export const RETENTION_NOTE =
  'Raw mail still in flight or in copies is removed by the raw-mail bucket lifecycle (retention period); table backups (point-in-time recovery) age out after 35 days. Records of mail we sent (SENT#<message-id>) hold no address.';

/** The address given to `forget` is not an address. */
export class InvalidAddressError extends RsvpError {
  constructor(address: string) {
    super('ADDRESS_INVALID', `not an e-mail address: "${address}"`);
  }
}

const senderOf = (from: string | null): string | null => {
  if (!from) return null;
  const angle = /<([^<>]+)>\s*$/.exec(from);
  return normalizeAddress(angle ? angle[1]! : from);
};

/**
 * Erases a person across all events (GDPR art. 17): their guest entries and reply tokens,
 * their reply history (also replies they sent to someone else's reply address), unrouted
 * mail from them, and every stored raw mail those refer to; message records keep only
 * their exactly-once role. Events are found through the events index and each event's
 * partition is queried (no Scan). Finally writes an erasure record with counts and a
 * random id, and without the address.
 */
export async function forgetPerson(services: Pick<Services, 'store' | 'rawMail' | 'clock' | 'log'>, address: string): Promise<ErasureRecord> {
  const email = senderOf(address);
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) throw new InvalidAddressError(address);
  const { store } = services;
  const rawKeys = new Set<string>();
  const messageKeys = new Set<string>();
  const counts = { events: 0, guests: 0, replies: 0, tokens: 0, rawMails: 0, messages: 0, unrouted: 0 };

  const dropReply = async (r: ReplyRecord) => {
    rawKeys.add(r.rawKey);
    messageKeys.add(r.messageKey);
    await store.deleteReply(r.eventId, r.email, r.messageKey);
    counts.replies += 1;
  };

  for (const event of await store.listEvents()) {
    const guest = await store.getGuest(event.id, email);
    // One Query for the event's history: their own replies and replies they wrote to another guest's address.
    const replies = (await store.listReplies(event.id)).filter((r) => r.email === email || senderOf(r.from) === email);
    if (!guest && replies.length === 0) continue;
    counts.events += 1;
    for (const r of replies) await dropReply(r);
    if (guest) {
      if (guest.token) {
        await store.deleteToken(guest.token);
        counts.tokens += 1;
      }
      await store.deleteGuest(event.id, email);
      counts.guests += 1;
    }
  }

  for (const u of await store.listUnrouted()) {
    if (senderOf(u.from) !== email) continue;
    rawKeys.add(u.rawKey);
    messageKeys.add(u.messageKey);
    await store.deleteUnrouted(u.receivedAt, u.messageKey);
    counts.unrouted += 1;
  }

  for (const key of messageKeys) {
    const message = await store.getMessage(key);
    if (!message) continue;
    rawKeys.add(message.rawKey);
    await store.scrubMessage(key);
    counts.messages += 1;
  }

  for (const key of rawKeys) {
    await services.rawMail.delete(key);
    counts.rawMails += 1;
  }

  const record: ErasureRecord = { erasureId: randomUUID(), at: services.clock.now().toISOString(), ...counts };
  await store.recordErasure(record);
  services.log.info('erasure done', { ...record });
  return record;
}
