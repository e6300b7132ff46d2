import type { StoreItems } from 'botbuilder';
import {
  assertKeys,
  toPendingWrites,
  toStoreItem,
  type ConditionalStorage,
  type PendingWrite,
} from './conditional-storage';
import { StorageConflictError } from './errors';
import { resolveSqliteDatabase, type SqliteDatabase } from './sqlite-database';

const CREATE_TABLE = `
  CREATE TABLE IF NOT EXISTS bot_state (
    key        TEXT PRIMARY KEY,
    etag       TEXT NOT NULL,
    document   TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  )`;

interface StateRow {
  key: string;
  etag: string;
  document: string;
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

function prepareStatements(db: SqliteDatabase) {
  return {
    read: db.prepare<[string], StateRow>(
      'SELECT key, etag, document FROM bot_state WHERE key IN (SELECT value FROM json_each(?))',
    ),
    upsert: db.prepare<[string, string, string]>(
      `INSERT INTO bot_state (key, etag, document) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_at = ${NOW}`,
    ),
    updateIfMatch: db.prepare<[string, string, string, string]>(
      `UPDATE bot_state SET etag = ?, document = ?, updated_at = ${NOW} WHERE key = ? AND etag = ?`,
    ),
    insertIfAbsent: db.prepare<[string, string, string]>(
      'INSERT INTO bot_state (key, etag, document) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
    ),
    delete: db.prepare<[string]>('DELETE FROM bot_state WHERE key IN (SELECT value FROM json_each(?))'),
  };
}

/**
 * botbuilder `Storage` on SQLite, with MemoryStorage's eTag rules: every write assigns a new eTag; an item whose
 * eTag is neither absent nor `*` is written only if it matches the stored one (or the key does not exist), else
 * the whole batch is rolled back and a `StorageConflictError` names the key.
 */
export class SqliteStorage implements ConditionalStorage {
  private readonly db: SqliteDatabase;
  private readonly ownsDatabase: boolean;
  private readonly statements: ReturnType<typeof prepareStatements>;

  /** @param database an open database (shared with the feedback store; the caller closes it) or a path (`:memory:`). */
  constructor(database: SqliteDatabase | string) {
    const { db, owned } = resolveSqliteDatabase(database);
    this.db = db;
    this.ownsDatabase = owned;
    this.db.exec(CREATE_TABLE);
    this.statements = prepareStatements(this.db);
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertKeys(keys, 'reading');
    const rows = this.statements.read.all(JSON.stringify(keys));
    return Object.fromEntries(rows.map((row) => [row.key, toStoreItem(JSON.parse(row.document), row.etag)]));
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeReturningETags(changes);
  }

  async writeReturningETags(changes: StoreItems): Promise<Record<string, string>> {
    const writes = toPendingWrites(changes);
    // IMMEDIATE takes the write lock up front: a deferred transaction that upgrades its lock after another process
    // committed fails at once with SQLITE_BUSY instead of waiting for the busy timeout.
    this.db.transaction(() => writes.forEach((write) => this.applyWrite(write))).immediate();
    return Object.fromEntries(writes.map((write) => [write.key, write.newETag]));
  }

  async delete(keys: string[]): Promise<void> {
    assertKeys(keys, 'deleting');
    this.statements.delete.run(JSON.stringify(keys));
  }

  async close(): Promise<void> {
    if (this.ownsDatabase && this.db.open) {
      this.db.close();
    }
  }

  private applyWrite({ key, json, condition, newETag }: PendingWrite): void {
    if (condition.kind === 'unconditional') {
      this.statements.upsert.run(key, newETag, json);
      return;
    }
    if (this.statements.updateIfMatch.run(newETag, json, key, condition.eTag).changes === 1) {
      return;
    }
    // No row with that eTag: either the key is new (write it) or someone else changed it (conflict).
    if (this.statements.insertIfAbsent.run(key, newETag, json).changes !== 1) {
      throw new StorageConflictError(key, condition.eTag);
    }
  }
}
