import type { SqlValue } from '../database/dialect';

/** A piece of WHERE clause and its values, with `?` placeholders. */
export interface Condition {
  sql: string;
  params: SqlValue[];
}

/** `column IN (?, ?, …)`, or undefined for no values (an empty IN is not SQL). */
export function inList(column: string, values: readonly string[]): Condition | undefined {
  if (values.length === 0) return undefined;
  return { sql: `${column} IN (${values.map(() => '?').join(', ')})`, params: [...values] };
}

/**
 * `column` starts with `prefix`, compared exactly: LIKE is case-insensitive in SQLite and would need escaping.
 * substr counts characters in both dialects, hence the code-point length.
 */
export function startsWith(column: string, prefix: string): Condition {
  return { sql: `substr(${column}, 1, ?) = ?`, params: [[...prefix].length, prefix] };
}

/** Conditions joined by OR (undefined ones left out); undefined when none is left. */
export function anyOf(conditions: ReadonlyArray<Condition | undefined>): Condition | undefined {
  const present = conditions.filter((condition): condition is Condition => condition !== undefined);
  if (present.length === 0) return undefined;
  return { sql: present.map((condition) => `(${condition.sql})`).join(' OR '), params: present.flatMap((c) => c.params) };
}
