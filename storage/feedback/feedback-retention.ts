import type { SqlDatabase } from '../database/sql-database';
import type { ConversationRef, DataSubject, Retention } from '../retention/retention';
import { conversationsOfUser, expireRecords, recordChannels, type ExpiringRecords } from '../retention/record-rows';
import { inList, startsWith } from '../retention/sql-conditions';
import { FEEDBACK_TABLE } from './feedback-table';

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

  purge(cutoff: Date, limit: number): Promise<number> {
    return expireRecords(this.database, this.records(), cutoff, limit);
  }

  conversationsOf(subject: DataSubject): Promise<ConversationRef[]> {
    return conversationsOfUser(this.database, this.table, subject.refs);
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

  channels(): Promise<string[]> {
    return recordChannels(this.database, this.table);
  }

  private records(): ExpiringRecords {
    const clears = ["question = ''", 'comment = NULL'];
    return { table: this.table, clears, keyColumn: 'answer_key', createdAt: FEEDBACK_TABLE.columns.at };
  }
}
