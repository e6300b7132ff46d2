/** The knowledge core's public API: read and validate the content, match questions, narrow by facets. */
export * from './types';
export { KnowledgeError, QueryError, formatLocation, formatProblem } from './errors';
export type { KnowledgeProblem, Locator, SourceLocation } from './errors';
export { loadKnowledgeBase } from './load/load-knowledge-base';
export { readKnowledgeFolder } from './load/read-folder';
export { defaultContentDir, findProjectRoot } from './load/content-dir';
export { validateEntry, validateKnowledge } from './validate/validate-knowledge';
export type { KnowledgeSources, SourceDocument } from './validate/validate-knowledge';
export { derivedTitleCount, knowledgeWarnings } from './validate/warnings';
export { deriveTitle, MAX_TITLE_LENGTH } from './entry/title';
export { answerFor, linkLabel, phrasingsOf, shownLanguage, textsOf, titleFor } from './entry/languages';
export { Matcher } from './match/matcher';
export type { Candidates, MatcherOptions } from './match/matcher';
export { DEFAULT_THRESHOLDS, FIELD_WEIGHTS } from './match/thresholds';
export type { FieldWeights } from './indexing/inverted-index';
export type { Ranked } from './indexing/top-k';
export { applicableFacets, checkSelection, entriesFor, nextFacetQuestion } from './narrow/narrowing';
export type { FacetChoice, FacetQuestion } from './narrow/narrowing';
