import type { Retention, RetentionCounts } from './retention';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows changed per statement: short transactions, so turns never wait long behind a purge. */
export const PURGE_BATCH_SIZE = 500;

export interface PurgeOptions {
  retentionDays: number;
  batchSize?: number;
  /** Pause between batches, so that the running bot's turns go first. Default: none (the command line). */
  pauseMs?: number;
  now?: () => number;
  /** Asked between batches: true stops the purge there (shutdown). */
  stopped?: () => boolean;
}

/** The time before which records are past retention. */
export function retentionCutoff(retentionDays: number, now: number = Date.now()): Date {
  return new Date(now - retentionDays * DAY_MS);
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Applies retention to every store, in bounded batches, until none is left past the cut-off (or `stopped`); resolves
 * with the records changed per store.
 */
export async function purgeExpired(stores: readonly Retention[], options: PurgeOptions): Promise<RetentionCounts> {
  const cutoff = retentionCutoff(options.retentionDays, options.now?.());
  const batchSize = options.batchSize ?? PURGE_BATCH_SIZE;
  const counts: RetentionCounts = {};
  for (const store of stores) {
    counts[store.name] = 0;
    for (;;) {
      if (options.stopped?.()) return counts;
      const changed = await store.purge(cutoff, batchSize);
      counts[store.name] += changed;
      if (changed < batchSize) break;
      if (options.pauseMs) await pause(options.pauseMs);
    }
  }
  return counts;
}
