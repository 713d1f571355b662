import type { GuestRecord } from '../domain/records';
import { patchGuest } from '../inbound/update-guest';
import type { Store } from '../ports/store';
import { newReplyToken } from './reply-token';

/**
 * Gives a guest a reply token if they have none: the token item first (so a reply can
 * never carry a token we cannot resolve), then the guest, with a conditional write.
 * If another run set a token meanwhile, ours is withdrawn and theirs kept. Null when the
 * guest is gone (erased meanwhile).
 */
export async function ensureReplyToken(store: Store, guest: GuestRecord, now: Date, makeToken: () => string = newReplyToken): Promise<GuestRecord | null> {
  if (guest.token) return guest;
  const token = makeToken();
  await store.putToken(token, guest.eventId, guest.email);
  const next = await patchGuest(store, guest.eventId, guest.email, (g) => (g.token ? null : { token }), now);
  if (!next) {
    await store.deleteToken(token);
    return null;
  }
  if (next.token !== token) await store.deleteToken(token);
  return next;
}
