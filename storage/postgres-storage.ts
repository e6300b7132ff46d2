import type { StoreItems } from 'botbuilder';
import type { PoolClient } from 'pg';
import {
  assertKeys,
  toPendingWrites,
  toStoreItem,
  type ConditionalStorage,
  type PendingWrite,
} from './conditional-storage';
import { StorageConflictError } from './errors';
import {
  inTransaction,
  migrate,
  quoteIdentifier,
  resolvePostgresSource,
  type PostgresSource,
  type PostgresTarget,
} from './postgres-database';

interface StateRow {
  key: string;
  etag: string;
  document: unknown;
}

/**
 * botbuilder `Storage` on PostgreSQL, with the same eTag rules as `SqliteStorage`. Conditional writes are single
 * statements (`UPDATE ... WHERE etag = $`, then `INSERT ... ON CONFLICT DO NOTHING`), so a stale eTag fails
 * atomically even when several bot processes share the database. A batch is one transaction.
 */
export class PostgresStorage implements ConditionalStorage {
  private readonly table: string;

  private constructor(
    private readonly target: PostgresTarget,
    private readonly ownsPool: boolean,
  ) {
    this.table = `${quoteIdentifier(target.schema)}.bot_state`;
  }

  /** Connects (or shares a pool) and creates the table if missing. */
  static async open(source: PostgresSource): Promise<PostgresStorage> {
    const { target, owned } = resolvePostgresSource(source);
    const storage = new PostgresStorage(target, owned);
    try {
      await migrate(target, [
        `CREATE TABLE IF NOT EXISTS ${storage.table} (
           key        text PRIMARY KEY,
           etag       text NOT NULL,
           document   jsonb NOT NULL,
           updated_at timestamptz NOT NULL DEFAULT now()
         )`,
      ]);
    } catch (error) {
      await storage.close();
      throw error;
    }
    return storage;
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertKeys(keys, 'reading');
    if (keys.length === 0) {
      return {};
    }
    const { rows } = await this.target.pool.query<StateRow>(
      `SELECT key, etag, document FROM ${this.table} WHERE key = ANY($1::text[])`,
      [keys],
    );
    return Object.fromEntries(rows.map((row) => [row.key, toStoreItem(row.document, row.etag)]));
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeReturningETags(changes);
  }

  async writeReturningETags(changes: StoreItems): Promise<Record<string, string>> {
    const writes = toPendingWrites(changes);
    if (writes.length > 0) {
      // The same lock order in every process: two batches touching the same keys cannot deadlock.
      const inKeyOrder = [...writes].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
      await inTransaction(this.target.pool, async (client) => {
        for (const write of inKeyOrder) {
          await this.applyWrite(client, write);
        }
      });
    }
    return Object.fromEntries(writes.map((write) => [write.key, write.newETag]));
  }

  async delete(keys: string[]): Promise<void> {
    assertKeys(keys, 'deleting');
    if (keys.length > 0) {
      await this.target.pool.query(`DELETE FROM ${this.table} WHERE key = ANY($1::text[])`, [keys]);
    }
  }

  async close(): Promise<void> {
    if (this.ownsPool && !this.target.pool.ended) {
      await this.target.pool.end();
    }
  }

  private async applyWrite(client: PoolClient, { key, json, condition, newETag }: PendingWrite): Promise<void> {
    if (condition.kind === 'unconditional') {
      await client.query(
        `INSERT INTO ${this.table} (key, etag, document) VALUES ($1, $2, $3::jsonb)
         ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_at = now()`,
        [key, newETag, json],
      );
      return;
    }
    const updated = await client.query(
      `UPDATE ${this.table} SET etag = $2, document = $3::jsonb, updated_at = now() WHERE key = $1 AND etag = $4`,
      [key, newETag, json, condition.eTag],
    );
    if (updated.rowCount === 1) {
      return;
    }
    // No row with that eTag: either the key is new (write it) or someone else changed it (conflict).
    const inserted = await client.query(
      `INSERT INTO ${this.table} (key, etag, document) VALUES ($1, $2, $3::jsonb) ON CONFLICT (key) DO NOTHING`,
      [key, newETag, json],
    );
    if (inserted.rowCount !== 1) {
      throw new StorageConflictError(key, condition.eTag);
    }
  }
}
