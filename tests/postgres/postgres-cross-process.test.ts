import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { PostgresStorage } from '../../storage/postgres-storage';
import { dropSchemas, TEST_DATABASE_URL, uniqueSchema } from './test-database';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const WORKER = join(__dirname, 'increment-worker.ts');

async function waitUntilReady(storage: PostgresStorage, keys: string[]): Promise<void> {
  while (Object.keys(await storage.read(keys)).length < keys.length) {
    await sleep(10);
  }
}

describe('PostgresStorage across processes', () => {
  const schema = uniqueSchema('processes');
  let storage: PostgresStorage;

  beforeAll(async () => {
    storage = await PostgresStorage.open({ connectionString: TEST_DATABASE_URL, schema });
  });
  afterAll(async () => {
    await storage.close();
    await dropSchemas([schema]);
  });

  it('loses no update when three processes increment one item at once with conditional writes', async () => {
    const workers = ['0', '1', '2'];
    const times = 20;
    await storage.write({ counter: { count: 0 } });
    const outputs = Promise.all(
      workers.map((index) =>
        run(process.execPath, ['--import', 'tsx', WORKER, TEST_DATABASE_URL, schema, index, String(times)], {
          cwd: ROOT,
        }),
      ),
    );
    // Racing with the workers surfaces a crashed worker at once instead of waiting forever for its "ready".
    await Promise.race([waitUntilReady(storage, workers.map((index) => `ready/${index}`)), outputs]);
    await storage.write({ go: {} });

    const conflicts = (await outputs).map(({ stdout }) => (JSON.parse(stdout) as { conflicts: number }).conflicts);
    expect((await storage.read(['counter'])).counter.count).toBe(workers.length * times);
    // The workers really raced (and the losers were told), rather than running one after the other.
    expect(conflicts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
  });
});
