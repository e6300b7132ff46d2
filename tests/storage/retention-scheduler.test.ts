import { setTimeout as sleep } from 'node:timers/promises';
import { purgeExpired, retentionCutoff } from '../../storage/retention/purge';
import type { Retention } from '../../storage/retention/retention';
import { scheduleRetention } from '../../storage/retention/scheduler';

/** A store with `rows` past retention, purged `limit` at a time; `failures` first calls fail. */
function fakeStore(rows: number, failures = 0): Retention & { calls: Array<{ cutoff: Date; limit: number }> } {
  const calls: Array<{ cutoff: Date; limit: number }> = [];
  let left = rows;
  let failing = failures;
  return {
    name: 'fake',
    calls,
    async purge(cutoff, limit) {
      calls.push({ cutoff, limit });
      if (failing > 0) {
        failing -= 1;
        throw new Error('storage down');
      }
      const changed = Math.min(left, limit);
      left -= changed;
      return changed;
    },
    conversationsOf: async () => [],
    erase: async () => 0,
  };
}

describe('purgeExpired', () => {
  it('purges in batches of at most batchSize until a batch comes back short', async () => {
    const store = fakeStore(1201);
    const now = Date.UTC(2026, 0, 31);
    expect(await purgeExpired([store], { retentionDays: 30, batchSize: 500, now: () => now })).toEqual({ fake: 1201 });
    expect(store.calls.map((call) => call.limit)).toEqual([500, 500, 500]);
    expect(store.calls[0]?.cutoff).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(retentionCutoff(90, now)).toEqual(new Date(now - 90 * 86_400_000));
  });

  it('stops between batches when asked to (shutdown)', async () => {
    const store = fakeStore(10_000);
    let batches = 0;
    await purgeExpired([store], { retentionDays: 1, batchSize: 10, stopped: () => (batches += 1) > 3 });
    expect(store.calls).toHaveLength(3);
  });
});

describe('scheduleRetention', () => {
  it('purges after start, then every period, and retries sooner after a failure', async () => {
    const store = fakeStore(0, 1);
    const logs: string[] = [];
    const scheduler = scheduleRetention([store], {
      retentionDays: 90,
      firstAfterMs: 10,
      everyMs: 60,
      retryAfterMs: 20,
      pauseMs: 0,
      log: (message) => logs.push(message),
    });
    await sleep(150);
    await scheduler.close();
    const runs = store.calls.length;
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(logs[0]).toMatch(/purge failed; next try/);
    expect(logs[1]).toBe('[retention] older than 90 days: fake 0');
    await sleep(100);
    expect(store.calls).toHaveLength(runs);
  });

  it('waits on close for the batch under way, and starts no other', async () => {
    let release: () => void = () => undefined;
    const started: number[] = [];
    const slow: Retention = {
      name: 'slow',
      purge: (_cutoff, limit) => {
        started.push(Date.now());
        return new Promise((resolve) => (release = () => resolve(limit)));
      },
      conversationsOf: async () => [],
      erase: async () => 0,
    };
    const scheduler = scheduleRetention([slow], { retentionDays: 1, firstAfterMs: 0, pauseMs: 0, log: () => undefined });
    await sleep(20);
    let closed = false;
    const closing = scheduler.close().then(() => (closed = true));
    await sleep(20);
    expect(closed).toBe(false);
    release();
    await closing;
    expect(started).toHaveLength(1);
  });
});
