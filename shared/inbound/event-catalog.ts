import type { RsvpEvent } from '../events/event-schema';
import type { EventRepo } from '../ports/store';

/** Events change rarely; reading them once per few seconds keeps a burst of replies cheap. */
export function cachedEvents(repo: EventRepo, ttlMs = 10_000): { list(now: Date): Promise<RsvpEvent[]>; get(id: string, now: Date): Promise<RsvpEvent | null> } {
  let cache: { at: number; events: RsvpEvent[] } | null = null;
  let pending: Promise<RsvpEvent[]> | null = null;
  const list = async (now: Date) => {
    if (cache && now.getTime() - cache.at < ttlMs && now.getTime() >= cache.at) return cache.events;
    pending ??= repo.listEvents().then(
      (events) => {
        cache = { at: now.getTime(), events };
        pending = null;
        return events;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return { list, get: async (id, now) => (await list(now)).find((e) => e.id === id) ?? null };
}
