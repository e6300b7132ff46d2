import type { Decision, FacetSelection, Lang } from '../knowledge/types';
import {
  answerFeedbackRow,
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
  FeedbackListOptions,
  FeedbackReason,
  FeedbackRecord,
  FeedbackStats,
  FeedbackStore,
  RecordOutcome,
  UnansweredQuestion,
} from './feedback-store';
import { resolveSqliteDatabase, type SqliteDatabase } from './sqlite-database';

const CREATE_TABLE = `
  CREATE TABLE IF NOT EXISTS feedback (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    answer_key  TEXT NOT NULL UNIQUE,
    entry_id    TEXT,
    lang        TEXT NOT NULL,
    facets      TEXT NOT NULL,
    helpful     INTEGER CHECK (helpful IN (0, 1)),
    reason      TEXT CHECK (reason IN ('unclear', 'incomplete', 'not-my-question', 'outdated')),
    comment     TEXT,
    channel_id  TEXT NOT NULL,
    match_score REAL,
    decision    TEXT NOT NULL CHECK (decision IN ('answer', 'suggest', 'fallback')),
    question    TEXT NOT NULL,
    created_at  TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS feedback_created_at ON feedback (created_at)`;

interface FeedbackSqlRow {
  id: number;
  answer_key: string;
  entry_id: string | null;
  lang: string;
  facets: string;
  helpful: number | null;
  reason: string | null;
  comment: string | null;
  channel_id: string;
  match_score: number | null;
  decision: string;
  question: string;
  created_at: string;
}

/** Feedback store in the same SQLite database as the conversation state. */
export class SqliteFeedbackStore implements FeedbackStore {
  private readonly db: SqliteDatabase;
  private readonly ownsDatabase: boolean;

  /** @param database an open database (the caller closes it) or a path it opens and owns (`:memory:`). */
  constructor(database: SqliteDatabase | string) {
    const { db, owned } = resolveSqliteDatabase(database);
    this.db = db;
    this.ownsDatabase = owned;
    this.db.exec(CREATE_TABLE);
  }

  async record(feedback: AnswerFeedback): Promise<RecordOutcome> {
    return this.insert(answerFeedbackRow(feedback));
  }

  async recordUnanswered(question: UnansweredQuestion): Promise<RecordOutcome> {
    return this.insert(unansweredRow(question));
  }

  async setReason(answerKey: string, reason: FeedbackReason): Promise<boolean> {
    assertReason(reason);
    const result = this.db
      .prepare('UPDATE feedback SET reason = ? WHERE answer_key = ? AND helpful = 0 AND reason IS NULL')
      .run(reason, answerKey);
    return result.changes === 1;
  }

  async setComment(answerKey: string, comment: string): Promise<boolean> {
    const result = this.db
      .prepare('UPDATE feedback SET comment = ? WHERE answer_key = ? AND helpful = 0 AND comment IS NULL')
      .run(storableComment(comment), answerKey);
    return result.changes === 1;
  }

  async list({ limit = DEFAULT_LIST_LIMIT, since }: FeedbackListOptions = {}): Promise<FeedbackRecord[]> {
    assertListLimit(limit);
    const rows = this.db
      .prepare<[string, number], FeedbackSqlRow>(
        'SELECT * FROM feedback WHERE created_at >= ? ORDER BY created_at DESC, id DESC LIMIT ?',
      )
      .all((since ?? new Date(0)).toISOString(), limit);
    return rows.map(toRecord);
  }

  async stats(): Promise<FeedbackStats> {
    const totals = this.db
      .prepare<[], { total: number; helpful: number; notHelpful: number; unanswered: number }>(
        `SELECT count(*) AS total, coalesce(sum(helpful = 1), 0) AS helpful,
           coalesce(sum(helpful = 0), 0) AS notHelpful, coalesce(sum(entry_id IS NULL), 0) AS unanswered
         FROM feedback`,
      )
      .get() ?? { total: 0, helpful: 0, notHelpful: 0, unanswered: 0 };
    const reasons = this.db
      .prepare<[], { reason: string; count: number }>(
        'SELECT reason, count(*) AS count FROM feedback WHERE reason IS NOT NULL GROUP BY reason',
      )
      .all();
    const byEntry = this.db
      .prepare<[], { entryId: string; helpful: number; notHelpful: number }>(
        `SELECT entry_id AS entryId, sum(helpful = 1) AS helpful, sum(helpful = 0) AS notHelpful FROM feedback
         WHERE entry_id IS NOT NULL GROUP BY entry_id ORDER BY notHelpful DESC, entry_id`,
      )
      .all();
    return buildStats(totals, reasons, byEntry);
  }

  async close(): Promise<void> {
    if (this.ownsDatabase && this.db.open) {
      this.db.close();
    }
  }

  private insert(row: NewFeedbackRow): RecordOutcome {
    const result = this.db
      .prepare(
        `INSERT INTO feedback (answer_key, entry_id, lang, facets, helpful, reason, comment, channel_id, match_score,
           decision, question, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (answer_key) DO NOTHING`,
      )
      .run(
        row.answerKey,
        row.entryId,
        row.lang,
        JSON.stringify(row.facets),
        row.helpful === null ? null : Number(row.helpful),
        row.reason,
        row.comment,
        row.channelId,
        row.matchScore,
        row.decision,
        row.question,
        row.at.toISOString(),
      );
    return result.changes === 1 ? 'recorded' : 'duplicate';
  }
}

function toRecord(row: FeedbackSqlRow): FeedbackRecord {
  return {
    id: row.id,
    answerKey: row.answer_key,
    entryId: row.entry_id,
    lang: row.lang as Lang,
    facets: JSON.parse(row.facets) as FacetSelection,
    helpful: row.helpful === null ? null : row.helpful === 1,
    reason: row.reason as FeedbackReason | null,
    comment: row.comment,
    channelId: row.channel_id,
    matchScore: row.match_score,
    decision: row.decision as Decision,
    question: row.question,
    at: new Date(row.created_at),
  };
}
