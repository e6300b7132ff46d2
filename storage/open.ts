import { join } from 'node:path';
import type { Config } from '../config/config';
import { PostgresDatabase, type PostgresLimits } from './database/postgres-database';
import type { SqlDatabase } from './database/sql-database';
import { IN_MEMORY, SqliteDatabase } from './database/sqlite-database';
import { DocumentRetention } from './documents/document-retention';
import type { DocumentStore } from './documents/document-store';
import { PostgresDocumentStore } from './documents/postgres-document-store';
import { SqliteDocumentStore } from './documents/sqlite-document-store';
import { FeedbackRetention } from './feedback/feedback-retention';
import type { FeedbackStore } from './feedback/feedback-store';
import { SqlFeedbackStore } from './feedback/sql-feedback-store';
import type { Retention } from './retention/retention';
import { QuestionEventRetention } from './analytics/question-event-retention';
import { SqlQuestionEventStore } from './analytics/sql-question-events';
import { UserRefs } from './retention/user-refs';

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
  /** PostgreSQL's connection, statement and lock time limits (PG_*_TIMEOUT_MS). */
  postgresLimits?: PostgresLimits;
  /** SQLITE_BUSY_TIMEOUT_MS. */
  sqliteBusyTimeoutMs?: number;
  /** USER_REF_KEY; unset, the key kept in the database (`UserRefs.open`). */
  userRefKey?: string;
}

export interface OpenedStorage {
  /** Conversation and user state; `bots/state` builds botbuilder's states on it. */
  documents: DocumentStore;
  feedback: FeedbackStore;
  /** Answers shown and "did you mean" menus (written by the dialogs), and the analytics reader over them and feedback. */
  events: SqlQuestionEventStore;
  /**
   * Every store keeping data about people, for retention (`scheduleRetention`, `npm run purge`) and erasure
   * (`npm run erase`). A store added later is added here.
   */
  retention: Retention[];
  /** The keyed hash standing for users in stored rows. */
  userRefs: UserRefs;
  /** The open database, for the stores other capabilities add (`SomeStore.open(database)` runs their migrations). */
  database: SqlDatabase;
  /** Where the data lives, without credentials, for the start-up log. */
  description: string;
  /** Resolves when the database answers, within about a second (the readiness probe). */
  ping(): Promise<void>;
  /** Closes the connection(s); call once, on shutdown (again is harmless). */
  close(): Promise<void>;
}

/** The storage settings of the configuration. */
export function storageOptionsOf(config: Config): StorageOptions {
  return {
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    postgresLimits: {
      connectTimeoutMs: config.postgresConnectTimeoutMs,
      statementTimeoutMs: config.postgresStatementTimeoutMs,
      lockTimeoutMs: config.postgresLockTimeoutMs,
    },
    sqliteBusyTimeoutMs: config.sqliteBusyTimeoutMs,
    userRefKey: config.userRefKey,
  };
}

/** PostgreSQL when a database URL is given, else the SQLite file `<dataDir>/faq-sante-bot.sqlite`. */
export async function openStorage(options: StorageOptions): Promise<OpenedStorage> {
  const { dataDir, databaseUrl, postgresSchema, postgresLimits } = options;
  if (databaseUrl) {
    const source = { connectionString: databaseUrl, schema: postgresSchema, limits: postgresLimits };
    return openStorageOn(await PostgresDatabase.open(source), options);
  }
  const path = dataDir === IN_MEMORY ? IN_MEMORY : join(dataDir, SQLITE_FILE_NAME);
  return openStorageOn(SqliteDatabase.open(path, { busyTimeoutMs: options.sqliteBusyTimeoutMs }), options);
}

/** Every store on a database already open (its tables migrated); closing the storage closes the database. */
export async function openStorageOn(
  database: SqliteDatabase | PostgresDatabase,
  options: Pick<StorageOptions, 'userRefKey'> = {},
): Promise<OpenedStorage> {
  const openDocuments = (refs: UserRefs): Promise<DocumentStore> =>
    database instanceof PostgresDatabase
      ? PostgresDocumentStore.open(database, refs)
      : SqliteDocumentStore.open(database, refs);
  try {
    const userRefs = await UserRefs.open(database, options.userRefKey);
    const documents = await openDocuments(userRefs);
    const feedback = await SqlFeedbackStore.open(database, userRefs);
    const events = await SqlQuestionEventStore.open(database, userRefs);
    const retention = [new DocumentRetention(database), new FeedbackRetention(database), new QuestionEventRetention(database)];
    return {
      documents,
      feedback,
      events,
      retention,
      userRefs,
      database,
      description: database.description,
      ping: () => database.ping(),
      close: () => database.close(),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
