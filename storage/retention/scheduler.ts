import { purgeExpired } from './purge';
import type { Retention, RetentionCounts } from './retention';

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export interface RetentionSchedule {
  retentionDays: number;
  /** Default: a day. */
  everyMs?: number;
  /** The first run, after start-up has settled. Default: a minute. */
  firstAfterMs?: number;
  /** After a failed run (storage unavailable…). Default: an hour, or `everyMs` if shorter. */
  retryAfterMs?: number;
  /** Between batches, so that turns go first. Default: 50 ms. */
  pauseMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface RetentionScheduler {
  /** Stops the schedule; resolves once a purge under way has finished its current batch. */
  close(): Promise<void>;
}

function describe(counts: RetentionCounts): string {
  return Object.entries(counts)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
}

function defaultLog(message: string, error?: unknown): void {
  if (error === undefined) console.log(message);
  else console.error(message, error);
}

/**
 * The running bot's retention: purges every store a minute after start, then daily, in bounded batches with pauses.
 * Several instances sharing a database may each run it: a purge is idempotent. Its timer does not keep the process
 * alive.
 */
export function scheduleRetention(stores: readonly Retention[], schedule: RetentionSchedule): RetentionScheduler {
  const everyMs = schedule.everyMs ?? DAY_MS;
  const retryAfterMs = schedule.retryAfterMs ?? Math.min(HOUR_MS, everyMs);
  const log = schedule.log ?? defaultLog;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const next = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => (running = run()), delayMs);
    timer.unref();
  };
  const run = async () => {
    try {
      const options = { retentionDays: schedule.retentionDays, pauseMs: schedule.pauseMs ?? 50, stopped: () => stopped };
      const counts = await purgeExpired(stores, options);
      log(`[retention] older than ${schedule.retentionDays} days: ${describe(counts)}`);
      next(everyMs);
    } catch (error) {
      log(`[retention] purge failed; next try in ${Math.round(retryAfterMs / MINUTE_MS)} min`, error);
      next(retryAfterMs);
    }
  };
  next(schedule.firstAfterMs ?? MINUTE_MS);
  return {
    async close() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
