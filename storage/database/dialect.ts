import { StorageError } from '../errors';
import type { ColumnSpec } from './table';

/** A value both drivers bind (each dialect encodes records into the ones its driver takes). */
export type SqlValue = string | number | boolean | Date | null;

/**
 * What differs between SQLite and PostgreSQL for the stores: column types, the current time, and how values are
 * written and read. Statements themselves are written once, with `?` placeholders, in the SQL both understand.
 */
export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** The column's type in a CREATE TABLE. */
  columnType(column: ColumnSpec): string;
  /** The values a CHECK allows in the column, if any: its `oneOf`, or how the dialect encodes booleans. */
  allowedValues(column: ColumnSpec): readonly (string | number)[] | undefined;
  /** An expression for the current time, as the dialect stores timestamps. */
  readonly now: string;
  encode(column: ColumnSpec, value: unknown): SqlValue;
  decode(column: ColumnSpec, value: unknown): unknown;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Table, column and schema names are interpolated into SQL, so only plain lowercase identifiers are accepted. */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) {
    throw new StorageError(`invalid SQL identifier "${name}" (expected lowercase letters, digits, _)`);
  }
  return `"${name}"`;
}

const SQLITE_TYPES: Record<ColumnSpec['kind'], string> = {
  identity: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  text: 'TEXT',
  integer: 'INTEGER',
  real: 'REAL',
  boolean: 'INTEGER',
  json: 'TEXT',
  timestamp: 'TEXT',
};

/** SQLite: booleans as 0/1, JSON as text, timestamps as ISO 8601 UTC text (they sort as they compare). */
export const SQLITE: Dialect = {
  name: 'sqlite',
  columnType: (column) => SQLITE_TYPES[column.kind],
  allowedValues: (column) => (column.kind === 'boolean' ? [0, 1] : column.oneOf),
  now: `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
  encode(column, value) {
    if (value === null || value === undefined) return null;
    if (column.kind === 'boolean') return value ? 1 : 0;
    if (column.kind === 'json') return JSON.stringify(value);
    if (column.kind === 'timestamp') return (value as Date).toISOString();
    return value as SqlValue;
  },
  decode(column, value) {
    if (value === null || value === undefined) return null;
    if (column.kind === 'boolean') return value === 1;
    if (column.kind === 'json') return JSON.parse(value as string) as unknown;
    if (column.kind === 'timestamp') return new Date(value as string);
    return value;
  },
};

const POSTGRES_TYPES: Record<ColumnSpec['kind'], string> = {
  identity: 'bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
  text: 'text',
  integer: 'integer',
  real: 'double precision',
  boolean: 'boolean',
  json: 'jsonb',
  timestamp: 'timestamptz',
};

/** PostgreSQL: native booleans, jsonb and timestamptz; identities are bigint, read back as numbers. */
export const POSTGRES: Dialect = {
  name: 'postgres',
  columnType: (column) => POSTGRES_TYPES[column.kind],
  allowedValues: (column) => column.oneOf,
  now: 'now()',
  encode(column, value) {
    if (value === null || value === undefined) return null;
    // Serialised here: pg would turn a JavaScript array into a PostgreSQL array, not JSON.
    if (column.kind === 'json') return JSON.stringify(value);
    return value as SqlValue;
  },
  decode(column, value) {
    if (value === null || value === undefined) return null;
    if (column.kind === 'identity') return Number(value);
    return value;
  },
};
