import type { Matcher } from '../../knowledge';
import type { FeedbackRecord } from '../feedback/feedback-store';
import type { EventFilter, QuestionEventRecord } from './question-events';

/** Every record a report is built from, for one period and slice. */
export interface AnalyticsRecords {
  /** Answers shown and "did you mean" menus, oldest first. */
  events: QuestionEventRecord[];
  /** Ratings and unanswered questions, oldest first. */
  feedback: FeedbackRecord[];
}

/**
 * What `buildEditorsReport` reads from the store: the records of a period (and language, channel), whole. SQLite and
 * PostgreSQL give the same records (tests/storage/analytics-contract.ts), so the report is the same on both.
 */
export interface AnalyticsReader {
  records(filter: EventFilter): Promise<AnalyticsRecords>;
}

/**
 * The knowledge the report names entries and topics with, and asks for the entries closest to a group of questions:
 * the matcher the bot serves (after a live edit, the new one).
 */
export type ReportKnowledge = Pick<Matcher, 'kb' | 'match' | 'entry'>;
