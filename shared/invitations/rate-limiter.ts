/** Waits until one more message may be sent. */
export interface RateLimiter {
  take(): Promise<void>;
}

export interface TokenBucketOptions {
  ratePerSecond: number;
  /** Tokens available at once. 1 spaces sends evenly, never above the rate in any window. */
  burst?: number;
  /** Monotonic milliseconds; injectable so tests run without real waiting. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A token bucket: `ratePerSecond` tokens per second, at most `burst` saved up. SES
 * refuses (throttles) above the account's send rate, so we pace ourselves instead.
 * Concurrent `take()` calls are served one after another, in call order.
 */
export function createTokenBucket(options: TokenBucketOptions): RateLimiter {
  if (!(options.ratePerSecond > 0)) throw new Error('ratePerSecond must be positive');
  const burst = Math.max(1, options.burst ?? 1);
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const perMs = options.ratePerSecond / 1000;
  let tokens = burst;
  let last = now();
  let chain: Promise<void> = Promise.resolve();

  const takeOne = async () => {
    for (;;) {
      const t = now();
      tokens = Math.min(burst, tokens + (t - last) * perMs);
      last = t;
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      await sleep(Math.ceil((1 - tokens) / perMs));
    }
  };
  return {
    take() {
      const turn = chain.then(takeOne);
      chain = turn.catch(() => undefined);
      return turn;
    },
  };
}

/** No pacing (dry runs, tests that do not measure it). */
export const unlimited: RateLimiter = { take: async () => undefined };
