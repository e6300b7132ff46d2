import type { SqlDatabase } from '../database/sql-database';
import type { ColumnSpec } from '../database/table';
import type { ConversationRef } from './retention';
import { inList } from './sql-conditions';

/** What an expired record's key becomes: unique still, and tied to no conversation. */
export const EXPIRED_KEY_PREFIX = 'expired:';

/**
 * How a table of records (feedback, question events) loses what is personal past the retention period: the SET
 * assignments that clear it, the key column rewritten to `expired:<id>`, and the creation time's column type.
 */
export interface ExpiringRecords {
  table: string;
  clears: readonly string[];
  keyColumn: string;
  createdAt: ColumnSpec;
}

/** Anonymises up to `limit` records created before `cutoff` that are not expired yet; the count done. */
export function expireRecords(database: SqlDatabase, records: ExpiringRecords, cutoff: Date, limit: number): Promise<number> {
  const { dialect } = database;
  const { table, clears, keyColumn } = records;
  const expired = `SELECT id FROM ${table} WHERE created_at < ? AND expired_at IS NULL ORDER BY created_at LIMIT ?`;
  const sql =
    `UPDATE ${table} SET ${[...clears, 'user_ref = NULL', 'conversation_id = NULL'].join(', ')}, ` +
    `${keyColumn} = '${EXPIRED_KEY_PREFIX}' || CAST(id AS TEXT), expired_at = ${dialect.now} ` +
    `WHERE id IN (${expired})`;
  return database.execute(sql, [dialect.encode(records.createdAt, cutoff), limit]);
}

/** The conversations in which these user references left records. */
export async function conversationsOfUser(database: SqlDatabase, table: string, refs: readonly string[]): Promise<ConversationRef[]> {
  const byUser = inList('user_ref', refs);
  if (!byUser) return [];
  const rows = await database.query<{ channel_id: string; conversation_id: string }>(
    `SELECT DISTINCT channel_id, conversation_id FROM ${table} WHERE ${byUser.sql} AND conversation_id IS NOT NULL`,
    byUser.params,
  );
  return rows.map((row) => ({ channelId: row.channel_id, conversationId: row.conversation_id }));
}

/** The channels that have records in the table. */
export async function recordChannels(database: SqlDatabase, table: string): Promise<string[]> {
  const rows = await database.query<{ channel_id: string }>(`SELECT DISTINCT channel_id FROM ${table}`);
  return rows.map((row) => row.channel_id);
}
