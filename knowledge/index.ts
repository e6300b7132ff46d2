/** The knowledge core's public API: load and validate the content, match questions, narrow by facets. */
export * from './types';
export { KnowledgeError, QueryError, formatProblem } from './errors';
export type { KnowledgeProblem } from './errors';
export { loadKnowledgeBase } from './load/load-knowledge-base';
export { defaultContentDir, findProjectRoot } from './load/content-dir';
export { Matcher } from './match/matcher';
export type { Candidates, MatcherOptions } from './match/matcher';
export { DECISION_THRESHOLDS, FIELD_WEIGHTS } from './match/thresholds';
export type { DecisionThresholds } from './match/thresholds';
export type { FieldWeights } from './indexing/inverted-index';
export type { Ranked } from './indexing/top-k';
export { applicableFacets, checkSelection, entriesFor, nextFacetQuestion } from './narrow/narrowing';
export type { FacetChoice, FacetQuestion } from './narrow/narrowing';
