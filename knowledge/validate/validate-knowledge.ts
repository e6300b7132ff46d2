import type { KnowledgeProblem, Locator } from '../errors';
import { DEFAULT_THRESHOLDS } from '../match/thresholds';
import type { Calibration, Entry, FacetDefinition, KnowledgeBase, LexiconGroup } from '../types';
import { Reporter } from './checks';
import { parseCalibration } from './parse-calibration';
import { parseEntry } from './parse-entry';
import { parseFacets } from './parse-facets';
import { parseLexicon } from './parse-lexicon';

/** A parsed document (a YAML file, or an entry assembled from table rows) and where its fields come from. */
export interface SourceDocument {
  value: unknown;
  locator: Locator;
  /** The id the document's source implies (an entry file named `NN-<id>.yaml`), checked against the entry's own. */
  expectedId?: string;
}

/** Everything a knowledge base is made of, read but not yet validated. Absent documents were unreadable or missing. */
export interface KnowledgeSources {
  dir: string;
  facets?: SourceDocument;
  lexicon?: SourceDocument;
  /** Optional: without it, the code's default thresholds apply. */
  calibration?: SourceDocument;
  entries: readonly SourceDocument[];
}

export function validateFacets(document: SourceDocument | undefined, problems: KnowledgeProblem[]): FacetDefinition[] {
  return document === undefined ? [] : parseFacets(new Reporter(document.locator, problems), document.value);
}

export function validateLexicon(document: SourceDocument | undefined, problems: KnowledgeProblem[]): LexiconGroup[] {
  return document === undefined ? [] : parseLexicon(new Reporter(document.locator, problems), document.value);
}

export function validateCalibration(document: SourceDocument | undefined, problems: KnowledgeProblem[]): Calibration {
  if (document === undefined) return { thresholds: { ...DEFAULT_THRESHOLDS } };
  const thresholds = parseCalibration(new Reporter(document.locator, problems), document.value, DEFAULT_THRESHOLDS);
  return { thresholds: thresholds ?? { ...DEFAULT_THRESHOLDS }, from: document.locator.locate() };
}

/** One entry checked against the facets; undefined when it has any problem (all go to `problems`). */
export function validateEntry(document: SourceDocument, facets: readonly FacetDefinition[], problems: KnowledgeProblem[]): Entry | undefined {
  const before = problems.length;
  const report = new Reporter(document.locator, problems);
  const entry = parseEntry(report, facets, document.value, document.locator.locate());
  if (document.expectedId !== undefined && report.entryId !== undefined && report.entryId !== document.expectedId) {
    report.fail('id', `id "${report.entryId}" does not match the file name (expected "${document.expectedId}")`);
  }
  return problems.length === before ? entry : undefined;
}

/** The valid entries, each id once (a second use of an id is a problem of the later document). */
export function validateEntries(documents: readonly SourceDocument[], facets: readonly FacetDefinition[], problems: KnowledgeProblem[]): Entry[] {
  const seen = new Map<string, Entry>();
  for (const document of documents) {
    const entry = validateEntry(document, facets, problems);
    if (entry === undefined) continue;
    const first = seen.get(entry.id);
    if (first === undefined) seen.set(entry.id, entry);
    else new Reporter(document.locator, problems, entry.id).fail('id', `duplicate id, already used by ${first.origin.file}`);
  }
  return [...seen.values()];
}

/**
 * Validates a knowledge base however it was read (a folder of YAML files, or an import's rows): every problem goes
 * to `problems`, each located in its source; the base returned holds what is valid, and is only usable when
 * `problems` stayed empty.
 */
export function validateKnowledge(sources: KnowledgeSources, problems: KnowledgeProblem[]): KnowledgeBase {
  const facets = validateFacets(sources.facets, problems);
  const lexicon = validateLexicon(sources.lexicon, problems);
  const calibration = validateCalibration(sources.calibration, problems);
  const entries = validateEntries(sources.entries, facets, problems);
  return { dir: sources.dir, entries, facets, lexicon, calibration };
}
