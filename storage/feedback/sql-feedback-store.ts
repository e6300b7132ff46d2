import type { SqlValue } from '../database/dialect';
import { decodeRow, insertStatement, insertValues } from '../database/rows';
import type { SqlDatabase } from '../database/sql-database';
import { UserRefs } from '../retention/user-refs';
import {
  answerFeedbackRow,
  assertFilter,
  assertListLimit,
  assertReason,
  buildStats,
  DEFAULT_LIST_LIMIT,
  storableComment,
  unansweredRow,
  type NewFeedbackRow,
} from './feedback-rows';
import type {
  AnswerFeedback,
  FeedbackFilter,
  FeedbackListOptions,
  FeedbackReason,
  FeedbackRecord,
  FeedbackStats,
  FeedbackStore,
  RecordOutcome,
  UnansweredQuestion,
} from './feedback-store';
import { FEEDBACK_COMPONENT, FEEDBACK_MIGRATIONS, FEEDBACK_TABLE } from './feedback-table';

const INSERTED_FIELDS = (Object.keys(FEEDBACK_TABLE.columns) as (keyof FeedbackRecord)[]).filter(
  (field): field is keyof NewFeedbackRow => field !== 'id',
);

interface Counts {
  total: number;
  helpful: number;
  notHelpful: number;
  unanswered: number;
}

/** A filter as a WHERE clause; each present field adds one condition (so a handful of statement texts exist). */
function whereOf(
  filter: FeedbackFilter,
  database: SqlDatabase,
  extra: string[] = [],
): { sql: string; params: SqlValue[] } {
  const conditions: Array<[sql: string, field: keyof FeedbackRecord, value: unknown]> = [
    ['created_at >= ?', 'at', filter.from],
    ['created_at < ?', 'at', filter.to],
    ['lang = ?', 'lang', filter.lang],
    ['channel_id = ?', 'channelId', filter.channelId],
    ['entry_id = ?', 'entryId', filter.entryId],
  ];
  const present = conditions.filter(([, , value]) => value !== undefined);
  const clauses = [...present.map(([sql]) => sql), ...extra];
  return {
    sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '',
    params: present.map(([, field, value]) => database.dialect.encode(FEEDBACK_TABLE.columns[field], value)),
  };
}

/**
 * The feedback store on any `SqlDatabase`: one set of statements for SQLite and PostgreSQL, the row mapping from
 * `FEEDBACK_TABLE`, the dialect doing the rest. In the same database as the conversation state.
 */
export class SqlFeedbackStore implements FeedbackStore {
  private readonly table: string;
  private readonly insertSql: string;

  private constructor(
    private readonly database: SqlDatabase,
    private readonly refs: UserRefs,
  ) {
    this.table = database.table(FEEDBACK_TABLE.name);
    const insert = insertStatement(this.table, FEEDBACK_TABLE, INSERTED_FIELDS);
    this.insertSql = `${insert} ON CONFLICT (answer_key) DO NOTHING`;
  }

  /**
   * Brings the feedback table up to date, then serves it. Authors are hashed with `refs` (default: the database's
   * own key, see `UserRefs.open`).
   */
  static async open(database: SqlDatabase, refs?: UserRefs): Promise<SqlFeedbackStore> {
    await database.migrate(FEEDBACK_COMPONENT, FEEDBACK_MIGRATIONS);
    return new SqlFeedbackStore(database, refs ?? (await UserRefs.open(database)));
  }

  async record(feedback: AnswerFeedback): Promise<RecordOutcome> {
    return this.insert(answerFeedbackRow(feedback, this.refs));
  }

  async recordUnanswered(question: UnansweredQuestion): Promise<RecordOutcome> {
    return this.insert(unansweredRow(question, this.refs));
  }

  async setReason(answerKey: string, reason: FeedbackReason): Promise<boolean> {
    assertReason(reason);
    const sql = `UPDATE ${this.table} SET reason = ? WHERE answer_key = ? AND helpful = FALSE AND reason IS NULL`;
    return (await this.database.execute(sql, [reason, answerKey])) === 1;
  }

  async setComment(answerKey: string, comment: string): Promise<boolean> {
    const sql = `UPDATE ${this.table} SET comment = ? WHERE answer_key = ? AND helpful = FALSE AND comment IS NULL`;
    return (await this.database.execute(sql, [storableComment(comment), answerKey])) === 1;
  }

  async list({ limit = DEFAULT_LIST_LIMIT, ...filter }: FeedbackListOptions = {}): Promise<FeedbackRecord[]> {
    assertListLimit(limit);
    assertFilter(filter);
    const where = whereOf(filter, this.database);
    const rows = await this.database.query<Record<string, unknown>>(
      `SELECT * FROM ${this.table} ${where.sql} ORDER BY created_at DESC, id DESC LIMIT ?`,
      [...where.params, limit],
    );
    return rows.map((row) => decodeRow(this.database.dialect, FEEDBACK_TABLE, row));
  }

  async stats(filter: FeedbackFilter = {}): Promise<FeedbackStats> {
    assertFilter(filter);
    const all = whereOf(filter, this.database);
    const withReason = whereOf(filter, this.database, ['reason IS NOT NULL']);
    const rated = whereOf(filter, this.database, ['entry_id IS NOT NULL']);
    // CAST: PostgreSQL counts in bigint, which pg hands back as strings.
    const [totals, reasons, byEntry] = await Promise.all([
      this.database.query<Counts>(
        `SELECT CAST(count(*) AS INTEGER) AS total, ${countWhere('helpful = TRUE', 'helpful')},
           ${countWhere('helpful = FALSE', 'notHelpful')}, ${countWhere('entry_id IS NULL', 'unanswered')}
         FROM ${this.table} ${all.sql}`,
        all.params,
      ),
      this.database.query<{ reason: string; count: number }>(
        `SELECT reason, CAST(count(*) AS INTEGER) AS count FROM ${this.table} ${withReason.sql} GROUP BY reason`,
        withReason.params,
      ),
      this.database.query<{ entryId: string; helpful: number; notHelpful: number }>(
        `SELECT entry_id AS "entryId", ${countWhere('helpful = TRUE', 'helpful')},
           ${countWhere('helpful = FALSE', 'notHelpful')}
         FROM ${this.table} ${rated.sql} GROUP BY entry_id ORDER BY "notHelpful" DESC, entry_id`,
        rated.params,
      ),
    ]);
    const [counts = { total: 0, helpful: 0, notHelpful: 0, unanswered: 0 }] = totals;
    return buildStats(counts, reasons, byEntry);
  }

  private async insert(row: NewFeedbackRow): Promise<RecordOutcome> {
    const values = insertValues(this.database.dialect, FEEDBACK_TABLE, INSERTED_FIELDS, row);
    return (await this.database.execute(this.insertSql, values)) === 1 ? 'recorded' : 'duplicate';
  }
}

/** `CAST(SUM(CASE WHEN <condition> …) AS INTEGER) AS "<alias>"`, the same in both dialects. */
function countWhere(condition: string, alias: string): string {
  return `CAST(COALESCE(SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END), 0) AS INTEGER) AS "${alias}"`;
}
