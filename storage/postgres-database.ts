import { Pool, type PoolClient } from 'pg';
import { StorageError } from './errors';

/** Where the bot's tables live: a pool it may share, and a schema (`public` unless tests isolate themselves). */
export interface PostgresTarget {
  pool: Pool;
  schema: string;
}

/** A store receives either a pool it shares (the caller ends it) or a connection string it opens and owns. */
export type PostgresSource = { pool: Pool; schema?: string } | { connectionString: string; schema?: string };

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Schema names are interpolated into SQL, so only plain lowercase identifiers are accepted. */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) {
    throw new StorageError(`invalid PostgreSQL schema name "${name}" (expected lowercase letters, digits, _)`);
  }
  return `"${name}"`;
}

export function createPool(connectionString: string): Pool {
  const pool = new Pool({ connectionString, max: 10 });
  // An idle client losing its connection emits here; without a listener the process would crash.
  pool.on('error', (error) => console.error('[PostgresStorage] idle client error', error));
  return pool;
}

export function resolvePostgresSource(source: PostgresSource): { target: PostgresTarget; owned: boolean } {
  const schema = source.schema ?? 'public';
  quoteIdentifier(schema);
  return 'pool' in source
    ? { target: { pool: source.pool, schema }, owned: false }
    : { target: { pool: createPool(source.connectionString), schema }, owned: true };
}

/**
 * Runs DDL under a transaction-level advisory lock: two instances starting together would otherwise race on
 * `CREATE TABLE IF NOT EXISTS` and one would fail with a duplicate-type error.
 */
export async function migrate(target: PostgresTarget, statements: string[]): Promise<void> {
  await inTransaction(target.pool, async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('faq-sante-bot:migrate'))`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(target.schema)}`);
    for (const statement of statements) {
      await client.query(statement);
    }
  });
}

export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let unusable: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // A client whose ROLLBACK failed is in an unknown state: hand the error to release() so the pool drops it.
    await client.query('ROLLBACK').catch((rollbackError: Error) => (unusable = rollbackError));
    throw error;
  } finally {
    client.release(unusable);
  }
}
