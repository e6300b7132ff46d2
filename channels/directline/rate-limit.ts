/** The answer of a rate limiter: allowed, or refused with the seconds until the next allowed call. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * At most `limit` calls per key in any sliding window of `windowMs`. Keys idle for a whole window are forgotten (at
 * most one full sweep per window), so memory follows the number of recent clients.
 */
export class SlidingWindowLimiter {
  private readonly calls = new Map<string, number[]>();
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  check(key: string): RateDecision {
    const now = this.now();
    this.sweepIdleKeys(now);
    const recent = (this.calls.get(key) ?? []).filter((time) => time > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.calls.set(key, recent);
      const retryAfterMs = recent[0] + this.windowMs - now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    }
    recent.push(now);
    this.calls.set(key, recent);
    return { allowed: true };
  }

  private sweepIdleKeys(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, times] of this.calls) {
      if (times[times.length - 1] <= now - this.windowMs) this.calls.delete(key);
    }
  }
}
