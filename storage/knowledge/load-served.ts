import { KnowledgeError, type KnowledgeProblem } from '../../knowledge/errors';
import { editedValue } from '../../knowledge/edit/apply-edit';
import { entryValueOf, placedDocument, validatedBase, withEntryDocument } from '../../knowledge/edit/edit-sources';
import { readKnowledgeFolder } from '../../knowledge/load/read-folder';
import type { KnowledgeBase } from '../../knowledge/types';
import { validateEntry, validateFacets, type KnowledgeSources } from '../../knowledge/validate/validate-knowledge';
import type { KnowledgeChange, KnowledgeChangeLog } from './knowledge-changes';

/** The base served: the folder with the store's overlay replayed over it, and the store's version at the read. */
export interface LoadedKnowledge {
  sources: KnowledgeSources;
  kb: KnowledgeBase;
  version: number;
}

/** How an overlay change's entry is named in messages. */
export const overlayLabel = (version: number): string => `overlay change #${version}`;

/** The sources with one overlay change replayed; a change that no longer applies (entry gone, facet removed) is skipped. */
function replayed(sources: KnowledgeSources, change: KnowledgeChange, log: (message: string) => void): KnowledgeSources {
  const edited = editedValue(sources.dir, change.edit, (id) => entryValueOf(sources, id));
  const problems: KnowledgeProblem[] = 'problems' in edited ? edited.problems : [];
  if ('problems' in edited) return skip(sources, change, problems, log);
  const document = placedDocument(edited.value, overlayLabel(change.version));
  validateEntry(document, validateFacets(sources.facets, []), problems);
  return problems.length === 0 ? withEntryDocument(sources, document) : skip(sources, change, problems, log);
}

function skip(sources: KnowledgeSources, change: KnowledgeChange, problems: KnowledgeProblem[], log: (message: string) => void): KnowledgeSources {
  const reasons = problems.map((problem) => `${problem.field ?? ''} ${problem.message}`.trim()).join('; ');
  log(`[knowledge] ${overlayLabel(change.version)} (${change.entryId}) no longer applies, skipped: ${reasons}`);
  return sources;
}

/**
 * Reads the folder, replays the overlay's changes over it, and validates the result as `kb:check` would.
 * @throws KnowledgeError when the folder (or what the overlay makes of it) is invalid.
 */
export async function loadServedKnowledge(dir: string, changes: KnowledgeChangeLog, log: (message: string) => void): Promise<LoadedKnowledge> {
  // The version first: a change landing meanwhile is in the rows read below, or is seen at the next poll.
  const version = await changes.latestVersion();
  const overlay = await changes.overlay();
  const problems: KnowledgeProblem[] = [];
  let sources = readKnowledgeFolder(dir, problems);
  if (problems.length > 0) throw new KnowledgeError(problems);
  for (const change of overlay) sources = replayed(sources, change, log);
  const result = validatedBase(sources);
  if ('problems' in result) throw new KnowledgeError(result.problems);
  return { sources, kb: result.kb, version };
}
