import { Client } from 'pg';
import { PostgresDatabase } from '../../storage/database/postgres-database';
import { PostgresDocumentStore } from '../../storage/documents/postgres-document-store';
import { StorageUnavailableError } from '../../storage/errors';
import { freezingProxy, type FreezingProxy } from './freezing-proxy';
import { dropSchemas, TEST_DATABASE_URL, uniqueSchema } from './test-database';

const LIMITS = { connectTimeoutMs: 500, statementTimeoutMs: 400, lockTimeoutMs: 200 };
const schema = uniqueSchema('limits');
const target = new URL(TEST_DATABASE_URL);
const through = (proxy: FreezingProxy) => {
  const url = new URL(TEST_DATABASE_URL);
  url.host = `127.0.0.1:${proxy.port}`;
  return url.toString();
};

async function elapsed<T>(work: Promise<T>): Promise<{ ms: number; outcome: unknown }> {
  const started = Date.now();
  const outcome = await work.then(
    (value) => value,
    (error: unknown) => error,
  );
  return { ms: Date.now() - started, outcome };
}

describe('PostgreSQL with time limits', () => {
  let database: PostgresDatabase;
  beforeAll(async () => {
    database = await PostgresDatabase.open({ connectionString: TEST_DATABASE_URL, schema, limits: LIMITS });
  });
  afterAll(async () => {
    await database.close();
    await dropSchemas([schema]);
  });

  it('cancels a statement beyond PG_STATEMENT_TIMEOUT_MS, as StorageUnavailableError, and goes on', async () => {
    const { ms, outcome } = await elapsed(database.query('SELECT pg_sleep(3)'));
    expect(outcome).toBeInstanceOf(StorageUnavailableError);
    expect(String(outcome)).toMatch(/57014|statement timeout/);
    expect(ms).toBeLessThan(1500);
    await expect(database.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
  });

  it('stops waiting for a row lock beyond PG_LOCK_TIMEOUT_MS', async () => {
    const store = await PostgresDocumentStore.open(database);
    await store.write([{ key: 'locked', document: {}, condition: { kind: 'overwrite' } }]);
    const holder = new Client({ connectionString: TEST_DATABASE_URL });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`UPDATE "${schema}".bot_state SET etag = 'held' WHERE key = 'locked'`);
      const write = store.write([{ key: 'locked', document: { a: 1 }, condition: { kind: 'overwrite' } }]);
      const { ms, outcome } = await elapsed(write);
      expect(outcome).toBeInstanceOf(StorageUnavailableError);
      expect(String(outcome)).toMatch(/55P03|lock timeout/);
      expect(ms).toBeLessThan(1500);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  });
});

describe('PostgreSQL that stops answering (frozen), then answers again', () => {
  let proxy: FreezingProxy;
  let database: PostgresDatabase;
  beforeAll(async () => {
    proxy = await freezingProxy({ host: target.hostname, port: Number(target.port || 5432) });
    database = await PostgresDatabase.open({ connectionString: through(proxy), schema, limits: LIMITS });
  });
  afterAll(async () => {
    await database.close();
    await proxy.close();
  });

  it('answers every call within its limits while frozen, and recovers by itself once thawed', async () => {
    await expect(database.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    proxy.freeze();
    // More calls than the pool has connections: none may wait behind a stuck one.
    const calls = await Promise.all(Array.from({ length: 15 }, () => elapsed(database.query('SELECT 1 AS one'))));
    const ping = await elapsed(database.ping());
    proxy.thaw();

    for (const { ms, outcome } of calls) {
      expect(outcome).toBeInstanceOf(StorageUnavailableError);
      expect(ms).toBeLessThan(LIMITS.connectTimeoutMs + LIMITS.statementTimeoutMs + 1500);
    }
    expect(ping.outcome).toBeInstanceOf(StorageUnavailableError);
    expect(ping.ms).toBeLessThan(1500);
    await expect(database.query('SELECT 2 AS two')).resolves.toEqual([{ two: 2 }]);
    await expect(database.ping()).resolves.toBeUndefined();
  });
});
