import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeError, type KnowledgeProblem } from '../errors';
import type { ImportBase } from '../import/plan';
import { defaultContentDir } from '../load/content-dir';
import { loadKnowledgeBase } from '../load/load-knowledge-base';
import { ENTRIES_FOLDER, ENTRY_FILE, FACETS_FILE, LEXICON_FILE, readKnowledgeFolder } from '../load/read-folder';
import { readYamlFile } from '../load/yaml-file';
import type { FacetDefinition, KnowledgeBase, LexiconGroup } from '../types';
import { validateKnowledge, validateLexicon } from '../validate/validate-knowledge';
import { UsageError } from './args';

export interface PreparedBase {
  base: ImportBase;
  facets: readonly FacetDefinition[];
  /** The base whose vocabulary and lexicon detect a row's language when it has none. */
  reference: KnowledgeBase;
}

function isEmptyFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/** A folder holding a base's facets and lexicon, and no entries yet (an example base built from an export). */
function hasNoEntries(dir: string): boolean {
  const entries = join(dir, ENTRIES_FOLDER);
  return existsSync(join(dir, FACETS_FILE)) && (!existsSync(entries) || !readdirSync(entries).some((name) => /\.ya?ml$/.test(name)));
}

/** The folder as a base without entries: every problem but the missing entries counts. */
function loadWithoutEntries(dir: string): KnowledgeBase {
  const problems: KnowledgeProblem[] = [];
  const sources = readKnowledgeFolder(dir, problems);
  const kept = problems.filter((problem) => !problem.at.file.endsWith(ENTRIES_FOLDER));
  const kb = validateKnowledge(sources, kept);
  if (kept.length > 0) throw new KnowledgeError(kept);
  return kb;
}

/**
 * Where an import starts from. Into an absent or empty folder: the shipped facets.yaml and lexicon.yaml (the agency's
 * cascade and acronyms), no entries, no calibration (the code's default thresholds apply until the new base is
 * calibrated). With --merge into a folder that has content: that folder, which must be valid — or hold its own
 * facets.yaml and lexicon.yaml and no entries yet, which the import then fills.
 * @throws UsageError for a folder with content and no --merge; KnowledgeError for an invalid folder to merge into.
 */
export function prepareBase(out: string, merge: boolean): PreparedBase {
  const fresh = isEmptyFolder(out);
  if (!fresh && !merge) throw new UsageError(`${out} is not empty: import into an absent or empty folder, or add --merge to update it`);
  const from = fresh ? defaultContentDir() : out;
  const seeded = !fresh && merge && hasNoEntries(out);
  const reference = seeded ? loadWithoutEntries(out) : loadKnowledgeBase(from);
  const entryFiles = new Map<string, string>();
  if (!fresh && !seeded) {
    for (const name of readdirSync(join(out, ENTRIES_FOLDER))) {
      const id = ENTRY_FILE.exec(name)?.[2];
      if (id !== undefined) entryFiles.set(id, name);
    }
  }
  const text = (file: string): string => readFileSync(join(from, file), 'utf8');
  return {
    base: { dir: out, facetsText: text(FACETS_FILE), lexiconText: text(LEXICON_FILE), entries: fresh || seeded ? [] : reference.entries, entryFiles },
    facets: reference.facets,
    reference,
  };
}

/** The groups of a lexicon file given with --lexicon. @throws KnowledgeError when it is invalid. */
export function readExtraLexicon(path: string | undefined): LexiconGroup[] {
  if (path === undefined) return [];
  const problems: KnowledgeProblem[] = [];
  const groups = validateLexicon(readYamlFile(path, problems), problems);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return groups;
}
