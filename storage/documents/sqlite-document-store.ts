import { guardedSync } from '../database/availability';
import { StorageConflictError } from '../errors';
import type { SqliteDatabase } from '../database/sqlite-database';
import { UserRefs } from '../retention/user-refs';
import type { DocumentStore, DocumentWrite, StoredDocument } from './document-store';
import { DOCUMENTS_COMPONENT, DOCUMENTS_MIGRATIONS, DOCUMENTS_TABLE } from './documents-table';
import { assertKeys, prepareWrites, type PreparedWrite } from './prepared-writes';

interface DocumentRow {
  key: string;
  etag: string;
  document: string;
}

function statementsOf(database: SqliteDatabase) {
  const table = database.table(DOCUMENTS_TABLE.name);
  const now = database.dialect.now;
  // Keys travel as one JSON array: one prepared statement serves any number of keys.
  return {
    read: database.prepare(`SELECT key, etag, document FROM ${table} WHERE key IN (SELECT value FROM json_each(?))`),
    overwrite: database.prepare(
      `INSERT INTO ${table} (key, etag, document, user_ref) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_at = ${now},
         user_ref = COALESCE(excluded.user_ref, user_ref)`,
    ),
    update: database.prepare(
      `UPDATE ${table} SET etag = ?, document = ?, updated_at = ${now}, user_ref = COALESCE(?, user_ref)
       WHERE key = ? AND etag = ?`,
    ),
    create: database.prepare(
      `INSERT INTO ${table} (key, etag, document, user_ref) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
    ),
    delete: database.prepare(`DELETE FROM ${table} WHERE key IN (SELECT value FROM json_each(?))`),
  };
}

/**
 * State documents in SQLite. A batch is one IMMEDIATE transaction, so two processes sharing the file cannot
 * interleave their writes.
 */
export class SqliteDocumentStore implements DocumentStore {
  private constructor(
    private readonly database: SqliteDatabase,
    private readonly statements: ReturnType<typeof statementsOf>,
    private readonly refs: UserRefs,
  ) {}

  /** Owners are hashed with `refs` (default: the database's own key, see `UserRefs.open`). */
  static async open(database: SqliteDatabase, refs?: UserRefs): Promise<SqliteDocumentStore> {
    await database.migrate(DOCUMENTS_COMPONENT, DOCUMENTS_MIGRATIONS);
    return new SqliteDocumentStore(database, statementsOf(database), refs ?? (await UserRefs.open(database)));
  }

  async read(keys: readonly string[]): Promise<Map<string, StoredDocument>> {
    assertKeys(keys, 'reading');
    const rows = guardedSync('reading state', () => this.statements.read.all(JSON.stringify(keys)) as DocumentRow[]);
    return new Map(rows.map((row) => [row.key, { document: JSON.parse(row.document), eTag: row.etag }]));
  }

  async write(writes: readonly DocumentWrite[]): Promise<Map<string, string>> {
    const prepared = prepareWrites(writes, this.refs);
    this.database.transaction(() => prepared.forEach((write) => this.apply(write)));
    return new Map(prepared.map((write) => [write.key, write.newETag]));
  }

  async delete(keys: readonly string[]): Promise<void> {
    assertKeys(keys, 'deleting');
    guardedSync('deleting state', () => this.statements.delete.run(JSON.stringify(keys)));
  }

  private apply({ key, json, condition, newETag, userRef }: PreparedWrite): void {
    if (condition.kind === 'overwrite') {
      this.statements.overwrite.run(key, newETag, json, userRef);
      return;
    }
    if (condition.kind === 'update') {
      if (this.statements.update.run(newETag, json, userRef, key, condition.eTag).changes === 1) return;
    }
    // Not the version read (or a create): written only if the key is free, else someone else wrote first.
    if (this.statements.create.run(key, newETag, json, userRef).changes !== 1) {
      throw new StorageConflictError(key, condition.kind === 'update' ? condition.eTag : null);
    }
  }
}
