import type { Pool, PoolClient, QueryConfig, QueryResultRow } from 'pg';
import { guarded, isUnreachable } from './availability';
import { POSTGRES, quoteIdentifier, type SqlValue } from './dialect';
import { migrationsAfter, versionStatements, type Migration } from './migrations';
import { createPool, withMigrationLimits, type MigrationQuery, type PostgresLimits } from './postgres-pool';
import type { SqlDatabase } from './sql-database';

export { createPool, DEFAULT_POSTGRES_LIMITS, type PostgresLimits } from './postgres-pool';

/**
 * A pool the database opens and owns (from a connection string, with time limits), or one the caller shares and
 * ends itself.
 */
export type PostgresSource =
  | { connectionString: string; schema?: string; limits?: PostgresLimits }
  | { pool: Pool; schema?: string };

/** The readiness check's own limit: a probe answers quickly, whatever the statement timeout. */
const PING_TIMEOUT_MS = 1000;

/** `?` placeholders become `$1, $2…`; quoted strings and identifiers are left alone. */
function numberPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (match) => (match === '?' ? `$${(index += 1)}` : match));
}

/** host:port/database, never the password. */
function describeUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}

/**
 * A PostgreSQL database through a pool, with the stores' tables in one schema (`public` unless tests isolate
 * themselves). Schema creation and migrations run under one advisory lock: instances starting together would
 * otherwise race on `CREATE … IF NOT EXISTS` and one would fail with a duplicate-type error.
 */
export class PostgresDatabase implements SqlDatabase {
  readonly dialect = POSTGRES;
  private readonly numbered = new Map<string, string>();

  private constructor(
    readonly pool: Pool,
    readonly schema: string,
    private readonly ownsPool: boolean,
    readonly description: string,
  ) {}

  /** Connects (or takes the shared pool) and creates the schema if missing; fails with the connection error. */
  static async open(source: PostgresSource): Promise<PostgresDatabase> {
    const schema = source.schema ?? 'public';
    quoteIdentifier(schema);
    const owned = 'connectionString' in source;
    const pool = owned ? createPool(source.connectionString, source.limits) : source.pool;
    const where = owned ? describeUrl(source.connectionString) : '(shared pool)';
    const database = new PostgresDatabase(pool, schema, owned, `PostgreSQL ${where} (schema ${schema})`);
    try {
      await database.inTransaction(async (client) => database.lockForMigrations(await withMigrationLimits(client)));
    } catch (error) {
      await database.close();
      throw error;
    }
    return database;
  }

  table(name: string): string {
    return `${quoteIdentifier(this.schema)}.${quoteIdentifier(name)}`;
  }

  async query<Row extends object>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return (await this.run<Row & QueryResultRow>(this.toNumbered(sql), [...params])).rows;
  }

  async execute(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return (await this.run(this.toNumbered(sql), [...params])).rowCount ?? 0;
  }

  /**
   * A statement with `$n` placeholders and any values pg binds (arrays included), on a pooled connection; an
   * unreachable server becomes `StorageUnavailableError`, and the pool drops the connection it was tried on.
   */
  run<Row extends QueryResultRow = QueryResultRow>(sql: string, values: unknown[] = []) {
    return guarded('querying PostgreSQL', () => this.pool.query<Row>(sql, values));
  }

  /** Runs `work` on one client inside BEGIN … COMMIT (ROLLBACK if it throws). Statements use `$n` placeholders. */
  inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return guarded('in a PostgreSQL transaction', async () => {
      const client = await this.pool.connect();
      let unusable: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A client that lost its server, or whose ROLLBACK failed, is in an unknown state: the pool drops it.
        if (isUnreachable(error)) unusable = error as Error;
        else await client.query('ROLLBACK').catch((rollbackError: Error) => (unusable = rollbackError));
        throw error;
      } finally {
        client.release(unusable);
      }
    });
  }

  async migrate(component: string, migrations: readonly Migration[]): Promise<void> {
    const versions = versionStatements(this);
    await this.inTransaction(async (client) => {
      const run = await withMigrationLimits(client);
      await this.lockForMigrations(run);
      for (const statement of versions.create) await run(statement);
      const { rows } = await run<{ version: number }>(this.toNumbered(versions.read), [component]);
      const pending = migrationsAfter(component, rows[0]?.version ?? 0, migrations);
      for (const migration of pending) {
        for (const statement of migration.statements(this)) await run(statement);
      }
      if (pending.length > 0) await run(this.toNumbered(versions.record), [component, migrations.length]);
    });
  }

  /** Resolves when the server answers a trivial query within a second; what the readiness probe asks. */
  async ping(): Promise<void> {
    // query_timeout per query exists in pg (client.js reads it from the query) but not in its types.
    const probe = { text: 'SELECT 1', query_timeout: PING_TIMEOUT_MS } as QueryConfig;
    await guarded('pinging PostgreSQL', () => this.pool.query(probe));
  }

  async close(): Promise<void> {
    if (this.ownsPool && !this.pool.ended && !this.pool.ending) await this.pool.end();
  }

  /** Held until the transaction ends; taken before any DDL. */
  private async lockForMigrations(run: MigrationQuery): Promise<void> {
    await run(`SELECT pg_advisory_xact_lock(hashtext('faq-sante-bot:migrate'))`);
    await run(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(this.schema)}`);
  }

  private toNumbered(sql: string): string {
    let numbered = this.numbered.get(sql);
    if (numbered === undefined) {
      numbered = numberPlaceholders(sql);
      this.numbered.set(sql, numbered);
    }
    return numbered;
  }
}
