import type { Dialect, SqlValue } from './dialect';
import type { Migration } from './migrations';

/**
 * An open database, SQLite or PostgreSQL, that stores share: each store brings its tables up to date with
 * `migrate` when it opens, then runs its statements. Statements use `?` placeholders in both dialects (write no
 * PostgreSQL `?` operator) and are kept prepared by their text, so values always travel as parameters; names of
 * tables go through `table()`.
 */
export interface SqlDatabase {
  readonly dialect: Dialect;
  /** Where the data lives, without credentials, for the start-up log. */
  readonly description: string;
  /** The table's name as statements must write it (schema-qualified on PostgreSQL). */
  table(name: string): string;
  /** The rows a statement returns. */
  query<Row extends object>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement that returns no rows; resolves with how many rows it changed. */
  execute(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Applies the migrations of `component` that this database has not had yet, in order, in one transaction, and
   * records the version reached in `schema_version`; another process opening the database at the same time waits.
   */
  migrate(component: string, migrations: readonly Migration[]): Promise<void>;
  /**
   * Resolves when the database answers a trivial query, quickly (about a second at most); rejects with
   * `StorageUnavailableError` otherwise. For the readiness probe.
   */
  ping(): Promise<void>;
  /** Closes the connection(s) if this object opened them; a database handed in by the caller stays open. */
  close(): Promise<void>;
}
