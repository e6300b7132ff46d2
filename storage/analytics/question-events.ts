import type { Decision, FacetSelection, Lang } from '../../knowledge/types';
import type { FeedbackAuthor } from '../feedback/feedback-store';

/**
 * How a user reached an answer: `cascade` (picked from the topics' list), `typed` (a question answered directly),
 * `did-you-mean` (picked among "did you mean"), `alternative` (picked among the other answers after a "No"),
 * `see-also` (picked in "see also" after a "Yes").
 */
export const REACHED_BY = ['cascade', 'typed', 'did-you-mean', 'alternative', 'see-also'] as const;
export type ReachedBy = (typeof REACHED_BY)[number];

/** `answer`: an answer was shown; `did-you-mean`: a "did you mean" menu was offered for a question. */
export const QUESTION_EVENT_KINDS = ['answer', 'did-you-mean'] as const;
export type QuestionEventKind = (typeof QUESTION_EVENT_KINDS)[number];

/** What the dialogs know when they show an answer or a "did you mean" menu. */
export interface QuestionEvent extends FeedbackAuthor {
  /**
   * Unique per event. For an answer, the answer key its rating is recorded under (so ratings join their answer);
   * recording the same key twice keeps the first.
   */
  eventKey: string;
  kind: QuestionEventKind;
  /** The answer shown; null for a "did you mean" menu. */
  entryId: string | null;
  /** The entries a "did you mean" menu offered, best first (empty for an answer). */
  offered: string[];
  /** For an answer; null for a "did you mean" menu. */
  reachedBy: ReachedBy | null;
  decision: Decision;
  /** The best score found, or null when the answer was picked from a list. */
  matchScore: number | null;
  lang: Lang;
  channelId: string;
  /** The topics the question was searched in (chosen in the cascade or named by the question). */
  facets: FacetSelection;
  /** What the user typed, or the entry's title when picked from a list. Redacted before it is stored. */
  question: string;
  /** Defaults to now. */
  at?: Date;
}

/**
 * A stored event: texts redacted; the user a keyed hash. Past the retention period `question` is empty, `userRef` and
 * `conversationId` null, `eventKey` `expired:<id>`: the figures stay, nothing ties them to anyone.
 */
export interface QuestionEventRecord extends Omit<QuestionEvent, keyof FeedbackAuthor | 'at'> {
  id: number;
  at: Date;
  userRef: string | null;
  conversationId: string | null;
  expiredAt: Date | null;
}

/** Which events a reader returns: a period and optional slices, all combined. */
export interface EventFilter {
  /** At or after. */
  from?: Date;
  /** Before. */
  to?: Date;
  lang?: Lang;
  channelId?: string;
}

/** What the dialogs record. `duplicate`: an event with the same key exists; it is left unchanged. */
export interface QuestionEventWriter {
  recordEvent(event: QuestionEvent): Promise<'recorded' | 'duplicate'>;
}

/** What reports read: the events of a period, oldest first. Same results on every backend. */
export interface QuestionEventReader {
  events(filter?: EventFilter): Promise<QuestionEventRecord[]>;
}

export type QuestionEventStore = QuestionEventWriter & QuestionEventReader;
