import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IN_MEMORY, SqliteDatabase } from '../../storage/database/sqlite-database';
import type { SqlDatabase } from '../../storage/database/sql-database';

/** An open store and how to let go of what it holds (its own connection, when it has one). */
export interface Opened<Store> {
  store: Store;
  close(): Promise<void>;
}

export interface Connection<Database extends SqlDatabase> {
  database: Database;
  close(): Promise<void>;
}

/**
 * A database the contract suites run on. `connect` gives another connection to the same data each call where the
 * backend allows it (as a second bot process would have); `cleanup` runs once, after every connection is closed.
 */
export interface Backend<Database extends SqlDatabase = SqlDatabase> {
  name: string;
  connect(): Promise<Connection<Database>>;
  cleanup(): Promise<void>;
}

/** A SQLite file in a fresh folder: each connection is its own, like two processes sharing `data/`. */
export function sqliteFile(label: string): Backend<SqliteDatabase> {
  const dir = mkdtempSync(join(tmpdir(), `faq-sante-bot-${label}-`));
  const file = join(dir, 'nested', `${label}.sqlite`);
  return {
    name: 'SQLite file',
    connect: async () => {
      const database = SqliteDatabase.open(file);
      return { database, close: () => database.close() };
    },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** One in-memory SQLite connection that every "connection" shares (what `--memory` and most tests use). */
export function sqliteMemory(): Backend<SqliteDatabase> {
  const database = SqliteDatabase.open(IN_MEMORY);
  return {
    name: 'SQLite in memory (one shared connection)',
    connect: async () => ({ database, close: async () => undefined }),
    cleanup: () => database.close(),
  };
}

/** Opens a store on a new connection of `backend`; closing the store closes that connection. */
export function storeOn<Database extends SqlDatabase, Store>(
  backend: Backend<Database>,
  open: (database: Database) => Promise<Store>,
): () => Promise<Opened<Store>> {
  return async () => {
    const connection = await backend.connect();
    try {
      return { store: await open(connection.database), close: connection.close };
    } catch (error) {
      await connection.close();
      throw error;
    }
  };
}
