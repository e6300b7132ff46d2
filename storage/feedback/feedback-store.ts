import type { Decision, FacetSelection, Lang } from '../../knowledge/types';

export const FEEDBACK_REASONS = ['unclear', 'incomplete', 'not-my-question', 'outdated'] as const;
/** Why an answer did not help (optional, asked after "No"). */
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

/** Keyed by `Decision`: a decision added to knowledge fails to compile here until it is listed. */
const DECISION_KEYS: Record<Decision, true> = { answer: true, suggest: true, fallback: true };
/** Every matcher decision, for the database's check and the records' validation. */
export const DECISIONS = Object.keys(DECISION_KEYS) as Decision[];

/**
 * Who gave the feedback, and in which conversation: the store keeps a keyed hash of channel and user id (never the
 * id itself) and the conversation id, so that an erasure request finds the rows, and retention removes both.
 */
export interface FeedbackAuthor {
  /** The channel's id of the user (`activity.from.id`). */
  userId?: string | null;
  /** `activity.conversation.id`. */
  conversationId?: string | null;
}

/** What the conversation knows when the user rates an answer. */
export interface AnswerFeedback extends FeedbackAuthor {
  /** Identifies the rated answer message (e.g. `${conversationId}/${answerActivityId}`); rated at most once. */
  answerKey: string;
  entryId: string;
  lang: Lang;
  facets: FacetSelection;
  helpful: boolean;
  /** Only with `helpful: false`. */
  reason?: FeedbackReason | null;
  /** Free text some channels collect (Teams' feedback form). Redacted before it is stored. */
  comment?: string | null;
  channelId: string;
  /** Score of the answered entry, if it came from a search (null when picked from the facet cascade). */
  matchScore: number | null;
  decision: Decision;
  /** The user's question as typed. Redacted before it is stored. */
  question: string;
  /** Defaults to now. */
  at?: Date;
}

/** A question the bot could not answer (fallback), kept so editors can add the missing entry. */
export interface UnansweredQuestion extends FeedbackAuthor {
  /** Identifies the fallback reply (e.g. `${conversationId}/${replyActivityId}`). */
  answerKey: string;
  lang: Lang;
  facets: FacetSelection;
  channelId: string;
  /** Best score found, if any. */
  matchScore: number | null;
  decision: Decision;
  question: string;
  at?: Date;
}

/**
 * A stored record; `entryId` and `helpful` are null for unanswered questions. Texts are already redacted. Past the
 * retention period, `question` is empty, `comment`, `userRef` and `conversationId` are null, `answerKey` is
 * `expired:<id>` and `expiredAt` says when: the figures stay, nothing ties them to anyone.
 */
export interface FeedbackRecord {
  id: number;
  answerKey: string;
  entryId: string | null;
  lang: Lang;
  facets: FacetSelection;
  helpful: boolean | null;
  reason: FeedbackReason | null;
  comment: string | null;
  channelId: string;
  matchScore: number | null;
  decision: Decision;
  question: string;
  at: Date;
  /** Keyed hash of channel and user id (`UserRefs`); null for records written before it existed, and once expired. */
  userRef: string | null;
  conversationId: string | null;
  expiredAt: Date | null;
}

/** `duplicate`: a record with the same `answerKey` already exists; it is left unchanged. */
export type RecordOutcome = 'recorded' | 'duplicate';

/** Which records a reader looks at: a period and optional filters, all combined. */
export interface FeedbackFilter {
  /** Records at or after this time. */
  from?: Date;
  /** Records before this time. */
  to?: Date;
  lang?: Lang;
  channelId?: string;
  /** Ratings of this entry (unanswered questions have no entry). */
  entryId?: string;
}

export interface FeedbackListOptions extends FeedbackFilter {
  /** Newest first; defaults to 100. */
  limit?: number;
}

export interface EntryFeedbackStats {
  entryId: string;
  helpful: number;
  notHelpful: number;
}

export interface FeedbackStats {
  total: number;
  helpful: number;
  notHelpful: number;
  unanswered: number;
  byReason: Record<FeedbackReason, number>;
  /** Rated entries, most "not helpful" first. */
  byEntry: EntryFeedbackStats[];
}

/** What the dialogs record: answer ratings and unanswered questions. Every user text is redacted before storing. */
export interface FeedbackWriter {
  record(feedback: AnswerFeedback): Promise<RecordOutcome>;
  recordUnanswered(question: UnansweredQuestion): Promise<RecordOutcome>;
  /**
   * Adds the reason given after a "No" that was already recorded (the reason comes one turn later).
   * Resolves false when there is no "not helpful" record for `answerKey` or it already has a reason.
   */
  setReason(answerKey: string, reason: FeedbackReason): Promise<boolean>;
  /**
   * Adds what the user typed instead of picking a reason after a "No" (redacted first). Resolves false when there is
   * no "not helpful" record for `answerKey` or it already has a comment.
   */
  setComment(answerKey: string, comment: string): Promise<boolean>;
}

/** What analytics and reports read. Same results on every backend (tests/storage/feedback-contract.ts). */
export interface FeedbackReader {
  /** The records the filter selects, newest first. */
  list(options?: FeedbackListOptions): Promise<FeedbackRecord[]>;
  /** Totals, reasons and per-entry counts of the records the filter selects. */
  stats(filter?: FeedbackFilter): Promise<FeedbackStats>;
}

/** One store serves both sides; give each part of the bot only the side it needs. */
export type FeedbackStore = FeedbackWriter & FeedbackReader;
