import { StorageError } from '../errors';
import { quoteIdentifier, type Dialect } from './dialect';
import {
  columnsOf,
  defaultNow,
  defineTable,
  integer,
  primaryKey,
  text,
  timestamp,
  type ColumnSpec,
  type Table,
} from './table';

/** What a migration writes its statements for: the dialect, and table names as the database qualifies them. */
export interface MigrationTarget {
  readonly dialect: Dialect;
  table(name: string): string;
}

/**
 * One step of a component's schema. Versions run 1, 2, 3… and each is applied once, in order, when a store opens
 * the database (in one transaction, once even when several processes start together). A released migration is never
 * edited: a new column or table is the next migration.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  statements(target: MigrationTarget): readonly string[];
}

/** One row per component (`bot_state`, `feedback`, …): the last migration applied to its tables. */
export const SCHEMA_VERSION_TABLE = defineTable<{ component: string; version: number; appliedAt: Date }>(
  'schema_version',
  {
    component: primaryKey(text('component')),
    version: integer('version'),
    appliedAt: defaultNow(timestamp('applied_at')),
  },
);

function checkOf(name: string, values: readonly (string | number)[]): string {
  const listed = values.map((value) => (typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`));
  return `CHECK (${name} IN (${listed.join(', ')}))`;
}

function columnDefinition(dialect: Dialect, column: ColumnSpec): string {
  const name = quoteIdentifier(column.name);
  const parts = [name, dialect.columnType(column)];
  if (column.primaryKey && column.kind !== 'identity') parts.push('PRIMARY KEY');
  if (!column.nullable && !column.primaryKey) parts.push('NOT NULL');
  if (column.unique) parts.push('UNIQUE');
  const allowed = dialect.allowedValues(column);
  if (allowed) parts.push(checkOf(name, allowed));
  if (column.defaultNow) parts.push(`DEFAULT ${dialect.now}`);
  return parts.join(' ');
}

function indexStatements<Row>(target: MigrationTarget, table: Table<Row>, keep: (since: number) => boolean): string[] {
  return table.indexes
    .filter((index) => keep(index.since ?? 1))
    .map((index) => {
      const names = index.fields.map((field) => quoteIdentifier(table.columns[field].name));
      const on = `${target.table(table.name)} (${names.join(', ')})`;
      return `CREATE INDEX IF NOT EXISTS ${quoteIdentifier(index.name)} ON ${on}`;
    });
}

/** The table as it stood at `version` (its columns and indexes added up to then); a no-op if it exists. */
export function createTable<Row>(target: MigrationTarget, table: Table<Row>, version = 1): string[] {
  const columns = columnsOf(table).filter(([, column]) => column.since <= version);
  const definitions = columns.map(([, column]) => columnDefinition(target.dialect, column));
  const created = `CREATE TABLE IF NOT EXISTS ${target.table(table.name)} (\n  ${definitions.join(',\n  ')}\n)`;
  return [created, ...indexStatements(target, table, (since) => since <= version)];
}

/** The indexes whose `since` is `version`. */
export function addIndexes<Row>(target: MigrationTarget, table: Table<Row>, version: number): string[] {
  return indexStatements(target, table, (since) => since === version);
}

/** The columns `addedIn(version, …)` (nullable or with a default: both dialects require it of an added column). */
export function addColumns<Row>(target: MigrationTarget, table: Table<Row>, version: number): string[] {
  const added = columnsOf(table).filter(([, column]) => column.since === version);
  const alter = `ALTER TABLE ${target.table(table.name)} ADD COLUMN`;
  return added.map(([, column]) => `${alter} ${columnDefinition(target.dialect, column)}`);
}

/**
 * The migrations a database at `current` still needs. Refuses a list that is not numbered 1, 2, 3…, and a database
 * already migrated past it (a newer bot wrote it: this one would misread it).
 */
export function migrationsAfter(component: string, current: number, migrations: readonly Migration[]): Migration[] {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      const found = `#${index + 1} is ${migration.version}`;
      throw new StorageError(`migrations of "${component}" must be numbered 1, 2, 3…: ${found}`);
    }
  });
  if (current > migrations.length) {
    throw new StorageError(
      `the "${component}" tables are at schema version ${current}, newer than this bot knows (${migrations.length}): ` +
        'run the newer version of the bot',
    );
  }
  return migrations.slice(current);
}

/** The statements that read and record a component's version, in the target's dialect. */
export function versionStatements(target: MigrationTarget): { create: string[]; read: string; record: string } {
  const table = target.table(SCHEMA_VERSION_TABLE.name);
  return {
    create: createTable(target, SCHEMA_VERSION_TABLE),
    read: `SELECT version FROM ${table} WHERE component = ?`,
    record:
      `INSERT INTO ${table} (component, version) VALUES (?, ?) ` +
      `ON CONFLICT (component) DO UPDATE SET version = excluded.version, applied_at = ${target.dialect.now}`,
  };
}
