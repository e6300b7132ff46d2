import { Pool, type PoolClient } from 'pg';
import { POSTGRES, quoteIdentifier, type SqlValue } from './dialect';
import { migrationsAfter, versionStatements, type Migration } from './migrations';
import type { SqlDatabase } from './sql-database';

/** A pool the database opens and owns (from a connection string), or one the caller shares and ends itself. */
export type PostgresSource = { connectionString: string; schema?: string } | { pool: Pool; schema?: string };

export function createPool(connectionString: string): Pool {
  const pool = new Pool({ connectionString, max: 10 });
  // An idle client losing its connection emits here; without a listener the process would crash.
  pool.on('error', (error) => console.error('[PostgresDatabase] idle client error', error));
  return pool;
}

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
    const pool = owned ? createPool(source.connectionString) : source.pool;
    const where = owned ? describeUrl(source.connectionString) : '(shared pool)';
    const database = new PostgresDatabase(pool, schema, owned, `PostgreSQL ${where} (schema ${schema})`);
    try {
      await database.inTransaction((client) => database.lockForMigrations(client));
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
    return (await this.pool.query<Row>(this.toNumbered(sql), [...params])).rows;
  }

  async execute(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return (await this.pool.query(this.toNumbered(sql), [...params])).rowCount ?? 0;
  }

  /** Runs `work` on one client inside BEGIN … COMMIT (ROLLBACK if it throws). Statements use `$n` placeholders. */
  async inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let unusable: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A client whose ROLLBACK failed is in an unknown state: hand the error to release() so the pool drops it.
      await client.query('ROLLBACK').catch((rollbackError: Error) => (unusable = rollbackError));
      throw error;
    } finally {
      client.release(unusable);
    }
  }

  async migrate(component: string, migrations: readonly Migration[]): Promise<void> {
    const versions = versionStatements(this);
    await this.inTransaction(async (client) => {
      await this.lockForMigrations(client);
      for (const statement of versions.create) await client.query(statement);
      const { rows } = await client.query<{ version: number }>(this.toNumbered(versions.read), [component]);
      const pending = migrationsAfter(component, rows[0]?.version ?? 0, migrations);
      for (const migration of pending) {
        for (const statement of migration.statements(this)) await client.query(statement);
      }
      if (pending.length > 0) await client.query(this.toNumbered(versions.record), [component, migrations.length]);
    });
  }

  async close(): Promise<void> {
    if (this.ownsPool && !this.pool.ended && !this.pool.ending) await this.pool.end();
  }

  /** Held until the transaction ends; taken before any DDL. */
  private async lockForMigrations(client: PoolClient): Promise<void> {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('faq-sante-bot:migrate'))`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(this.schema)}`);
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
