import { parse, stringify } from 'yaml';
import { entryDocument } from '../entry/document';
import type { KnowledgeProblem } from '../errors';
import { ENTRIES_FOLDER, ENTRY_FILE, FACETS_FILE, LEXICON_FILE } from '../load/read-folder';
import type { Entry, LexiconGroup } from '../types';
import { validateKnowledge, type SourceDocument } from '../validate/validate-knowledge';
import { facetsWithNewValues, lexiconWithGroups } from './base-files';
import type { ImportResult } from './import-rows';
import { mergeEntries, type MergeReport } from './merge';
import type { RejectedRow } from './table';

/** What an import writes into: a fresh folder (the shipped facets and lexicon, no entries) or the folder merged into. */
export interface ImportBase {
  dir: string;
  facetsText: string;
  lexiconText: string;
  entries: readonly Entry[];
  /** The entry file of each existing entry (rewritten in place when it changes). */
  entryFiles: ReadonlyMap<string, string>;
}

export interface ImportPlan {
  /** Paths relative to the folder → their new content. */
  files: Map<string, string>;
  /** The folder's entries after the import, in file order. */
  entries: Entry[];
  report: MergeReport;
  /** Rows whose update of an existing entry was refused. */
  rejected: RejectedRow[];
  /** What validating the whole planned folder found: anything here means nothing is written. */
  problems: KnowledgeProblem[];
  addedLexiconTerms: number;
}

/** Four digits at least, so that hundreds of entries sort by name as they are numbered: `0042-48213.yaml`. */
export function entryFileName(number: number, id: string): string {
  return `${String(number).padStart(4, '0')}-${id}.yaml`;
}

export function entryYaml(entry: Entry): string {
  return stringify(entryDocument(entry), { lineWidth: 0 });
}

function nextNumbers(files: ReadonlyMap<string, string>): () => number {
  let last = Math.max(0, ...[...files.values()].map((name) => Number(ENTRY_FILE.exec(name)?.[1] ?? 0)));
  return () => (last += 1);
}

/**
 * The planned folder validated as the loader would, without touching the disk: the facets and lexicon files as they
 * will be written, each entry as its file's document (what `entryYaml` writes and YAML reads back).
 */
function validatePlanned(dir: string, files: ReadonlyMap<string, string>, entries: readonly Entry[], base: ImportBase, names: ReadonlyMap<string, string>): KnowledgeProblem[] {
  const located = (path: string, value: unknown): SourceDocument => ({ value, locator: { locate: () => ({ file: `${dir}/${path}` }) } });
  const file = (path: string, text: string): SourceDocument => located(path, parse(text) as unknown);
  const problems: KnowledgeProblem[] = [];
  validateKnowledge({
    dir,
    facets: file(FACETS_FILE, files.get(FACETS_FILE) ?? base.facetsText),
    lexicon: file(LEXICON_FILE, files.get(LEXICON_FILE) ?? base.lexiconText),
    entries: entries.map((entry) => ({ ...located(`${ENTRIES_FOLDER}/${names.get(entry.id) as string}`, entryDocument(entry)), expectedId: entry.id })),
  }, problems);
  return problems;
}

/**
 * Everything an import will write, validated before anything is: the entries (merged by id into the base's), the
 * facets file with the new values, the lexicon with the extra groups. Unchanged and kept entries are not rewritten.
 */
export function planImport(result: ImportResult, base: ImportBase, extraLexicon: readonly LexiconGroup[] = []): ImportPlan {
  const merged = mergeEntries(base.entries, result.entries, result.facets);
  const names = new Map(base.entryFiles);
  const next = nextNumbers(base.entryFiles);
  const files = new Map<string, string>();
  for (const { entry, status } of merged.entries) {
    if (!names.has(entry.id)) names.set(entry.id, entryFileName(next(), entry.id));
    if (status === 'added' || status === 'changed') files.set(`${ENTRIES_FOLDER}/${names.get(entry.id) as string}`, entryYaml(entry));
  }
  const facetsText = facetsWithNewValues(base.facetsText, result.newValues);
  const lexicon = lexiconWithGroups(base.lexiconText, extraLexicon);
  const fresh = base.entries.length === 0;
  if (fresh || facetsText !== base.facetsText) files.set(FACETS_FILE, facetsText);
  if (fresh || lexicon.text !== base.lexiconText) files.set(LEXICON_FILE, lexicon.text);
  const entries = merged.entries.map((item) => item.entry);
  return {
    files,
    entries,
    report: merged.report,
    rejected: merged.rejected,
    problems: validatePlanned(base.dir, files, entries, base, names),
    addedLexiconTerms: lexicon.addedTerms,
  };
}
