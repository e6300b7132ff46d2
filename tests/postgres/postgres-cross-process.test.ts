import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { PostgresDatabase } from '../../storage/database/postgres-database';
import type { DocumentStore } from '../../storage/documents/document-store';
import { PostgresDocumentStore } from '../../storage/documents/postgres-document-store';
import { dropSchemas, TEST_DATABASE_URL, uniqueSchema } from './test-database';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const WORKER = join(__dirname, 'increment-worker.ts');

async function waitUntilReady(store: DocumentStore, keys: string[]): Promise<void> {
  while ((await store.read(keys)).size < keys.length) {
    await sleep(10);
  }
}

const overwrite = (key: string, document: Record<string, unknown>) =>
  [{ key, document, condition: { kind: 'overwrite' } }] as const;

describe('PostgresDocumentStore across processes', () => {
  const schema = uniqueSchema('processes');
  let database: PostgresDatabase;
  let store: DocumentStore;

  beforeAll(async () => {
    database = await PostgresDatabase.open({ connectionString: TEST_DATABASE_URL, schema });
    store = await PostgresDocumentStore.open(database);
  });
  afterAll(async () => {
    await database.close();
    await dropSchemas([schema]);
  });

  it('loses no update when three processes increment one item at once with conditional writes', async () => {
    const workers = ['0', '1', '2'];
    const times = 20;
    await store.write(overwrite('counter', { count: 0 }));
    const outputs = Promise.all(
      workers.map((index) =>
        run(process.execPath, ['--import', 'tsx', WORKER, TEST_DATABASE_URL, schema, index, String(times)], {
          cwd: ROOT,
        }),
      ),
    );
    // Racing with the workers surfaces a crashed worker at once instead of waiting forever for its "ready".
    await Promise.race([waitUntilReady(store, workers.map((index) => `ready/${index}`)), outputs]);
    await store.write(overwrite('go', {}));

    const conflicts = (await outputs).map(({ stdout }) => (JSON.parse(stdout) as { conflicts: number }).conflicts);
    expect((await store.read(['counter'])).get('counter')?.document.count).toBe(workers.length * times);
    // The workers really raced (and the losers were told), rather than running one after the other.
    expect(conflicts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
  });
});
