/**
 * The variables of storage: time limits, retention and the key of user references. Declared apart from the rest so
 * that `config.ts` stays one screen; `SETTINGS` spreads them in after `DATABASE_URL`, and the README table lists them
 * there.
 */
import { integer, optionalSecret } from './settings';

export const STORAGE_SETTINGS = {
  postgresConnectTimeoutMs: integer(
    'PG_CONNECT_TIMEOUT_MS',
    'PostgreSQL: time to open a connection (or wait for a free one in the pool), in milliseconds; beyond, the turn is told storage is unavailable.',
    2000,
    100,
    60000,
  ),
  postgresStatementTimeoutMs: integer(
    'PG_STATEMENT_TIMEOUT_MS',
    'PostgreSQL: longest statement, in milliseconds (the server cancels it; the bot also stops waiting 500 ms later, for a server that does not answer at all).',
    2500,
    100,
    600000,
  ),
  postgresLockTimeoutMs: integer(
    'PG_LOCK_TIMEOUT_MS',
    'PostgreSQL: longest wait for a row or table lock, in milliseconds.',
    1000,
    50,
    600000,
  ),
  sqliteBusyTimeoutMs: integer(
    'SQLITE_BUSY_TIMEOUT_MS',
    "SQLite: longest wait for another process's write lock, in milliseconds (the process is blocked meanwhile: keep it short).",
    2000,
    0,
    60000,
  ),
  retentionDays: integer(
    'RETENTION_DAYS',
    'Days conversation state and feedback texts are kept after their last change; older state is deleted and feedback keeps its figures only (daily, and `npm run purge`).',
    90,
    1,
    3650,
  ),
  userRefKey: optionalSecret(
    'USER_REF_KEY',
    'Key of the keyed hash that ties feedback and state to a user for erasure (at least 32 characters; the same on every instance). Unset: a key generated once and kept in the database.',
    32,
  ),
};
