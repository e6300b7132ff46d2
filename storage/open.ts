import { join } from 'node:path';
import { PostgresDatabase } from './database/postgres-database';
import type { SqlDatabase } from './database/sql-database';
import { IN_MEMORY, SqliteDatabase } from './database/sqlite-database';
import type { DocumentStore } from './documents/document-store';
import { PostgresDocumentStore } from './documents/postgres-document-store';
import { SqliteDocumentStore } from './documents/sqlite-document-store';
import type { FeedbackStore } from './feedback/feedback-store';
import { SqlFeedbackStore } from './feedback/sql-feedback-store';

export const SQLITE_FILE_NAME = 'faq-sante-bot.sqlite';
/** Pass as `dataDir` for a throw-away in-memory database (tests, demos). */
export { IN_MEMORY };

export interface StorageOptions {
  /** Folder of the SQLite file (created if missing), or `:memory:`. Ignored when `databaseUrl` is set. */
  dataDir: string;
  /** `postgres://user:password@host:5432/db`: use PostgreSQL (shared by several bot instances). */
  databaseUrl?: string;
  /** PostgreSQL schema of the tables; defaults to `public`. */
  postgresSchema?: string;
}

export interface OpenedStorage {
  /** Conversation and user state; `bots/state` builds botbuilder's states on it. */
  documents: DocumentStore;
  feedback: FeedbackStore;
  /** The open database, for the stores other capabilities add (`SomeStore.open(database)` runs their migrations). */
  database: SqlDatabase;
  /** Where the data lives, without credentials, for the start-up log. */
  description: string;
  /** Closes the connection(s); call once, on shutdown (again is harmless). */
  close(): Promise<void>;
}

/** PostgreSQL when a database URL is given, else the SQLite file `<dataDir>/faq-sante-bot.sqlite`. */
export async function openStorage({ dataDir, databaseUrl, postgresSchema }: StorageOptions): Promise<OpenedStorage> {
  if (databaseUrl) {
    const database = await PostgresDatabase.open({ connectionString: databaseUrl, schema: postgresSchema });
    return openStores(database, () => PostgresDocumentStore.open(database));
  }
  const database = SqliteDatabase.open(dataDir === IN_MEMORY ? IN_MEMORY : join(dataDir, SQLITE_FILE_NAME));
  return openStores(database, () => SqliteDocumentStore.open(database));
}

async function openStores(database: SqlDatabase, openDocuments: () => Promise<DocumentStore>): Promise<OpenedStorage> {
  try {
    const documents = await openDocuments();
    const feedback = await SqlFeedbackStore.open(database);
    return { documents, feedback, database, description: database.description, close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
