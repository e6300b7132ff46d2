import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { KnowledgeError, type KnowledgeProblem } from '../errors';
import type { Entry, FacetDefinition, KnowledgeBase, LexiconGroup } from '../types';
import { Reporter } from './checks';
import { defaultContentDir } from './content-dir';
import { parseEntry } from './parse-entry';
import { parseFacets } from './parse-facets';
import { parseLexicon } from './parse-lexicon';
import { displayPath, readYamlFile, type YamlFile } from './yaml-file';

const ENTRY_FILE = /^\d{2,}-([a-z0-9-]+)\.ya?ml$/;

function readFacets(dir: string, problems: KnowledgeProblem[]): FacetDefinition[] {
  const file = readYamlFile(join(dir, 'facets.yaml'), problems);
  return file === undefined ? [] : parseFacets(new Reporter(file, problems), file.value);
}

function readLexicon(dir: string, problems: KnowledgeProblem[]): LexiconGroup[] {
  const file = readYamlFile(join(dir, 'lexicon.yaml'), problems);
  return file === undefined ? [] : parseLexicon(new Reporter(file, problems), file.value);
}

function entryFiles(dir: string, problems: KnowledgeProblem[]): string[] {
  const entriesDir = join(dir, 'entries');
  if (!existsSync(entriesDir)) {
    problems.push({ file: displayPath(entriesDir), message: 'the entries folder is missing' });
    return [];
  }
  const files = readdirSync(entriesDir).filter((name) => /\.ya?ml$/.test(name)).sort();
  if (files.length === 0) problems.push({ file: displayPath(entriesDir), message: 'no entry files (*.yaml)' });
  return files.map((name) => join(entriesDir, name));
}

interface LoadedEntry {
  entry: Entry;
  file: YamlFile;
}

function readEntry(path: string, facets: readonly FacetDefinition[], problems: KnowledgeProblem[]): LoadedEntry | undefined {
  const file = readYamlFile(path, problems);
  if (file === undefined) return undefined;
  const report = new Reporter(file, problems);
  const entry = parseEntry(report, facets, file.value, path);
  const expectedId = ENTRY_FILE.exec(basename(path))?.[1];
  if (expectedId === undefined) report.fail(undefined, 'file name must be NN-<id>.yaml');
  else if (report.entryId !== undefined && report.entryId !== expectedId) {
    report.fail('id', `id "${report.entryId}" does not match the file name (expected "${expectedId}")`);
  }
  return entry === undefined ? undefined : { entry, file };
}

function checkUniqueIds(loaded: readonly LoadedEntry[], problems: KnowledgeProblem[]): void {
  const seen = new Map<string, LoadedEntry>();
  for (const { entry, file } of loaded) {
    const first = seen.get(entry.id);
    if (first === undefined) seen.set(entry.id, { entry, file });
    else new Reporter(file, problems, entry.id).fail('id', `duplicate id, already used by ${first.file.displayName}`);
  }
}

/**
 * Reads and validates a knowledge folder (`entries/NN-<id>.yaml`, `facets.yaml`, `lexicon.yaml`).
 * @throws KnowledgeError listing every problem found, each naming its file, entry and field.
 */
export function loadKnowledgeBase(dir: string = defaultContentDir()): KnowledgeBase {
  const problems: KnowledgeProblem[] = [];
  const facets = readFacets(dir, problems);
  const lexicon = readLexicon(dir, problems);
  const loaded = entryFiles(dir, problems)
    .map((path) => readEntry(path, facets, problems))
    .filter((item): item is LoadedEntry => item !== undefined);
  checkUniqueIds(loaded, problems);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return { dir, entries: loaded.map((item) => item.entry), facets, lexicon };
}
