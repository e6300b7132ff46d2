import type { Dialect, SqlValue } from './dialect';
import { columnsOf, type Table } from './table';

/** `INSERT INTO <table> (<columns of fields>) VALUES (?, ?, …)`, for the values `insertValues` gives. */
export function insertStatement<Row>(qualifiedName: string, table: Table<Row>, fields: readonly (keyof Row)[]): string {
  const names = fields.map((field) => table.columns[field].name);
  return `INSERT INTO ${qualifiedName} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
}

/** The values of `fields` in `record`, encoded for the dialect, in the order `insertStatement` names them. */
export function insertValues<Row, Field extends keyof Row>(
  dialect: Dialect,
  table: Table<Row>,
  fields: readonly Field[],
  record: Pick<Row, Field>,
): SqlValue[] {
  return fields.map((field) => dialect.encode(table.columns[field], record[field]));
}

/** A record from a row selected with every column (`SELECT *`). */
export function decodeRow<Row>(dialect: Dialect, table: Table<Row>, row: Record<string, unknown>): Row {
  const entries = columnsOf(table).map(([field, column]) => [field, dialect.decode(column, row[column.name])]);
  return Object.fromEntries(entries) as Row;
}
