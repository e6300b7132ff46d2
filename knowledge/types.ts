/**
 * The shapes of the knowledge base once loaded and validated. Nothing here (nor anywhere in knowledge/) imports
 * botbuilder: the knowledge core is usable from the command line and from any channel.
 */
import type { SourceLocation } from './errors';

import type { Lang } from '../config/languages';

export { LANGS, type Lang } from '../config/languages';
export type QueryLang = Lang | 'auto';

export type Localized<T = string> = Record<Lang, T>;

/**
 * A facet's name as the facets file defines it (`offer`, `theme`…): the knowledge base decides which facets exist,
 * the code knows none of them.
 */
export type FacetName = string;

/** The values a user chose so far, facet by facet. An absent facet means "any". */
export type FacetSelection = Partial<Record<FacetName, string>>;

export interface FacetValue {
  id: string;
  label: Localized;
  /** Other names of the value (the FAQ page's own labels, an acronym): typed replies and imported cells use them too. */
  aliases: string[];
}

export interface FacetDefinition {
  name: FacetName;
  prompt: Localized;
  values: FacetValue[];
  /** The facet is only asked when every condition holds (e.g. `corridor` only for `offer: segur`). */
  when: FacetSelection;
  /** Other header names of this facet's column in imported tables (e.g. « Type d'offre »), besides its name. */
  columns: string[];
}

export interface Link {
  /** The link's text in the entry's languages; none for a bare URL (its address is shown instead). */
  label: Partial<Localized>;
  url: string;
}

/** Facet values an entry belongs to; an absent facet means the entry applies whatever the user picks there. */
export type EntryFacets = Partial<Record<FacetName, string[]>>;

/**
 * One answer of the FAQ, in one language or two. Its languages are those of its answer; its question, alternates and
 * link labels exist only in those languages, each optional.
 */
export interface Entry {
  id: string;
  /** The languages the entry answers in, in `LANGS` order: at least one. */
  langs: readonly Lang[];
  facets: EntryFacets;
  /** The question as the editors wrote it, where they did. */
  question: Partial<Localized>;
  /**
   * What menus, "did you mean" buttons and the answer's heading show, in each of `langs`: the question, else a short
   * title derived from the answer (`deriveTitle`).
   */
  title: Partial<Localized>;
  /** Other ways users ask it (empty where none); they feed the index. */
  alternates: Localized<string[]>;
  /** The answer (markdown), in each of `langs`. */
  answer: Partial<Localized>;
  links: Link[];
  /** Where the answer comes from (the agency's FAQ page), when known. */
  source?: string;
  /** ISO date (YYYY-MM-DD) of the last review of the answer, when known: no date is shown without it. */
  updated?: string;
  /** Where the entry was read from, for messages. */
  origin: SourceLocation;
}

/** An acronym or synonym group: any of `terms` in a query also brings in the others. */
export interface LexiconGroup {
  lang: Lang;
  terms: string[];
}

/** Score bands turning a ranking into a decision. Scores are cosine similarities in [0, 1]. */
export interface DecisionThresholds {
  /** `answer` needs a top score at least this high… */
  answerScore: number;
  /** …and at least this much ahead of the second candidate. */
  answerMargin: number;
  /** Below this top score nothing is worth suggesting: `fallback`. */
  suggestScore: number;
  /** Matches scoring below this are not listed at all: they share no more than a stray common word. */
  listScore: number;
}

/** How the matcher decides for this base: from the knowledge folder's `calibration.yaml`, else the code's defaults. */
export interface Calibration {
  thresholds: DecisionThresholds;
  /** The calibration file they come from; undefined when they are the code's defaults (`DEFAULT_THRESHOLDS`). */
  from?: SourceLocation;
}

export interface KnowledgeBase {
  dir: string;
  entries: Entry[];
  facets: FacetDefinition[];
  lexicon: LexiconGroup[];
  calibration: Calibration;
}

export type Decision = 'answer' | 'suggest' | 'fallback';

export interface Match {
  id: string;
  score: number;
  /** The entry's title in `lang`. */
  question: string;
  /** The language the entry is shown in to this query's user: the query's language when the entry has it, else its own. */
  lang: Lang;
}

export interface MatchQuery {
  text: string;
  lang: QueryLang;
  facets?: FacetSelection;
}

export interface MatchResult {
  lang: Lang;
  decision: Decision;
  /** True when nothing confident was found within the chosen facets and the whole base was searched instead. */
  relaxed: boolean;
  /** Up to 5 matches, best first. */
  matches: Match[];
}
