import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/** How long a connection waits for another one's write lock before giving up with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (and creates) a SQLite database file, or an in-memory one for `:memory:`.
 * WAL lets readers proceed while another process writes, which matters when two bot processes share the file.
 */
export function openSqliteDatabase(path: string): SqliteDatabase {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
  }
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  if (path !== ':memory:') {
    db.pragma('journal_mode = WAL');
  }
  db.pragma('foreign_keys = ON');
  return db;
}

/** A store accepts a database it shares (the caller closes it) or a path it opens and owns. */
export function resolveSqliteDatabase(source: SqliteDatabase | string): { db: SqliteDatabase; owned: boolean } {
  return typeof source === 'string' ? { db: openSqliteDatabase(source), owned: true } : { db: source, owned: false };
}
