/**
 * The shapes of the knowledge base once loaded and validated. Nothing here (nor anywhere in knowledge/) imports
 * botbuilder: the knowledge core is usable from the command line and from any channel.
 */

import type { Lang } from '../config/languages';

export { LANGS, type Lang } from '../config/languages';
export type QueryLang = Lang | 'auto';

export type Localized<T = string> = Record<Lang, T>;

export const FACET_NAMES = ['offer', 'corridor', 'device', 'product', 'theme'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** The values a user chose so far, facet by facet. An absent facet means "any". */
export type FacetSelection = Partial<Record<FacetName, string>>;

export interface FacetValue {
  id: string;
  label: Localized;
}

export interface FacetDefinition {
  name: FacetName;
  prompt: Localized;
  values: FacetValue[];
  /** The facet is only asked when every condition holds (e.g. `corridor` only for `offer: segur`). */
  when: FacetSelection;
}

export interface Link {
  label: Localized;
  url: string;
}

export interface Entry {
  id: string;
  /** Facet values the entry belongs to; an absent facet means the entry applies whatever the user picks there. */
  facets: Partial<Record<FacetName, string[]>>;
  question: Localized;
  alternates: Localized<string[]>;
  answer: Localized;
  links: Link[];
  /** Where the answer comes from (the agency's FAQ page). */
  source: string;
  /** ISO date (YYYY-MM-DD) of the last review of the answer. */
  updated: string;
  /** The file the entry was loaded from, for error messages. */
  file: string;
}

/** An acronym or synonym group: any of `terms` in a query also brings in the others. */
export interface LexiconGroup {
  lang: Lang;
  terms: string[];
}

export interface KnowledgeBase {
  dir: string;
  entries: Entry[];
  facets: FacetDefinition[];
  lexicon: LexiconGroup[];
}

export type Decision = 'answer' | 'suggest' | 'fallback';

export interface Match {
  id: string;
  score: number;
  question: string;
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
