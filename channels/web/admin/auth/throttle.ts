/** Failed attempts allowed before each further one must wait. */
const FREE_FAILURES = 3;
const FIRST_WAIT_MS = 2_000;
const LONGEST_WAIT_MS = 15 * 60_000;
/** A key quiet for this long starts again from zero. */
const FORGET_AFTER_MS = 60 * 60_000;

interface Failures {
  count: number;
  last: number;
}

/**
 * Slows password guessing down, per client address and per account: after three failures, each new attempt must
 * wait twice as long as the previous one (2 s, 4 s, 8 s… up to 15 min). A success clears both keys. In memory: each
 * instance counts its own, which multiplies an attacker's budget by the number of instances at most.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds the caller must still wait before trying any of `keys` again (0: go ahead). */
  waitFor(keys: readonly string[]): number {
    return Math.max(0, ...keys.map((key) => this.waitForKey(key)));
  }

  failed(keys: readonly string[]): void {
    const now = this.now();
    for (const key of keys) {
      const known = this.current(key);
      this.failures.set(key, { count: (known?.count ?? 0) + 1, last: now });
    }
    if (this.failures.size > 10_000) this.forgetOld(now);
  }

  succeeded(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private current(key: string): Failures | undefined {
    const known = this.failures.get(key);
    return known && this.now() - known.last < FORGET_AFTER_MS ? known : undefined;
  }

  private waitForKey(key: string): number {
    const known = this.current(key);
    if (!known || known.count < FREE_FAILURES) return 0;
    const wait = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (known.count - FREE_FAILURES));
    return Math.max(0, known.last + wait - this.now());
  }

  private forgetOld(now: number): void {
    for (const [key, known] of this.failures) if (now - known.last >= FORGET_AFTER_MS) this.failures.delete(key);
  }
}
