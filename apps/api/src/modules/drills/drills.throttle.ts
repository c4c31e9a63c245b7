/** A clock a test can replace (no real sleeps in tests). */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Paces sends to `ratePerSecond` (0 = unthrottled, for the benchmark): each
 * `take()` resolves at the next free slot, slots 1/rate seconds apart.
 */
export function createThrottle(ratePerSecond: number, clock: Clock = systemClock) {
  const interval = ratePerSecond > 0 ? 1000 / ratePerSecond : 0;
  let next = 0;
  return {
    async take(): Promise<void> {
      if (interval === 0) return;
      const now = clock.now();
      if (next <= now) {
        next = now + interval;
        return;
      }
      const wait = next - now;
      next += interval;
      await clock.sleep(wait);
    },
  };
}
