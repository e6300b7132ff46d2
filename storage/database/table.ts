/**
 * Table definitions in TypeScript: each column says its SQL name, its kind and its constraints, and is typed by the
 * field it holds, so a store maps rows to records from one definition and each dialect writes its own DDL from it.
 */

export type ColumnKind = 'identity' | 'text' | 'integer' | 'real' | 'boolean' | 'json' | 'timestamp';

/** What a dialect needs to know about a column, whatever its TypeScript type. */
export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly nullable: boolean;
  readonly unique: boolean;
  readonly primaryKey: boolean;
  /** Allowed values, checked by the database: the TypeScript constant that types the field. */
  readonly oneOf?: readonly string[];
  /** Filled with the current time when an insert leaves it out. */
  readonly defaultNow: boolean;
  /** The migration that added the column: 1 for those of the first `createTable`. */
  readonly since: number;
}

/** A column holding values of type `T` (invariant: a `string | null` field needs a nullable column). */
export interface Column<T> extends ColumnSpec {
  readonly valueType?: (value: T) => T;
}

export type ColumnsOf<Row> = { readonly [Field in keyof Row]-?: Column<Row[Field]> };

export interface Index<Row> {
  readonly name: string;
  readonly fields: readonly (keyof Row & string)[];
  /** The migration that added the index (`addIndexes`); 1, or absent, for those of the first `createTable`. */
  readonly since?: number;
}

export interface Table<Row> {
  readonly name: string;
  readonly columns: ColumnsOf<Row>;
  readonly indexes: readonly Index<Row>[];
}

export function defineTable<Row>(
  name: string,
  columns: ColumnsOf<Row>,
  indexes: readonly Index<Row>[] = [],
): Table<Row> {
  return { name, columns, indexes };
}

/** The table's columns in definition order, with the record field each one holds. */
export function columnsOf<Row>(table: Table<Row>): Array<[field: keyof Row & string, column: ColumnSpec]> {
  return Object.entries(table.columns) as Array<[keyof Row & string, ColumnSpec]>;
}

function column<T>(name: string, kind: ColumnKind, extra: Partial<ColumnSpec> = {}): Column<T> {
  return { name, kind, nullable: false, unique: false, primaryKey: false, defaultNow: false, since: 1, ...extra };
}

/** A generated integer key (1, 2, 3…). */
export const identity = (name: string): Column<number> => column(name, 'identity', { primaryKey: true });
export const text = <T extends string = string>(name: string): Column<T> => column(name, 'text');
/** Text restricted to `values` (a CHECK constraint built from the constant). */
export const oneOf = <V extends string>(name: string, values: readonly V[]): Column<V> =>
  column(name, 'text', { oneOf: values });
export const integer = (name: string): Column<number> => column(name, 'integer');
export const real = (name: string): Column<number> => column(name, 'real');
export const boolean = (name: string): Column<boolean> => column(name, 'boolean');
/** Any JSON value; read back as `JSON.parse` gives it. */
export const json = <T>(name: string): Column<T> => column(name, 'json');
export const timestamp = (name: string): Column<Date> => column(name, 'timestamp');

export const nullable = <T>(base: Column<T>): Column<T | null> => ({ ...base, nullable: true }) as Column<T | null>;
export const unique = <T>(base: Column<T>): Column<T> => ({ ...base, unique: true });
export const primaryKey = <T>(base: Column<T>): Column<T> => ({ ...base, primaryKey: true });
export const defaultNow = (base: Column<Date>): Column<Date> => ({ ...base, defaultNow: true });
/** A column a later migration adds (`addColumns(table, version)`): left out of the tables created before it. */
export const addedIn = <T>(version: number, base: Column<T>): Column<T> => ({ ...base, since: version });
