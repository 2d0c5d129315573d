/** Runs at most `max` tasks at a time; the rest wait in call order. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`a concurrency limit must be a whole number >= 1, got ${max}`);
  }
  let running = 0;
  const waiting: Array<() => void> = [];

  return async <T>(task: () => Promise<T>): Promise<T> => {
    // A finishing task hands its slot straight to the next waiter, so a newcomer arriving
    // between the hand-over and the waiter's resumption cannot squeeze past the limit.
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/** Resolves when the next request may start; spaces starts at most `perSecond` per second. */
export type Pacer = () => Promise<void>;

/**
 * A politeness bound for real deployments: request starts are spaced 1/perSecond apart, in call
 * order. `null` (no bound) starts everything at once.
 */
export function createPacer(
  perSecond: number | null,
  clock: { now(): number; sleep(ms: number): Promise<void> } = systemClock,
): Pacer {
  if (perSecond === null) return () => Promise.resolve();
  if (!(perSecond > 0))
    throw new RangeError(`a request rate must be > 0 per second, got ${perSecond}`);
  const gapMs = 1000 / perSecond;
  let nextStart = 0;
  return () => {
    const now = clock.now();
    const start = Math.max(now, nextStart);
    nextStart = start + gapMs;
    const wait = start - now;
    return wait <= 0 ? Promise.resolve() : clock.sleep(wait);
  };
}

const systemClock = {
  now: () => Date.now(),
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};
