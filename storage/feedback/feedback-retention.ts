import type { SqlDatabase } from '../database/sql-database';
import type { ConversationRef, DataSubject, Retention } from '../retention/retention';
import { inList, startsWith } from '../retention/sql-conditions';
import { FEEDBACK_TABLE } from './feedback-table';

/** What an expired record's answer key becomes: unique still, and tied to no conversation. */
export const EXPIRED_ANSWER_KEY_PREFIX = 'expired:';

/**
 * Retention and erasure of feedback. Past the retention period a record keeps its figures (entry, helpful, reason,
 * language, facets, channel, score, decision, time) and loses what is personal: the question and comment texts, the
 * user reference, the conversation (its id, also inside the answer key).
 */
export class FeedbackRetention implements Retention {
  readonly name = FEEDBACK_TABLE.name;
  private readonly table: string;

  constructor(private readonly database: SqlDatabase) {
    this.table = database.table(FEEDBACK_TABLE.name);
  }

  async purge(cutoff: Date, limit: number): Promise<number> {
    const { dialect } = this.database;
    const expired = `SELECT id FROM ${this.table} WHERE created_at < ? AND expired_at IS NULL ORDER BY created_at LIMIT ?`;
    const sql =
      `UPDATE ${this.table} SET question = '', comment = NULL, user_ref = NULL, conversation_id = NULL, ` +
      `answer_key = '${EXPIRED_ANSWER_KEY_PREFIX}' || CAST(id AS TEXT), expired_at = ${dialect.now} ` +
      `WHERE id IN (${expired})`;
    return this.database.execute(sql, [dialect.encode(FEEDBACK_TABLE.columns.at, cutoff), limit]);
  }

  async conversationsOf(subject: DataSubject): Promise<ConversationRef[]> {
    const byUser = inList('user_ref', subject.refs);
    if (!byUser) return [];
    const rows = await this.database.query<{ channel_id: string; conversation_id: string }>(
      `SELECT DISTINCT channel_id, conversation_id FROM ${this.table} WHERE ${byUser.sql} AND conversation_id IS NOT NULL`,
      byUser.params,
    );
    return rows.map((row) => ({ channelId: row.channel_id, conversationId: row.conversation_id }));
  }

  /**
   * The subject's rows, and the rows of their conversations that name nobody (written before records carried a
   * user reference: their answer key starts with the conversation id). Other users' rows are left.
   */
  async erase(subject: DataSubject, conversations: readonly ConversationRef[]): Promise<number> {
    let deleted = 0;
    const byUser = inList('user_ref', subject.refs);
    if (byUser) deleted += await this.database.execute(`DELETE FROM ${this.table} WHERE ${byUser.sql}`, byUser.params);
    for (const { channelId, conversationId } of conversations) {
      const anonymous = startsWith('answer_key', `${conversationId}/`);
      deleted += await this.database.execute(
        `DELETE FROM ${this.table} WHERE user_ref IS NULL AND expired_at IS NULL AND channel_id = ? AND ${anonymous.sql}`,
        [channelId, ...anonymous.params],
      );
    }
    return deleted;
  }

  async channels(): Promise<string[]> {
    const rows = await this.database.query<{ channel_id: string }>(`SELECT DISTINCT channel_id FROM ${this.table}`);
    return rows.map((row) => row.channel_id);
  }
}
