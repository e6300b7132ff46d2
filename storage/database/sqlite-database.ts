import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { quoteIdentifier, SQLITE, type SqlValue } from './dialect';
import { migrationsAfter, versionStatements, type Migration } from './migrations';
import type { SqlDatabase } from './sql-database';

/** How long a connection waits for another one's write lock before giving up with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;
export const IN_MEMORY = ':memory:';

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

  /** Opens the file, creating it and its folder if missing. */
  static open(path: string): SqliteDatabase {
    if (path !== IN_MEMORY) mkdirSync(dirname(path), { recursive: true });
    const connection = new Database(path, { timeout: BUSY_TIMEOUT_MS });
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
    return this.prepare(sql).all(...params) as Row[];
  }

  async execute(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.prepare(sql).run(...params).changes;
  }

  /**
   * Runs `work` in one transaction that takes the write lock up front (IMMEDIATE): a deferred transaction that
   * upgrades its lock after another process committed fails at once with SQLITE_BUSY instead of waiting. `work` is
   * synchronous, so no other statement on this connection can slip into the transaction.
   */
  transaction<T>(work: () => T): T {
    return this.connection.transaction(work).immediate();
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
export function openSqliteDatabase(path: string): SqliteDatabase {
  return SqliteDatabase.open(path);
}
