import type { Decision, FacetSelection } from '../knowledge/types';
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

/** How the user reached an answer (for the feedback record's decision now, for "answer shown" events later). */
export type ReachedBy = 'search' | 'suggestion' | 'cascade' | 'alternative' | 'see-also';

/** Where an answer's exchange stands: what a language switch shows again, in the new language. */
export type AnswerStage = 'rating' | 'reason' | 'alternatives' | 'see-also';

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
  /** The topics the search ran in (chosen or named by the question). */
  facets: FacetSelection;
  reachedBy: ReachedBy;
  /** The names of topics the question used that narrowed its search ("ROR"), said back with the answer. */
  understood?: string[];
  /** Showing the exchange again after a language switch: its answer key, and where it stood. */
  resume?: { answerKey: string; stage: AnswerStage };
}

/** A free-text question to search. */
export interface QuestionRequest {
  /** Already cut to length and redacted (`prepareQuestion`). */
  text: string;
  truncated?: boolean;
  /** `none`: search the whole base, without the topics the question names (the user dropped them). */
  topics?: 'infer' | 'none';
  /** The same question again (after a facet was chosen, topics dropped, or a language switch): not a new one. */
  again?: boolean;
  /** Its facet question was asked already: it is not asked twice. */
  narrowed?: boolean;
}

/**
 * What a child dialog asks the main loop to do next. Each child ends with one of these, so the flow between
 * cascade, search and answer is decided in one place (the main loop) and survives a restart of the process.
 */
export type NextStep =
  | { next: 'cascade' }
  | ({ next: 'question' } & QuestionRequest)
  | { next: 'answer'; answer: AnswerRequest };

export const CASCADE: NextStep = { next: 'cascade' };

/** A typed reply that was not an option: it is a question for the matcher. */
export function questionFrom(reply: Extract<MenuReply, { kind: 'text' }>): NextStep {
  return { next: 'question', text: reply.text, truncated: reply.truncated };
}
