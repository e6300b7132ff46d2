import { LANGS } from '../../knowledge/types';
import { FeedbackValidationError } from '../errors';
import { DECISIONS } from '../feedback/feedback-store';
import { redactPii } from '../redact';
import type { UserRefs } from '../retention/user-refs';
import { QUESTION_EVENT_KINDS, REACHED_BY, type EventFilter, type QuestionEvent, type QuestionEventRecord } from './question-events';

export type NewQuestionEventRow = Omit<QuestionEventRecord, 'id'>;

function fail(field: string, reason: string): never {
  throw new FeedbackValidationError(field, reason);
}

function requireText(field: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') fail(field, 'expected a non-empty string');
}

/** An answer names its entry and how it was reached; a "did you mean" menu names what it offered, and no entry. */
function checkShape(event: QuestionEvent): void {
  if (!QUESTION_EVENT_KINDS.includes(event.kind)) fail('kind', `unknown kind "${String(event.kind)}"`);
  if (!Array.isArray(event.offered) || event.offered.some((id) => typeof id !== 'string' || id === '')) {
    fail('offered', 'expected a list of entry ids');
  }
  if (event.kind === 'answer') {
    requireText('entryId', event.entryId);
    if (event.reachedBy === null || !REACHED_BY.includes(event.reachedBy)) {
      fail('reachedBy', `expected one of ${REACHED_BY.join(', ')}, got ${String(event.reachedBy)}`);
    }
  } else if (event.entryId !== null || event.reachedBy !== null) {
    fail('entryId', 'a "did you mean" menu has no entry nor reachedBy');
  }
}

function checkCommon(event: QuestionEvent): Date {
  requireText('eventKey', event.eventKey);
  requireText('channelId', event.channelId);
  if (!LANGS.includes(event.lang)) fail('lang', `unknown language "${String(event.lang)}"`);
  if (!DECISIONS.includes(event.decision)) fail('decision', `unknown decision "${String(event.decision)}"`);
  if (event.matchScore !== null && !Number.isFinite(event.matchScore)) fail('matchScore', 'expected a finite number or null');
  if (typeof event.question !== 'string') fail('question', 'expected a string');
  const at = event.at ?? new Date();
  if (Number.isNaN(at.getTime())) fail('at', 'invalid date');
  return at;
}

/** A validated, redacted row: the user as a keyed hash, the question without personal data. */
export function questionEventRow(event: QuestionEvent, refs: UserRefs): NewQuestionEventRow {
  checkShape(event);
  const at = checkCommon(event);
  const { userId, conversationId } = event;
  for (const [field, value] of [['userId', userId], ['conversationId', conversationId]] as const) {
    if (value !== undefined && value !== null && (typeof value !== 'string' || value === '')) {
      fail(field, 'expected a non-empty string or null');
    }
  }
  return {
    eventKey: event.eventKey,
    kind: event.kind,
    entryId: event.entryId,
    offered: [...event.offered],
    reachedBy: event.reachedBy,
    decision: event.decision,
    matchScore: event.matchScore,
    lang: event.lang,
    channelId: event.channelId,
    facets: { ...event.facets },
    question: redactPii(event.question).replace(/\u0000/g, ''),
    at,
    userRef: userId ? refs.of({ channelId: event.channelId, userId }) : null,
    conversationId: conversationId || null,
    expiredAt: null,
  };
}

/** A reader's filter, checked before it reaches SQL (an invalid date would otherwise select nothing, silently). */
export function assertEventFilter({ from, to, lang, channelId }: EventFilter): void {
  for (const [field, date] of [['from', from], ['to', to]] as const) {
    if (date !== undefined && !(date instanceof Date && Number.isFinite(date.getTime()))) fail(field, 'expected a valid date');
  }
  if (lang !== undefined && !LANGS.includes(lang)) fail('lang', `unknown language "${String(lang)}"`);
  if (channelId !== undefined) requireText('channelId', channelId);
}
