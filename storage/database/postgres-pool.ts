import type { Pool, PoolClient, QueryConfig, QueryResult, QueryResultRow } from 'pg';
import { STORAGE_SETTINGS } from '../../config/storage-settings';

/** How long PostgreSQL may take before a turn is told storage is unavailable (PG_*_TIMEOUT_MS). */
export interface PostgresLimits {
  /** Opening a connection, or waiting for a free one in the pool. */
  connectTimeoutMs: number;
  /** One statement, cancelled by the server beyond; the client gives up `ANSWER_MARGIN_MS` later. */
  statementTimeoutMs: number;
  /** Waiting for a row, table or advisory lock. */
  lockTimeoutMs: number;
}

export const DEFAULT_POSTGRES_LIMITS: PostgresLimits = {
  connectTimeoutMs: STORAGE_SETTINGS.postgresConnectTimeoutMs.parse(undefined),
  statementTimeoutMs: STORAGE_SETTINGS.postgresStatementTimeoutMs.parse(undefined),
  lockTimeoutMs: STORAGE_SETTINGS.postgresLockTimeoutMs.parse(undefined),
};

/**
 * The client's own limit comes after the server's: a live server cancels the statement itself (and the connection
 * stays usable); a frozen or unreachable one never answers, and only the client's limit ends the wait.
 */
const ANSWER_MARGIN_MS = 500;
const POOL_SIZE = 10;

/** Schema migrations at start-up may wait for another instance's migrations, and may take longer than a turn. */
export const MIGRATION_TIMEOUT_MS = 60_000;

export function createPool(connectionString: string, limits: PostgresLimits = DEFAULT_POSTGRES_LIMITS): Pool {
  // Loaded on first use: a bot on SQLite (the default) does not pay for pg's modules at start-up.
  const { Pool: PgPool } = require('pg') as typeof import('pg');
  const pool = new PgPool({
    connectionString,
    max: POOL_SIZE,
    connectionTimeoutMillis: limits.connectTimeoutMs,
    statement_timeout: limits.statementTimeoutMs,
    lock_timeout: limits.lockTimeoutMs,
    query_timeout: limits.statementTimeoutMs + ANSWER_MARGIN_MS,
    // A transaction left open by a bot that stopped answering must not hold its locks for long.
    idle_in_transaction_session_timeout: Math.max(10_000, 4 * limits.statementTimeoutMs),
    keepAlive: true,
  });
  // An idle client losing its connection emits here; without a listener the process would crash.
  pool.on('error', (error) => console.error('[PostgresDatabase] idle client error:', error.message));
  return pool;
}

export type MigrationQuery = <Row extends QueryResultRow>(text: string, values?: unknown[]) => Promise<QueryResult<Row>>;

/** Raises the session's limits for the rest of the transaction (migrations), server- and client-side. */
export async function withMigrationLimits(client: PoolClient): Promise<MigrationQuery> {
  const run: MigrationQuery = (text, values = []) =>
    // query_timeout per query exists in pg (client.js reads it from the query) but not in its types.
    client.query({ text, values, query_timeout: MIGRATION_TIMEOUT_MS + ANSWER_MARGIN_MS } as QueryConfig);
  await run(`SET LOCAL statement_timeout = ${MIGRATION_TIMEOUT_MS}`);
  await run(`SET LOCAL lock_timeout = ${MIGRATION_TIMEOUT_MS}`);
  return run;
}
