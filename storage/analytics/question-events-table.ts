import type { FacetSelection, Lang } from '../../knowledge/types';
import { createTable, type Migration } from '../database/migrations';
import { defineTable, identity, json, nullable, oneOf, real, text, timestamp, unique } from '../database/table';
import { DECISIONS } from '../feedback/feedback-store';
import { QUESTION_EVENT_KINDS, REACHED_BY, type QuestionEventRecord } from './question-events';

/**
 * The one definition of a stored question event (an answer shown, a "did you mean" menu), for SQLite and PostgreSQL
 * alike. Typed by `QuestionEventRecord`: a field added there fails to compile until it has its column here.
 */
export const QUESTION_EVENTS_TABLE = defineTable<QuestionEventRecord>(
  'question_events',
  {
    id: identity('id'),
    eventKey: unique(text('event_key')),
    kind: oneOf('kind', QUESTION_EVENT_KINDS),
    entryId: nullable(text('entry_id')),
    offered: json<string[]>('offered'),
    reachedBy: nullable(oneOf('reached_by', REACHED_BY)),
    decision: oneOf('decision', DECISIONS),
    matchScore: nullable(real('match_score')),
    lang: text<Lang>('lang'),
    channelId: text('channel_id'),
    facets: json<FacetSelection>('facets'),
    question: text('question'),
    at: timestamp('created_at'),
    userRef: nullable(text('user_ref')),
    conversationId: nullable(text('conversation_id')),
    expiredAt: nullable(timestamp('expired_at')),
  },
  [
    { name: 'question_events_created_at', fields: ['at'] },
    { name: 'question_events_user_ref', fields: ['userRef'] },
  ],
);

export const QUESTION_EVENTS_COMPONENT = 'question_events';

export const QUESTION_EVENTS_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'answers shown (how each was reached) and "did you mean" menus offered',
    statements: (target) => createTable(target, QUESTION_EVENTS_TABLE),
  },
];
