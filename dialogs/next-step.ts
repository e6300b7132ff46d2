import type { Decision } from '../knowledge/types';
import type { MenuReply } from './menu/menu-option';

/** Another answer to offer when one did not help. */
export interface Alternative {
  entryId: string;
  /**
   * Its match score when a search found it; null when it comes from the cascade's list, where it is one of the
   * entries of the facets the user chose.
   */
  score: number | null;
}

/** An answer about to be shown, and how it was found (what a feedback record needs). */
export interface AnswerRequest {
  entryId: string;
  decision: Decision;
  /** Null when picked from the cascade's list rather than found by a search. */
  matchScore: number | null;
  /** The user's question (redacted), or the entry's own question when picked from a list. */
  question: string;
  /** True when the search found it outside the facets the user chose. */
  relaxed: boolean;
  /** Next best entries, offered when the answer did not help (those that are relevant enough: `nextBestAnswers`). */
  alternatives: Alternative[];
}

/**
 * What a child dialog asks the main loop to do next. Each child ends with one of these, so the flow between
 * cascade, search and answer is decided in one place (the main loop) and survives a restart of the process.
 */
export type NextStep =
  | { next: 'cascade' }
  | { next: 'question'; text: string; truncated?: boolean }
  | { next: 'answer'; answer: AnswerRequest };

export const CASCADE: NextStep = { next: 'cascade' };

/** A typed reply that was not an option: it is a question for the matcher. */
export function questionFrom(reply: Extract<MenuReply, { kind: 'text' }>): NextStep {
  return { next: 'question', text: reply.text, truncated: reply.truncated };
}
