/**
 * Child process for the cross-process test: says it is ready, waits for the "go" item so that all workers start
 * together, then increments a counter item N times with read / conditional write, retrying on eTag conflicts.
 * Prints how many conflicts it met. Usage: <url> <schema> <worker index> <times>
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { StorageConflictError } from '../../storage/errors';
import { PostgresStorage } from '../../storage/postgres-storage';

const POLL_MS = 10;
const MAX_WAIT_MS = 30000;

async function waitForGo(storage: PostgresStorage): Promise<void> {
  for (let waited = 0; !(await storage.read(['go'])).go; waited += POLL_MS) {
    if (waited > MAX_WAIT_MS) throw new Error('[increment-worker] no "go" item within 30 s');
    await sleep(POLL_MS);
  }
}

async function increment(storage: PostgresStorage, times: number): Promise<number> {
  let conflicts = 0;
  for (let done = 0; done < times; ) {
    const item = (await storage.read(['counter'])).counter;
    try {
      await storage.write({ counter: { ...item, count: Number(item.count) + 1 } });
      done += 1;
    } catch (error) {
      if (!(error instanceof StorageConflictError)) throw error;
      conflicts += 1;
    }
  }
  return conflicts;
}

async function main(): Promise<void> {
  const [connectionString = '', schema = '', index = '', times = '0'] = process.argv.slice(2);
  const storage = await PostgresStorage.open({ connectionString, schema });
  try {
    await storage.write({ [`ready/${index}`]: {} });
    await waitForGo(storage);
    const conflicts = await increment(storage, Number(times));
    process.stdout.write(JSON.stringify({ conflicts }));
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
