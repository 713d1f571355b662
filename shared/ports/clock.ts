/** Time source, injected everywhere so domain code never reads the wall clock directly. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that starts at `start` and then advances with real time
 * (RSVP_CLOCK: "act as if it were then", so past seed events can be tried).
 */
export function offsetClock(start: Date, base: Clock = systemClock): Clock {
  const delta = start.getTime() - base.now().getTime();
  return { now: () => new Date(base.now().getTime() + delta) };
}

/** A clock that only moves when told to; for tests. */
export function manualClock(start: Date | string): Clock & { set(t: Date | string): void; advance(ms: number): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (d) => {
      t = new Date(d).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}
