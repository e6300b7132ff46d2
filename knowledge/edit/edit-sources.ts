import type { KnowledgeProblem } from '../errors';
import type { KnowledgeBase } from '../types';
import { validateKnowledge, type KnowledgeSources, type SourceDocument } from '../validate/validate-knowledge';

type Raw = Record<string, unknown>;

const idOf = (document: SourceDocument): string | undefined => {
  const value = document.value as Raw | null | undefined;
  const id = typeof value === 'object' && value !== null ? value.id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
};

/** The raw value of the entry `id` among the sources, if one has it. */
export function entryValueOf(sources: KnowledgeSources, id: string): Raw | undefined {
  const document = sources.entries.find((candidate) => idOf(candidate) === id);
  return document === undefined ? undefined : (document.value as Raw);
}

/** The sources with `document` in place of the entry of the same id (or added after the others, for a new id). */
export function withEntryDocument(sources: KnowledgeSources, document: SourceDocument): KnowledgeSources {
  const id = idOf(document);
  const at = sources.entries.findIndex((candidate) => idOf(candidate) === id);
  const entries = at === -1 ? [...sources.entries, document] : sources.entries.map((old, index) => (index === at ? document : old));
  return { ...sources, entries };
}

/** A document that does not come from a file of the folder (an overlay change), located by a label of its own. */
export function placedDocument(value: Raw, file: string): SourceDocument {
  return { value, locator: { locate: () => ({ file }) } };
}

/** The sources validated as `kb:check` validates a folder: the base, or every problem found. */
export function validatedBase(sources: KnowledgeSources): { kb: KnowledgeBase } | { problems: KnowledgeProblem[] } {
  const problems: KnowledgeProblem[] = [];
  const kb = validateKnowledge(sources, problems);
  return problems.length === 0 ? { kb } : { problems };
}
