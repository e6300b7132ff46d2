/**
 * Child process for the cross-process test: says it is ready, waits for the "go" item so that all workers start
 * together, then increments a counter item N times with read / conditional write, retrying on eTag conflicts.
 * Prints how many conflicts it met. Usage: <url> <schema> <worker index> <times>
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { PostgresDatabase } from '../../storage/database/postgres-database';
import type { DocumentStore } from '../../storage/documents/document-store';
import { PostgresDocumentStore } from '../../storage/documents/postgres-document-store';
import { StorageConflictError } from '../../storage/errors';

const POLL_MS = 10;
const MAX_WAIT_MS = 30000;

async function waitForGo(store: DocumentStore): Promise<void> {
  for (let waited = 0; !(await store.read(['go'])).has('go'); waited += POLL_MS) {
    if (waited > MAX_WAIT_MS) throw new Error('[increment-worker] no "go" item within 30 s');
    await sleep(POLL_MS);
  }
}

async function increment(store: DocumentStore, times: number): Promise<number> {
  let conflicts = 0;
  for (let done = 0; done < times; ) {
    const stored = (await store.read(['counter'])).get('counter');
    if (!stored) throw new Error('[increment-worker] no counter');
    try {
      const document = { count: Number(stored.document.count) + 1 };
      await store.write([{ key: 'counter', document, condition: { kind: 'update', eTag: stored.eTag } }]);
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
  const database = await PostgresDatabase.open({ connectionString, schema });
  try {
    const store = await PostgresDocumentStore.open(database);
    await store.write([{ key: `ready/${index}`, document: {}, condition: { kind: 'overwrite' } }]);
    await waitForGo(store);
    const conflicts = await increment(store, Number(times));
    process.stdout.write(JSON.stringify({ conflicts }));
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
