import type { SqlDatabase } from '../database/sql-database';
import type { ConversationRef, DataSubject, Retention } from '../retention/retention';
import { anyOf, inList, startsWith, type Condition } from '../retention/sql-conditions';
import { DOCUMENTS_TABLE } from './documents-table';

/** botbuilder's keys (`bots/state/state-keys.ts`): `<channel>/conversations/<id>/<ns>`, `<channel>/users/<id>/<ns>`. */
const CONVERSATION_KEY = /^([^/]+)\/conversations\/(.+)\/[^/]*$/;
const conversationPrefix = ({ channelId, conversationId }: ConversationRef) =>
  `${channelId}/conversations/${conversationId}/`;
const userPrefix = (channelId: string, userId: string) => `${channelId}/users/${userId}/`;

/**
 * Retention and erasure of state documents (conversation and user state): a document not written for the retention
 * period is deleted whole (a conversation then starts afresh; a user's saved language is forgotten).
 */
export class DocumentRetention implements Retention {
  readonly name = DOCUMENTS_TABLE.name;
  private readonly table: string;

  constructor(private readonly database: SqlDatabase) {
    this.table = database.table(DOCUMENTS_TABLE.name);
  }

  async purge(cutoff: Date, limit: number): Promise<number> {
    const old = `SELECT key FROM ${this.table} WHERE updated_at < ? ORDER BY updated_at LIMIT ?`;
    const before = this.database.dialect.encode(DOCUMENTS_TABLE.columns.updatedAt, cutoff);
    return this.database.execute(`DELETE FROM ${this.table} WHERE key IN (${old})`, [before, limit]);
  }

  async conversationsOf(subject: DataSubject): Promise<ConversationRef[]> {
    const byUser = inList('user_ref', subject.refs);
    if (!byUser) return [];
    const rows = await this.database.query<{ key: string }>(
      `SELECT key FROM ${this.table} WHERE ${byUser.sql}`,
      byUser.params,
    );
    return rows.flatMap(({ key }) => {
      const match = CONVERSATION_KEY.exec(key);
      return match ? [{ channelId: match[1], conversationId: match[2] }] : [];
    });
  }

  /**
   * What the subject's turns wrote last, their user state on each channel (found by key, also when written before
   * documents carried a user reference), and the state of the subject's conversations.
   */
  async erase(subject: DataSubject, conversations: readonly ConversationRef[]): Promise<number> {
    const conditions: Array<Condition | undefined> = [
      inList('user_ref', subject.refs),
      ...subject.channels.map((channel) => startsWith('key', userPrefix(channel, subject.userId))),
      ...conversations.map((conversation) => startsWith('key', conversationPrefix(conversation))),
    ];
    const any = anyOf(conditions);
    if (!any) return 0;
    return this.database.execute(`DELETE FROM ${this.table} WHERE ${any.sql}`, any.params);
  }
}
