/**
 * Whether this instance can serve turns now, for a load balancer's readiness probe (`GET /readyz`): storage answers
 * and the knowledge base is usable. Liveness (`/healthz`) is another question, answered without any of this.
 */

/** One dependency: resolves when usable, rejects (or takes too long) when not. */
export type ReadinessCheck = () => Promise<void>;

export interface ReadinessReport {
  ready: boolean;
  /** Each check's verdict, by name; never an error's text. */
  checks: Record<string, 'ok' | 'unavailable'>;
}

export interface ReadinessOptions {
  /** A result is reused this long, so that frequent probes cost the database one query per period. */
  cacheMs?: number;
  /** A check that has not answered by then counts as unavailable. */
  timeoutMs?: number;
  now?: () => number;
  log?: (message: string, error: unknown) => void;
}

export const READINESS_CACHE_MS = 1000;
export const READINESS_TIMEOUT_MS = 1500;

function withinTime(check: ReadinessCheck, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    check().then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/**
 * The probe's answer, from `checks` run together under a time limit, cached for `cacheMs`; probes arriving while a
 * check runs share it. A check that fails is logged once per change of verdict.
 */
export function readiness(checks: Record<string, ReadinessCheck>, options: ReadinessOptions = {}) {
  const { cacheMs = READINESS_CACHE_MS, timeoutMs = READINESS_TIMEOUT_MS, now = Date.now } = options;
  const log = options.log ?? ((message: string, error: unknown) => console.error(message, error));
  /** The last run, and when it finished (undefined while it runs: probes meanwhile share it). */
  let last: { report: Promise<ReadinessReport>; settledAt?: number } | undefined;
  const verdicts = new Map<string, 'ok' | 'unavailable'>();

  const judge = async (name: string, check: ReadinessCheck): Promise<[string, 'ok' | 'unavailable']> => {
    const verdict = await withinTime(check, timeoutMs).then(
      () => 'ok' as const,
      (error: unknown) => {
        if (verdicts.get(name) !== 'unavailable') log(`[readyz] ${name} unavailable`, error);
        return 'unavailable' as const;
      },
    );
    verdicts.set(name, verdict);
    return [name, verdict];
  };
  const run = async (): Promise<ReadinessReport> => {
    const results = await Promise.all(Object.entries(checks).map(([name, check]) => judge(name, check)));
    return { ready: results.every(([, verdict]) => verdict === 'ok'), checks: Object.fromEntries(results) };
  };
  return (): Promise<ReadinessReport> => {
    const settledAt = last?.settledAt;
    if (!last || (settledAt !== undefined && now() - settledAt >= cacheMs)) {
      const entry: { report: Promise<ReadinessReport>; settledAt?: number } = { report: run() };
      void entry.report.then(() => (entry.settledAt = now()));
      last = entry;
    }
    return last.report;
  };
}

/** The bot's own checks: storage answers a trivial query, and the knowledge base has entries to serve. */
export function botReadiness(
  storage: { ping(): Promise<void> },
  knowledge: () => { entries: readonly unknown[] },
  options: ReadinessOptions = {},
) {
  return readiness(
    {
      storage: () => storage.ping(),
      knowledge: async () => {
        if (knowledge().entries.length === 0) throw new Error('the knowledge base has no entry');
      },
    },
    options,
  );
}
