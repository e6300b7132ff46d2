import type { Decision, FacetSelection, Lang } from '../knowledge/types';

export const FEEDBACK_REASONS = ['unclear', 'incomplete', 'not-my-question', 'outdated'] as const;
/** Why an answer did not help (optional, asked after "No"). */
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

/** What the conversation knows when the user rates an answer. */
export interface AnswerFeedback {
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
export interface UnansweredQuestion {
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

/** A stored record; `entryId` and `helpful` are null for unanswered questions. Texts are already redacted. */
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
}

/** `duplicate`: a record with the same `answerKey` already exists; it is left unchanged. */
export type RecordOutcome = 'recorded' | 'duplicate';

export interface FeedbackListOptions {
  /** Newest first; defaults to 100. */
  limit?: number;
  /** Only records at or after this time. */
  since?: Date;
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

/** Where answer ratings and unanswered questions go. Implementations redact every user text before storing it. */
export interface FeedbackStore {
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
  list(options?: FeedbackListOptions): Promise<FeedbackRecord[]>;
  stats(): Promise<FeedbackStats>;
  close(): Promise<void>;
}
