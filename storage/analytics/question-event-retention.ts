import type { SqlDatabase } from '../database/sql-database';
import { EXPIRED_ANSWER_KEY_PREFIX } from '../feedback/feedback-retention';
import type { ConversationRef, DataSubject, Retention } from '../retention/retention';
import { inList } from '../retention/sql-conditions';
import { QUESTION_EVENTS_TABLE } from './question-events-table';

/**
 * Retention and erasure of question events. Past the retention period an event keeps its figures (kind, entry, how
 * reached, language, channel, topics, score, time) and loses what is personal: the question, the user reference and
 * the conversation (also inside the event key).
 */
export class QuestionEventRetention implements Retention {
  readonly name = QUESTION_EVENTS_TABLE.name;
  private readonly table: string;

  constructor(private readonly database: SqlDatabase) {
    this.table = database.table(QUESTION_EVENTS_TABLE.name);
  }

  async purge(cutoff: Date, limit: number): Promise<number> {
    const { dialect } = this.database;
    const expired = `SELECT id FROM ${this.table} WHERE created_at < ? AND expired_at IS NULL ORDER BY created_at LIMIT ?`;
    const sql =
      `UPDATE ${this.table} SET question = '', user_ref = NULL, conversation_id = NULL, ` +
      `event_key = '${EXPIRED_ANSWER_KEY_PREFIX}' || CAST(id AS TEXT), expired_at = ${dialect.now} ` +
      `WHERE id IN (${expired})`;
    return this.database.execute(sql, [dialect.encode(QUESTION_EVENTS_TABLE.columns.at, cutoff), limit]);
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

  /** The subject's events, and every event of their conversations. */
  async erase(subject: DataSubject, conversations: readonly ConversationRef[]): Promise<number> {
    let deleted = 0;
    const byUser = inList('user_ref', subject.refs);
    if (byUser) deleted += await this.database.execute(`DELETE FROM ${this.table} WHERE ${byUser.sql}`, byUser.params);
    for (const { channelId, conversationId } of conversations) {
      deleted += await this.database.execute(
        `DELETE FROM ${this.table} WHERE channel_id = ? AND conversation_id = ?`,
        [channelId, conversationId],
      );
    }
    return deleted;
  }

  async channels(): Promise<string[]> {
    const rows = await this.database.query<{ channel_id: string }>(`SELECT DISTINCT channel_id FROM ${this.table}`);
    return rows.map((row) => row.channel_id);
  }
}
