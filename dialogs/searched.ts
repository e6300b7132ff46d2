import type { FacetName, FacetSelection, MatchResult } from '../knowledge/types';

/** A question searched: in which topics, what was found, and which topic names said so. */
export interface Searched {
  question: string;
  selection: FacetSelection;
  result: MatchResult;
  /** The names of the topics the question named, when they narrowed what was found. */
  understood: string[];
  /** The names of the topics the question named, whatever was found. */
  named: string[];
  /** The facet the user is asked to narrow the question by, if asked. */
  facet?: FacetName;
  /** The menu waiting for a reply. */
  menu?: 'split' | 'suggestions';
}

