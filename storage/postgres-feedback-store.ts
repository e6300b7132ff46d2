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
import {
  migrate,
  quoteIdentifier,
  resolvePostgresSource,
  type PostgresSource,
  type PostgresTarget,
} from './postgres-database';

interface FeedbackPgRow {
  id: string;
  answer_key: string;
  entry_id: string | null;
  lang: string;
  facets: FacetSelection;
  helpful: boolean | null;
  reason: string | null;
  comment: string | null;
  channel_id: string;
  match_score: number | null;
  decision: string;
  question: string;
  created_at: Date;
}

/** Feedback store in the same PostgreSQL database (and schema) as the conversation state. */
export class PostgresFeedbackStore implements FeedbackStore {
  private readonly table: string;

  private constructor(
    private readonly target: PostgresTarget,
    private readonly ownsPool: boolean,
  ) {
    this.table = `${quoteIdentifier(target.schema)}.feedback`;
  }

  /** Connects (or shares a pool) and creates the table if missing. */
  static async open(source: PostgresSource): Promise<PostgresFeedbackStore> {
    const { target, owned } = resolvePostgresSource(source);
    const store = new PostgresFeedbackStore(target, owned);
    try {
      await migrate(target, [
        `CREATE TABLE IF NOT EXISTS ${store.table} (
           id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
           answer_key  text NOT NULL UNIQUE,
           entry_id    text,
           lang        text NOT NULL,
           facets      jsonb NOT NULL,
           helpful     boolean,
           reason      text CHECK (reason IN ('unclear', 'incomplete', 'not-my-question', 'outdated')),
           comment     text,
           channel_id  text NOT NULL,
           match_score double precision,
           decision    text NOT NULL CHECK (decision IN ('answer', 'suggest', 'fallback')),
           question    text NOT NULL,
           created_at  timestamptz NOT NULL
         )`,
        `CREATE INDEX IF NOT EXISTS feedback_created_at ON ${store.table} (created_at)`,
      ]);
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async record(feedback: AnswerFeedback): Promise<RecordOutcome> {
    return this.insert(answerFeedbackRow(feedback));
  }

  async recordUnanswered(question: UnansweredQuestion): Promise<RecordOutcome> {
    return this.insert(unansweredRow(question));
  }

  async setReason(answerKey: string, reason: FeedbackReason): Promise<boolean> {
    assertReason(reason);
    const result = await this.target.pool.query(
      `UPDATE ${this.table} SET reason = $1 WHERE answer_key = $2 AND helpful = false AND reason IS NULL`,
      [reason, answerKey],
    );
    return result.rowCount === 1;
  }

  async setComment(answerKey: string, comment: string): Promise<boolean> {
    const result = await this.target.pool.query(
      `UPDATE ${this.table} SET comment = $1 WHERE answer_key = $2 AND helpful = false AND comment IS NULL`,
      [storableComment(comment), answerKey],
    );
    return result.rowCount === 1;
  }

  async list({ limit = DEFAULT_LIST_LIMIT, since }: FeedbackListOptions = {}): Promise<FeedbackRecord[]> {
    assertListLimit(limit);
    const { rows } = await this.target.pool.query<FeedbackPgRow>(
      `SELECT * FROM ${this.table} WHERE created_at >= $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [since ?? new Date(0), limit],
    );
    return rows.map(toRecord);
  }

  async stats(): Promise<FeedbackStats> {
    const pool = this.target.pool;
    // count(*) is bigint, which pg returns as a string: cast to int (feedback counts stay far below 2^31).
    const [totals, reasons, byEntry] = await Promise.all([
      pool.query<{ total: number; helpful: number; notHelpful: number; unanswered: number }>(
        `SELECT count(*)::int AS total, (count(*) FILTER (WHERE helpful))::int AS "helpful",
           (count(*) FILTER (WHERE NOT helpful))::int AS "notHelpful",
           (count(*) FILTER (WHERE entry_id IS NULL))::int AS "unanswered" FROM ${this.table}`,
      ),
      pool.query<{ reason: string; count: number }>(
        `SELECT reason, count(*)::int AS count FROM ${this.table} WHERE reason IS NOT NULL GROUP BY reason`,
      ),
      pool.query<{ entryId: string; helpful: number; notHelpful: number }>(
        `SELECT entry_id AS "entryId", (count(*) FILTER (WHERE helpful))::int AS "helpful",
           (count(*) FILTER (WHERE NOT helpful))::int AS "notHelpful"
         FROM ${this.table} WHERE entry_id IS NOT NULL GROUP BY entry_id ORDER BY "notHelpful" DESC, entry_id`,
      ),
    ]);
    const [counts = { total: 0, helpful: 0, notHelpful: 0, unanswered: 0 }] = totals.rows;
    return buildStats(counts, reasons.rows, byEntry.rows);
  }

  async close(): Promise<void> {
    if (this.ownsPool && !this.target.pool.ended) {
      await this.target.pool.end();
    }
  }

  private async insert(row: NewFeedbackRow): Promise<RecordOutcome> {
    const result = await this.target.pool.query(
      `INSERT INTO ${this.table} (answer_key, entry_id, lang, facets, helpful, reason, comment, channel_id,
         match_score, decision, question, created_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (answer_key) DO NOTHING`,
      [
        row.answerKey,
        row.entryId,
        row.lang,
        JSON.stringify(row.facets),
        row.helpful,
        row.reason,
        row.comment,
        row.channelId,
        row.matchScore,
        row.decision,
        row.question,
        row.at,
      ],
    );
    return result.rowCount === 1 ? 'recorded' : 'duplicate';
  }
}

function toRecord(row: FeedbackPgRow): FeedbackRecord {
  return {
    id: Number(row.id),
    answerKey: row.answer_key,
    entryId: row.entry_id,
    lang: row.lang as Lang,
    facets: row.facets,
    helpful: row.helpful,
    reason: row.reason as FeedbackReason | null,
    comment: row.comment,
    channelId: row.channel_id,
    matchScore: row.match_score,
    decision: row.decision as Decision,
    question: row.question,
    at: row.created_at,
  };
}
