import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { KnowledgeProblem } from '../errors';
import type { KnowledgeSources, SourceDocument } from '../validate/validate-knowledge';
import { displayPath, readYamlFile } from './yaml-file';

/** `NN-<id>.yaml`: `NN` (two digits or more) orders the entries, `<id>` is the entry's id. */
export const ENTRY_FILE = /^(\d{2,})-([a-z0-9-]+)\.ya?ml$/;
export const FACETS_FILE = 'facets.yaml';
export const LEXICON_FILE = 'lexicon.yaml';
export const CALIBRATION_FILE = 'calibration.yaml';
export const ENTRIES_FOLDER = 'entries';

/** Entry files in the order of their number (so that `100-…` comes after `99-…`), then of their name. */
export function byEntryNumber(a: string, b: string): number {
  const number = (name: string): number => Number(ENTRY_FILE.exec(name)?.[1] ?? Number.POSITIVE_INFINITY);
  return number(a) - number(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function entryFiles(dir: string, problems: KnowledgeProblem[]): string[] {
  const entriesDir = join(dir, ENTRIES_FOLDER);
  if (!existsSync(entriesDir)) {
    problems.push({ at: { file: displayPath(entriesDir) }, message: 'the entries folder is missing' });
    return [];
  }
  const files = readdirSync(entriesDir).filter((name) => /\.ya?ml$/.test(name)).sort(byEntryNumber);
  if (files.length === 0) problems.push({ at: { file: displayPath(entriesDir) }, message: 'no entry files (*.yaml)' });
  return files.map((name) => join(entriesDir, name));
}

function readEntryFile(path: string, problems: KnowledgeProblem[]): SourceDocument | undefined {
  const document = readYamlFile(path, problems);
  if (document === undefined) return undefined;
  const expectedId = ENTRY_FILE.exec(basename(path))?.[2];
  if (expectedId === undefined) problems.push({ at: document.locator.locate(), message: 'file name must be NN-<id>.yaml' });
  return { ...document, expectedId };
}

/**
 * Reads a knowledge folder's files (`entries/NN-<id>.yaml`, `facets.yaml`, `lexicon.yaml`, and `calibration.yaml`
 * when there is one) without validating what they say: unreadable files, YAML syntax errors and misnamed files go to
 * `problems`. `validateKnowledge` checks the rest.
 */
export function readKnowledgeFolder(dir: string, problems: KnowledgeProblem[]): KnowledgeSources {
  const calibrationPath = join(dir, CALIBRATION_FILE);
  return {
    dir,
    facets: readYamlFile(join(dir, FACETS_FILE), problems),
    lexicon: readYamlFile(join(dir, LEXICON_FILE), problems),
    calibration: existsSync(calibrationPath) ? readYamlFile(calibrationPath, problems) : undefined,
    entries: entryFiles(dir, problems)
      .map((path) => readEntryFile(path, problems))
      .filter((document): document is SourceDocument => document !== undefined),
  };
}
