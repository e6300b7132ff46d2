import { join } from 'node:path';
import type { ConditionalStorage } from './conditional-storage';
import type { FeedbackStore } from './feedback-store';
import { createPool } from './postgres-database';
import { PostgresFeedbackStore } from './postgres-feedback-store';
import { PostgresStorage } from './postgres-storage';
import { openSqliteDatabase } from './sqlite-database';
import { SqliteFeedbackStore } from './sqlite-feedback-store';
import { SqliteStorage } from './sqlite-storage';

export const SQLITE_FILE_NAME = 'faq-sante-bot.sqlite';
/** Pass as `dataDir` for a throw-away in-memory database (tests, demos). */
export const IN_MEMORY = ':memory:';

export interface StorageOptions {
  /** Folder of the SQLite file (created if missing), or `:memory:`. Ignored when `databaseUrl` is set. */
  dataDir: string;
  /** `postgres://user:password@host:5432/db`: use PostgreSQL (shared by several bot instances). */
  databaseUrl?: string;
  /** PostgreSQL schema of the tables; defaults to `public`. */
  postgresSchema?: string;
}

export interface OpenedStorage {
  /** State storage; give it to `ConcurrencySafeConversationState` and `ConcurrencySafeUserState`. */
  storage: ConditionalStorage;
  feedback: FeedbackStore;
  /** Where the data lives, without credentials, for the start-up log. */
  description: string;
  /** Closes the connection(s); call once, on shutdown. */
  close(): Promise<void>;
}

/** PostgreSQL when a database URL is given, else the SQLite file `<dataDir>/faq-sante-bot.sqlite`. */
export async function openStorage({ dataDir, databaseUrl, postgresSchema }: StorageOptions): Promise<OpenedStorage> {
  return databaseUrl ? openPostgres(databaseUrl, postgresSchema) : openSqlite(dataDir);
}

function openSqlite(dataDir: string): OpenedStorage {
  const path = dataDir === IN_MEMORY ? IN_MEMORY : join(dataDir, SQLITE_FILE_NAME);
  const db = openSqliteDatabase(path);
  return {
    storage: new SqliteStorage(db),
    feedback: new SqliteFeedbackStore(db),
    description: `SQLite ${path}`,
    close: async () => {
      if (db.open) {
        db.close();
      }
    },
  };
}

async function openPostgres(databaseUrl: string, schema = 'public'): Promise<OpenedStorage> {
  const pool = createPool(databaseUrl);
  try {
    const storage = await PostgresStorage.open({ pool, schema });
    const feedback = await PostgresFeedbackStore.open({ pool, schema });
    return {
      storage,
      feedback,
      description: `PostgreSQL ${describeUrl(databaseUrl)} (schema ${schema})`,
      close: async () => {
        if (!pool.ended && !pool.ending) {
          await pool.end();
        }
      },
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/** host:port/database, never the password. */
function describeUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}
