import { LANGS } from '../../knowledge/types';
import { FeedbackValidationError } from '../errors';
import { redactPii } from '../redact';
import type { UserRefs } from '../retention/user-refs';
import {
  DECISIONS,
  FEEDBACK_REASONS,
  type AnswerFeedback,
  type FeedbackFilter,
  type FeedbackReason,
  type FeedbackRecord,
  type FeedbackStats,
  type UnansweredQuestion,
} from './feedback-store';

export const DEFAULT_LIST_LIMIT = 100;

/** A validated, redacted record ready for either backend: a stored record before the backend gives it its id. */
export type NewFeedbackRow = Omit<FeedbackRecord, 'id'>;

export function answerFeedbackRow(feedback: AnswerFeedback, refs: UserRefs): NewFeedbackRow {
  requireText('entryId', feedback.entryId);
  if (typeof feedback.helpful !== 'boolean') {
    throw new FeedbackValidationError('helpful', `expected true or false, got ${String(feedback.helpful)}`);
  }
  const reason = feedback.reason ?? null;
  assertReason(reason);
  if (reason !== null && feedback.helpful) {
    throw new FeedbackValidationError('reason', `"${reason}" given for an answer rated helpful`);
  }
  const comment = feedback.comment ? storableText(feedback.comment) : null;
  return { ...commonRow(feedback, refs), entryId: feedback.entryId, helpful: feedback.helpful, reason, comment };
}

export function unansweredRow(question: UnansweredQuestion, refs: UserRefs): NewFeedbackRow {
  return { ...commonRow(question, refs), entryId: null, helpful: null, reason: null, comment: null };
}

type CommonFields = Omit<NewFeedbackRow, 'entryId' | 'helpful' | 'reason' | 'comment'>;

function commonRow(input: AnswerFeedback | UnansweredQuestion, refs: UserRefs): CommonFields {
  requireText('answerKey', input.answerKey);
  requireText('channelId', input.channelId);
  if (!LANGS.includes(input.lang)) {
    throw new FeedbackValidationError('lang', `unknown language "${String(input.lang)}"`);
  }
  if (!DECISIONS.includes(input.decision)) {
    throw new FeedbackValidationError('decision', `unknown decision "${String(input.decision)}"`);
  }
  if (input.matchScore !== null && !Number.isFinite(input.matchScore)) {
    const got = String(input.matchScore);
    throw new FeedbackValidationError('matchScore', `expected a finite number or null, got ${got}`);
  }
  if (typeof input.question !== 'string') {
    throw new FeedbackValidationError('question', 'expected a string');
  }
  const at = input.at ?? new Date();
  if (Number.isNaN(at.getTime())) {
    throw new FeedbackValidationError('at', 'invalid date');
  }
  const { answerKey, lang, channelId, matchScore, decision } = input;
  const question = storableText(input.question);
  const facets = { ...input.facets };
  return { answerKey, lang, facets, channelId, matchScore, decision, at, question, ...author(input, refs) };
}

/** The keyed hash of the user, never their id; checked, since a wrong type would silently tie a row to nobody. */
function author(input: AnswerFeedback | UnansweredQuestion, refs: UserRefs) {
  const { userId, conversationId } = input;
  for (const [field, value] of [['userId', userId], ['conversationId', conversationId]] as const) {
    if (value !== undefined && value !== null && (typeof value !== 'string' || value === '')) {
      throw new FeedbackValidationError(field, 'expected a non-empty string or null');
    }
  }
  return {
    userRef: userId ? refs.of({ channelId: input.channelId, userId }) : null,
    conversationId: conversationId || null,
    expiredAt: null,
  };
}

export function assertReason(reason: unknown): asserts reason is FeedbackReason | null {
  if (reason !== null && !FEEDBACK_REASONS.includes(reason as FeedbackReason)) {
    const expected = FEEDBACK_REASONS.join(', ');
    throw new FeedbackValidationError('reason', `unknown reason "${String(reason)}" (expected ${expected})`);
  }
}

/** A comment added after the rating: required, then stored like every user text. */
export function storableComment(comment: string): string {
  requireText('comment', comment);
  return storableText(comment);
}

/** Redacted, and without NUL characters, which PostgreSQL text columns refuse. */
function storableText(text: string): string {
  return redactPii(text).replace(/\u0000/g, '');
}

function requireText(field: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new FeedbackValidationError(field, 'expected a non-empty string');
  }
}

export function assertListLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new FeedbackValidationError('limit', `expected a positive integer, got ${limit}`);
  }
}

/** A reader's filter, checked before it reaches SQL (an invalid date would otherwise select nothing, silently). */
export function assertFilter({ from, to, lang, channelId, entryId }: FeedbackFilter): void {
  for (const [field, date] of [['from', from], ['to', to]] as const) {
    if (date !== undefined && !(date instanceof Date && Number.isFinite(date.getTime()))) {
      throw new FeedbackValidationError(field, 'expected a valid date');
    }
  }
  if (lang !== undefined && !LANGS.includes(lang)) {
    throw new FeedbackValidationError('lang', `unknown language "${String(lang)}"`);
  }
  if (channelId !== undefined) requireText('channelId', channelId);
  if (entryId !== undefined) requireText('entryId', entryId);
}

/** Assembles the stats both backends compute with their own SQL. */
export function buildStats(
  totals: { total: number; helpful: number; notHelpful: number; unanswered: number },
  reasons: Array<{ reason: string; count: number }>,
  byEntry: FeedbackStats['byEntry'],
): FeedbackStats {
  const byReason = Object.fromEntries(FEEDBACK_REASONS.map((reason) => [reason, 0])) as Record<FeedbackReason, number>;
  for (const { reason, count } of reasons) {
    assertReason(reason);
    if (reason !== null) {
      byReason[reason] = count;
    }
  }
  return { ...totals, byReason, byEntry };
}
