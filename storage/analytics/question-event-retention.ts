import type { SqlDatabase } from '../database/sql-database';
import type { ConversationRef, DataSubject, Retention } from '../retention/retention';
import { conversationsOfUser, expireRecords, recordChannels, type ExpiringRecords } from '../retention/record-rows';
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

  purge(cutoff: Date, limit: number): Promise<number> {
    const records: ExpiringRecords = {
      table: this.table,
      clears: ["question = ''"],
      keyColumn: 'event_key',
      createdAt: QUESTION_EVENTS_TABLE.columns.at,
    };
    return expireRecords(this.database, records, cutoff, limit);
  }

  conversationsOf(subject: DataSubject): Promise<ConversationRef[]> {
    return conversationsOfUser(this.database, this.table, subject.refs);
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

  channels(): Promise<string[]> {
    return recordChannels(this.database, this.table);
  }
}
