import type { PoolClient } from 'pg';
import { StorageConflictError } from '../errors';
import type { PostgresDatabase } from '../database/postgres-database';
import { UserRefs } from '../retention/user-refs';
import type { DocumentStore, DocumentWrite, StoredDocument } from './document-store';
import { DOCUMENTS_COMPONENT, DOCUMENTS_MIGRATIONS, DOCUMENTS_TABLE } from './documents-table';
import { assertKeys, prepareWrites, type PreparedWrite } from './prepared-writes';

interface DocumentRow {
  key: string;
  etag: string;
  document: StoredDocument['document'];
}

/**
 * State documents in PostgreSQL. Conditional writes are single statements (`UPDATE … WHERE etag = $`, then
 * `INSERT … ON CONFLICT DO NOTHING`), so a stale eTag fails atomically even when several bot processes share the
 * database. A batch is one transaction.
 */
export class PostgresDocumentStore implements DocumentStore {
  private readonly table: string;

  private constructor(
    private readonly database: PostgresDatabase,
    private readonly refs: UserRefs,
  ) {
    this.table = database.table(DOCUMENTS_TABLE.name);
  }

  /** Owners are hashed with `refs` (default: the database's own key, see `UserRefs.open`). */
  static async open(database: PostgresDatabase, refs?: UserRefs): Promise<PostgresDocumentStore> {
    await database.migrate(DOCUMENTS_COMPONENT, DOCUMENTS_MIGRATIONS);
    return new PostgresDocumentStore(database, refs ?? (await UserRefs.open(database)));
  }

  async read(keys: readonly string[]): Promise<Map<string, StoredDocument>> {
    assertKeys(keys, 'reading');
    if (keys.length === 0) return new Map();
    const { rows } = await this.database.run<DocumentRow>(
      `SELECT key, etag, document FROM ${this.table} WHERE key = ANY($1::text[])`,
      [keys],
    );
    return new Map(rows.map((row) => [row.key, { document: row.document, eTag: row.etag }]));
  }

  async write(writes: readonly DocumentWrite[]): Promise<Map<string, string>> {
    const prepared = prepareWrites(writes, this.refs);
    if (prepared.length > 0) {
      // The same lock order in every process: two batches touching the same keys cannot deadlock.
      const inKeyOrder = [...prepared].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
      await this.database.inTransaction(async (client) => {
        for (const write of inKeyOrder) await this.apply(client, write);
      });
    }
    return new Map(prepared.map((write) => [write.key, write.newETag]));
  }

  async delete(keys: readonly string[]): Promise<void> {
    assertKeys(keys, 'deleting');
    if (keys.length === 0) return;
    await this.database.run(`DELETE FROM ${this.table} WHERE key = ANY($1::text[])`, [keys]);
  }

  private async apply(client: PoolClient, { key, json, condition, newETag, userRef }: PreparedWrite): Promise<void> {
    if (condition.kind === 'overwrite') {
      await client.query(
        `INSERT INTO ${this.table} AS stored (key, etag, document, user_ref) VALUES ($1, $2, $3::jsonb, $4)
         ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_at = now(),
           user_ref = COALESCE(excluded.user_ref, stored.user_ref)`,
        [key, newETag, json, userRef],
      );
      return;
    }
    if (condition.kind === 'update') {
      const updated = await client.query(
        `UPDATE ${this.table} SET etag = $2, document = $3::jsonb, updated_at = now(), user_ref = COALESCE($5, user_ref)
         WHERE key = $1 AND etag = $4`,
        [key, newETag, json, condition.eTag, userRef],
      );
      if (updated.rowCount === 1) return;
    }
    // Not the version read (or a create): written only if the key is free, else someone else wrote first.
    const inserted = await client.query(
      `INSERT INTO ${this.table} (key, etag, document, user_ref) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (key) DO NOTHING`,
      [key, newETag, json, userRef],
    );
    if (inserted.rowCount !== 1) {
      throw new StorageConflictError(key, condition.kind === 'update' ? condition.eTag : null);
    }
  }
}
