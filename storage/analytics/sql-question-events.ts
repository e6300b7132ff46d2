import type { SqlValue } from '../database/dialect';
import { decodeRow, insertStatement, insertValues } from '../database/rows';
import type { SqlDatabase } from '../database/sql-database';
import type { Table } from '../database/table';
import { FEEDBACK_COMPONENT, FEEDBACK_MIGRATIONS, FEEDBACK_TABLE } from '../feedback/feedback-table';
import { UserRefs } from '../retention/user-refs';
import type { AnalyticsReader, AnalyticsRecords } from './analytics-reader';
import { assertEventFilter, questionEventRow, type NewQuestionEventRow } from './question-event-rows';
import type { EventFilter, QuestionEvent, QuestionEventRecord, QuestionEventStore } from './question-events';
import { QUESTION_EVENTS_COMPONENT, QUESTION_EVENTS_MIGRATIONS, QUESTION_EVENTS_TABLE } from './question-events-table';

const INSERTED_FIELDS = (Object.keys(QUESTION_EVENTS_TABLE.columns) as (keyof QuestionEventRecord)[]).filter(
  (field): field is keyof NewQuestionEventRow => field !== 'id',
);

/** The tables read by period, language and channel have those columns under the same names. */
interface Sliced {
  at: Date;
  lang: string;
  channelId: string;
}

/** The filter as a WHERE clause on either table; each present field adds one condition. */
function whereOf<Row extends Sliced>(database: SqlDatabase, table: Table<Row>, filter: EventFilter): { sql: string; params: SqlValue[] } {
  const conditions: Array<[sql: string, field: keyof Sliced, value: unknown]> = [
    ['created_at >= ?', 'at', filter.from],
    ['created_at < ?', 'at', filter.to],
    ['lang = ?', 'lang', filter.lang],
    ['channel_id = ?', 'channelId', filter.channelId],
  ];
  const present = conditions.filter(([, , value]) => value !== undefined);
  return {
    sql: present.length > 0 ? `WHERE ${present.map(([sql]) => sql).join(' AND ')}` : '',
    params: present.map(([, field, value]) => database.dialect.encode(table.columns[field], value)),
  };
}

async function selectAll<Row extends Sliced>(database: SqlDatabase, table: Table<Row>, filter: EventFilter): Promise<Row[]> {
  const where = whereOf(database, table, filter);
  const rows = await database.query<Record<string, unknown>>(
    `SELECT * FROM ${database.table(table.name)} ${where.sql} ORDER BY created_at, id`,
    where.params,
  );
  return rows.map((row) => decodeRow(database.dialect, table, row));
}

/**
 * Question events on any `SqlDatabase` (one set of statements for SQLite and PostgreSQL), and the analytics reader
 * over them and the feedback records of the same database.
 */
export class SqlQuestionEventStore implements QuestionEventStore, AnalyticsReader {
  private readonly insertSql: string;

  private constructor(
    private readonly database: SqlDatabase,
    private readonly refs: UserRefs,
  ) {
    const insert = insertStatement(database.table(QUESTION_EVENTS_TABLE.name), QUESTION_EVENTS_TABLE, INSERTED_FIELDS);
    this.insertSql = `${insert} ON CONFLICT (event_key) DO NOTHING`;
  }

  /** Brings the events table (and the feedback table it is read with) up to date, then serves them. */
  static async open(database: SqlDatabase, refs?: UserRefs): Promise<SqlQuestionEventStore> {
    await database.migrate(FEEDBACK_COMPONENT, FEEDBACK_MIGRATIONS);
    await database.migrate(QUESTION_EVENTS_COMPONENT, QUESTION_EVENTS_MIGRATIONS);
    return new SqlQuestionEventStore(database, refs ?? (await UserRefs.open(database)));
  }

  async recordEvent(event: QuestionEvent): Promise<'recorded' | 'duplicate'> {
    const values = insertValues(this.database.dialect, QUESTION_EVENTS_TABLE, INSERTED_FIELDS, questionEventRow(event, this.refs));
    return (await this.database.execute(this.insertSql, values)) === 1 ? 'recorded' : 'duplicate';
  }

  async events(filter: EventFilter = {}): Promise<QuestionEventRecord[]> {
    assertEventFilter(filter);
    return selectAll(this.database, QUESTION_EVENTS_TABLE, filter);
  }

  async records(filter: EventFilter = {}): Promise<AnalyticsRecords> {
    assertEventFilter(filter);
    const [events, feedback] = await Promise.all([
      selectAll(this.database, QUESTION_EVENTS_TABLE, filter),
      selectAll(this.database, FEEDBACK_TABLE, filter),
    ]);
    return { events, feedback };
  }
}
