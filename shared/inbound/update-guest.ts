import { newGuest } from '../domain/new-guest';
import type { GuestRecord } from '../domain/records';
import type { RsvpEvent } from '../events/event-schema';
import type { Store } from '../ports/store';
import { applyReply, promotions, type ApplyResult, type ReplyDecision } from './apply-reply';

const MAX_ATTEMPTS = 8;

/**
 * Finds the guest, or creates a walk-in already carrying this reply's decision (one
 * conditional put instead of create-then-update). `applied` is set when it created one.
 * Null when the event does not take uninvited replies. With `likelyNew` (the route says the
 * sender is probably not on the list) the conditional create is tried first: one call for a
 * walk-in, and an existing guest is never overwritten (the create fails, then read + update).
 */
export async function findOrCreateGuest(
  store: Store,
  event: RsvpEvent,
  email: string,
  name: string | null,
  d: ReplyDecision,
  now: Date,
  likelyNew = false,
): Promise<{ guest: GuestRecord; applied: { result: ApplyResult; guest: GuestRecord } | null } | null> {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    if (!(likelyNew && i === 0 && event.acceptUninvited)) {
      const existing = await store.getGuest(event.id, email);
      if (existing) return { guest: existing, applied: null };
      if (!event.acceptUninvited) return null;
    }
    const fresh = newGuest(event.id, email, now, { walkIn: true, name, version: 0 });
    const seatsTakenByOthers = event.capacity !== undefined && d.intent === 'yes' ? await seatsTaken(store, event, email) : 0;
    const result = applyReply(fresh, d, { capacity: event.capacity, seatsTakenByOthers }, now);
    const guest = result.next ?? { ...fresh, version: 1 };
    if ((await store.createGuest(guest)) === 'ok') return { guest, applied: { result, guest } };
  }
  throw new Error(`could not create guest ${event.id}/${email}`);
}

async function seatsTaken(store: Store, event: RsvpEvent, except: string): Promise<number> {
  return (await store.listGuests(event.id, { consistent: true })).filter((g) => g.status === 'yes' && g.email !== except).reduce((n, g) => n + (g.headcount ?? 1), 0);
}

/**
 * Applies a decision with optimistic concurrency: re-read and re-decide on a version
 * conflict (two replies of one guest processed at once). `known` is a copy just read by
 * the caller, used for the first attempt. Returns the final result and guest.
 */
export async function applyWithRetry(store: Store, event: RsvpEvent, email: string, d: ReplyDecision, now: Date, known?: GuestRecord): Promise<{ result: ApplyResult; guest: GuestRecord }> {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const guest = i === 0 && known ? known : await store.getGuest(event.id, email);
    if (!guest) throw new Error(`guest ${event.id}/${email} vanished`);
    // Capacity is checked against the whole list (one Query); a race between two
    // different guests can overbook by one party — the digest shows capacity used.
    const seatsTakenByOthers = event.capacity !== undefined && d.intent === 'yes' ? await seatsTaken(store, event, email) : 0;
    const result = applyReply(guest, d, { capacity: event.capacity, seatsTakenByOthers }, now);
    if (!result.next) return { result, guest };
    if ((await store.updateGuest(result.next)) === 'ok') return { result, guest: result.next };
  }
  throw new Error(`guest ${event.id}/${email} kept changing; giving up after ${MAX_ATTEMPTS} attempts`);
}

/**
 * Moves waitlisted guests up while seats are free; returns those promoted. Idempotent, so
 * it can run after any reply that may have freed a seat (also on a retry); a version
 * conflict re-reads the list and decides again.
 */
export async function promoteWaitlist(store: Store, event: RsvpEvent, now: Date): Promise<GuestRecord[]> {
  if (event.capacity === undefined) return [];
  const promoted: GuestRecord[] = [];
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const next = promotions(await store.listGuests(event.id, { consistent: true }), event.capacity)[0];
    if (!next) return promoted;
    const moved: GuestRecord = { ...next, status: 'yes', updatedAt: now.toISOString(), version: next.version + 1 };
    if ((await store.updateGuest(moved)) === 'ok') promoted.push(moved);
  }
  return promoted;
}

/** Sets a field on a guest with a conditional write, retrying on conflicts. */
export async function patchGuest(store: Store, eventId: string, email: string, patch: (g: GuestRecord) => Partial<GuestRecord> | null, now: Date): Promise<GuestRecord | null> {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const guest = await store.getGuest(eventId, email);
    if (!guest) return null;
    const change = patch(guest);
    if (!change) return guest;
    const next = { ...guest, ...change, updatedAt: now.toISOString(), version: guest.version + 1 };
    if ((await store.updateGuest(next)) === 'ok') return next;
  }
  throw new Error(`guest ${eventId}/${email} kept changing; giving up`);
}
