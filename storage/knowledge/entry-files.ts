import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { KnowledgeProblem } from '../../knowledge/errors';
import type { KnowledgeEdit } from '../../knowledge/edit/edits';
import { editedEntryText } from '../../knowledge/edit/entry-yaml';
import { entryFileName } from '../../knowledge/import/plan';
import { ENTRIES_FOLDER, ENTRY_FILE } from '../../knowledge/load/read-folder';
import { parseYamlText } from '../../knowledge/load/yaml-file';
import type { KnowledgeBase } from '../../knowledge/types';
import type { SourceDocument } from '../../knowledge/validate/validate-knowledge';

/** An entry file about to be written: where, its text, and the document the loader will read from it. */
export interface PlannedFile {
  path: string;
  text: string;
  document?: SourceDocument;
  problems: KnowledgeProblem[];
}

/** The file of an entry of the folder, or the next `NNNN-<id>.yaml` for an entry that has none there yet. */
function entryPath(dir: string, kb: KnowledgeBase, entryId: string): string {
  const entriesDir = resolve(dir, ENTRIES_FOLDER);
  const origin = kb.entries.find((entry) => entry.id === entryId)?.origin.file;
  if (origin !== undefined && existsSync(resolve(origin)) && resolve(origin).startsWith(entriesDir)) return resolve(origin);
  const numbers = readdirSync(entriesDir).map((name) => Number(ENTRY_FILE.exec(name)?.[1] ?? 0));
  return join(entriesDir, entryFileName(Math.max(0, ...numbers) + 1, entryId));
}

/** What writing `edit` (whose entry becomes `value`) into the folder would write, read back as the loader reads it. */
export function plannedEntryFile(dir: string, kb: KnowledgeBase, edit: KnowledgeEdit, entryId: string, value: Record<string, unknown>): PlannedFile {
  const path = entryPath(dir, kb, entryId);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const text = editedEntryText(edit, value, current);
  const problems: KnowledgeProblem[] = [];
  const parsed = parseYamlText(text, path, problems);
  const document = parsed === undefined ? undefined : { ...parsed, expectedId: ENTRY_FILE.exec(basename(path))?.[2] };
  return { path, text, document, problems };
}

/** Writes the file whole or not at all: a temporary file beside it, renamed over it (readers never see half a file). */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}
