import type { FacetSelection, Lang } from '../../knowledge/types';
import { addColumns, addIndexes, createTable, type Migration } from '../database/migrations';
import {
  addedIn,
  boolean,
  defineTable,
  identity,
  json,
  nullable,
  oneOf,
  real,
  text,
  timestamp,
  unique,
} from '../database/table';
import { DECISIONS, FEEDBACK_REASONS, type FeedbackRecord } from './feedback-store';

/**
 * The one definition of a stored feedback record: each field's column, type and constraints, for SQLite and
 * PostgreSQL alike (the checks list `FEEDBACK_REASONS` and `DECISIONS`). Typed by `FeedbackRecord`: a field added
 * there fails to compile until it has its column here, and that column its migration.
 */
export const FEEDBACK_TABLE = defineTable<FeedbackRecord>(
  'feedback',
  {
    id: identity('id'),
    answerKey: unique(text('answer_key')),
    entryId: nullable(text('entry_id')),
    lang: text<Lang>('lang'),
    facets: json<FacetSelection>('facets'),
    helpful: nullable(boolean('helpful')),
    reason: nullable(oneOf('reason', FEEDBACK_REASONS)),
    comment: nullable(text('comment')),
    channelId: text('channel_id'),
    matchScore: nullable(real('match_score')),
    decision: oneOf('decision', DECISIONS),
    question: text('question'),
    at: timestamp('created_at'),
    userRef: addedIn(2, nullable(text('user_ref'))),
    conversationId: addedIn(2, nullable(text('conversation_id'))),
    expiredAt: addedIn(2, nullable(timestamp('expired_at'))),
  },
  [
    { name: 'feedback_created_at', fields: ['at'] },
    { name: 'feedback_user_ref', fields: ['userRef'], since: 2 },
  ],
);

export const FEEDBACK_COMPONENT = 'feedback';

export const FEEDBACK_MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'the feedback table', statements: (target) => createTable(target, FEEDBACK_TABLE) },
  {
    version: 2,
    description: 'whose feedback (a keyed hash of channel and user id), its conversation, when retention stripped it',
    statements: (target) => [...addColumns(target, FEEDBACK_TABLE, 2), ...addIndexes(target, FEEDBACK_TABLE, 2)],
  },
];
