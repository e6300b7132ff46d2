import Database from 'better-sqlite3';
import { STORAGE_SETTINGS } from '../../config/storage-settings';
import { guardedSync } from './availability';
import { quoteIdentifier, SQLITE, type SqlValue } from './dialect';
import { preparePrivateFiles, preparePrivateFolder, type PermissionLog } from './file-permissions';
import { migrationsAfter, versionStatements, type Migration } from './migrations';
import type { SqlDatabase } from './sql-database';

/**
 * How long a connection waits for another process's write lock before giving up with SQLITE_BUSY (then
 * `StorageUnavailableError`). better-sqlite3 waits synchronously, blocking the whole process: keep it short.
 */
export const BUSY_TIMEOUT_MS = STORAGE_SETTINGS.sqliteBusyTimeoutMs.parse(undefined);
export const IN_MEMORY = ':memory:';

export interface SqliteOptions {
  /** SQLITE_BUSY_TIMEOUT_MS; default `BUSY_TIMEOUT_MS`. */
  busyTimeoutMs?: number;
  /** Where permission changes and warnings go. Default: console.warn. */
  log?: PermissionLog;
}

/**
 * A SQLite database file (or `:memory:`), one connection. Statements are prepared once and kept. WAL lets readers
 * proceed while another process writes, which matters when two bot processes share the file.
 */
export class SqliteDatabase implements SqlDatabase {
  readonly dialect = SQLITE;
  private readonly prepared = new Map<string, Database.Statement>();

  private constructor(
    /** The better-sqlite3 connection, for stores that need synchronous transactions (`transaction`). */
    readonly connection: Database.Database,
    readonly description: string,
  ) {}

  /**
   * Opens the file, creating it and its folder if missing, both for their owner only (0600, 0700): see
   * `file-permissions.ts` for files and folders that exist already.
   */
  static open(path: string, options: SqliteOptions = {}): SqliteDatabase {
    const log = options.log ?? ((message: string) => console.warn(message));
    if (path !== IN_MEMORY) {
      preparePrivateFolder(path, log);
      preparePrivateFiles(path, log);
    }
    const connection = new Database(path, { timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS });
    if (path !== IN_MEMORY) connection.pragma('journal_mode = WAL');
    connection.pragma('foreign_keys = ON');
    return new SqliteDatabase(connection, `SQLite ${path}`);
  }

  table(name: string): string {
    return quoteIdentifier(name);
  }

  /** The statement for `sql`, prepared on first use. */
  prepare(sql: string): Database.Statement {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = this.connection.prepare(sql);
      this.prepared.set(sql, statement);
    }
    return statement;
  }

  async query<Row extends object>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return guardedSync('reading SQLite', () => this.prepare(sql).all(...params) as Row[]);
  }

  async execute(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return guardedSync('writing SQLite', () => this.prepare(sql).run(...params).changes);
  }

  /**
   * Runs `work` in one transaction that takes the write lock up front (IMMEDIATE): a deferred transaction that
   * upgrades its lock after another process committed fails at once with SQLITE_BUSY instead of waiting. `work` is
   * synchronous, so no other statement on this connection can slip into the transaction.
   */
  transaction<T>(work: () => T): T {
    return guardedSync('in a SQLite transaction', () => this.connection.transaction(work).immediate());
  }

  /** Resolves when the file can be read; what the readiness probe asks. */
  async ping(): Promise<void> {
    guardedSync('pinging SQLite', () => this.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get());
  }

  async migrate(component: string, migrations: readonly Migration[]): Promise<void> {
    const versions = versionStatements(this);
    this.transaction(() => {
      versions.create.forEach((statement) => this.connection.exec(statement));
      const row = this.prepare(versions.read).get(component) as { version: number } | undefined;
      const pending = migrationsAfter(component, row?.version ?? 0, migrations);
      for (const migration of pending) {
        migration.statements(this).forEach((statement) => this.connection.exec(statement));
      }
      if (pending.length > 0) this.prepare(versions.record).run(component, migrations.length);
    });
  }

  async close(): Promise<void> {
    if (this.connection.open) this.connection.close();
  }
}

/** Opens (and creates) a SQLite database file, or an in-memory one for `:memory:`. */
export function openSqliteDatabase(path: string, options: SqliteOptions = {}): SqliteDatabase {
  return SqliteDatabase.open(path, options);
}
