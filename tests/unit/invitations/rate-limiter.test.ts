import { describe, expect, it } from 'vitest';
import { createTokenBucket } from '../../../shared/invitations/rate-limiter';

/** Virtual time: sleeping advances the clock instantly. */
function virtualTime() {
  let t = 0;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
    get t() {
      return t;
    },
  };
}

describe('token bucket', () => {
  it('spaces sends at the rate, never faster', async () => {
    const v = virtualTime();
    const bucket = createTokenBucket({ ratePerSecond: 14, now: v.now, sleep: v.sleep });
    const at: number[] = [];
    for (let i = 0; i < 29; i++) {
      await bucket.take();
      at.push(v.t);
    }
    expect(at[0]).toBe(0);
    // 29 sends at 14/s take two seconds, and no window of one second holds more than 14.
    expect(at.at(-1)).toBeGreaterThanOrEqual(2000);
    expect(at.at(-1)).toBeLessThan(2000 + 29);
    for (let i = 14; i < at.length; i++) expect(at[i]! - at[i - 14]!).toBeGreaterThanOrEqual(1000);
  });

  it('lets a burst through at once, then paces', async () => {
    const v = virtualTime();
    const bucket = createTokenBucket({ ratePerSecond: 2, burst: 3, now: v.now, sleep: v.sleep });
    await Promise.all([bucket.take(), bucket.take(), bucket.take()]);
    expect(v.t).toBe(0);
    await bucket.take();
    expect(v.t).toBe(500);
  });

  it('serves concurrent callers in order without over-spending', async () => {
    const v = virtualTime();
    const bucket = createTokenBucket({ ratePerSecond: 10, now: v.now, sleep: v.sleep });
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => bucket.take().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(v.t).toBeGreaterThanOrEqual(300);
  });

  it('does not pause after an idle period', async () => {
    const v = virtualTime();
    const bucket = createTokenBucket({ ratePerSecond: 1, now: v.now, sleep: v.sleep });
    await bucket.take();
    await v.sleep(5000);
    v.sleeps.length = 0;
    await bucket.take();
    expect(v.sleeps).toEqual([]);
  });
});
