import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { editedValue } from '../../knowledge/edit/apply-edit';
import { entryValueOf, placedDocument, validatedBase, withEntryDocument } from '../../knowledge/edit/edit-sources';
import type { EditAuthor, EditOutcome, EditProblem, EntryDraft, KnowledgeEdit } from '../../knowledge/edit/edits';
import { ENTRIES_FOLDER } from '../../knowledge/load/read-folder';
import { LiveKnowledge, type PreparedKnowledge } from '../../knowledge/live/live-knowledge';
import type { KnowledgeBase, Lang } from '../../knowledge/types';
import type { KnowledgeSources, SourceDocument } from '../../knowledge/validate/validate-knowledge';
import { knowledgeWarnings } from '../../knowledge/validate/warnings';
import { plannedEntryFile, writeAtomically } from './entry-files';
import type { ChangeTarget, KnowledgeChangeLog } from './knowledge-changes';
import type { KnowledgeEditor } from './knowledge-editor';
import { loadServedKnowledge, overlayLabel, type LoadedKnowledge } from './load-served';

export interface LiveEditorOptions {
  /** The knowledge folder (KNOWLEDGE_DIR). */
  dir: string;
  /** KNOWLEDGE_READ_ONLY: write changes to the store's overlay, never to the folder (also when it is not writable). */
  readOnly?: boolean;
  changes: KnowledgeChangeLog;
  log?: (message: string) => void;
}

const EDIT_KINDS: readonly string[] = ['add-alternate', 'create-entry', 'update-entry'];

function writable(dir: string): boolean {
  try {
    accessSync(join(dir, ENTRIES_FOLDER), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const refusal = (dir: string, message: string, field?: string): EditOutcome => ({
  ok: false,
  problems: [{ at: { file: dir }, ...(field === undefined ? {} : { field }), message }],
});

/** The editor of a running bot's knowledge (see `KnowledgeEditor`): one change at a time, each on the latest base. */
export class LiveKnowledgeEditor implements KnowledgeEditor {
  private queue: Promise<unknown> = Promise.resolve();
  private constructor(
    readonly knowledge: LiveKnowledge,
    readonly writesTo: ChangeTarget,
    private sources: KnowledgeSources,
    private readonly options: LiveEditorOptions,
  ) {}

  /** Loads the folder and the store's overlay (throws `KnowledgeError` if invalid) and serves the result. */
  static async open(options: LiveEditorOptions): Promise<LiveKnowledgeEditor> {
    const loaded = await loadServedKnowledge(options.dir, options.changes, options.log ?? console.warn);
    const target = options.readOnly === true || !writable(options.dir) ? 'overlay' : 'folder';
    return new LiveKnowledgeEditor(new LiveKnowledge(loaded.kb, loaded.version), target, loaded.sources, options);
  }

  addAlternate(entryId: string, text: string, lang: Lang, author: EditAuthor): Promise<EditOutcome> {
    return this.apply({ kind: 'add-alternate', entryId, text, lang }, author);
  }

  createEntry(draft: EntryDraft, author: EditAuthor): Promise<EditOutcome> {
    return this.apply({ kind: 'create-entry', draft }, author);
  }

  updateEntry(entryId: string, draft: EntryDraft, author: EditAuthor): Promise<EditOutcome> {
    return this.apply({ kind: 'update-entry', entryId, draft }, author);
  }

  apply(edit: KnowledgeEdit, author: EditAuthor): Promise<EditOutcome> {
    return this.inTurn(async () => {
      await this.catchUp();
      return this.applyNow(edit, author);
    });
  }

  refresh(): Promise<number> {
    return this.inTurn(async () => {
      await this.catchUp();
      return this.knowledge.version;
    });
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Loads what other instances changed, when the store's version is ahead of the one served. */
  private async catchUp(): Promise<void> {
    if ((await this.options.changes.latestVersion()) <= this.knowledge.version) return;
    const loaded: LoadedKnowledge = await loadServedKnowledge(this.options.dir, this.options.changes, this.options.log ?? console.warn);
    this.knowledge.replace(loaded.kb, loaded.version);
    this.sources = loaded.sources;
  }

  private async applyNow(edit: KnowledgeEdit, author: EditAuthor): Promise<EditOutcome> {
    const { dir } = this.options;
    if (typeof edit !== 'object' || edit === null || !EDIT_KINDS.includes(edit.kind)) return refusal(dir, `unknown change (expected ${EDIT_KINDS.join(', ')})`, 'kind');
    if (typeof author !== 'string' || author.trim() === '') return refusal(dir, 'a change needs its author', 'author');
    const edited = editedValue(dir, edit, (id) => entryValueOf(this.sources, id));
    if ('problems' in edited) return { ok: false, problems: edited.problems };
    if (!edited.changed) return this.accepted(edited.entryId, this.knowledge.version, this.knowledge.kb, false);
    const file = this.writesTo === 'folder' ? plannedEntryFile(dir, this.knowledge.kb, edit, edited.entryId, edited.value) : undefined;
    if (file !== undefined && file.document === undefined) return { ok: false, problems: file.problems };
    const document: SourceDocument = file?.document ?? placedDocument(edited.value, overlayLabel(this.knowledge.version + 1));
    const sources = withEntryDocument(this.sources, document);
    const result = validatedBase(sources);
    if ('problems' in result) return { ok: false, problems: result.problems };
    const prepared = this.prepared(result.kb);
    if ('problems' in prepared) return prepared;
    return this.written(edit, author, edited.entryId, { sources, prepared, file });
  }

  private prepared(kb: KnowledgeBase): PreparedKnowledge | { ok: false; problems: EditProblem[] } {
    try {
      return this.knowledge.prepare(kb);
    } catch (error) {
      return refusal(this.options.dir, `the bot cannot serve the changed base: ${(error as Error).message}`) as { ok: false; problems: EditProblem[] };
    }
  }

  /** Writes the change (file, then log; or the overlay's log row) and serves the new base. */
  private async written(
    edit: KnowledgeEdit,
    author: string,
    entryId: string,
    next: { sources: KnowledgeSources; prepared: PreparedKnowledge; file?: { path: string; text: string } },
  ): Promise<EditOutcome> {
    try {
      if (next.file !== undefined) await writeAtomically(next.file.path, next.file.text);
    } catch (error) {
      return refusal(this.options.dir, `cannot write ${next.file?.path ?? ''}: ${(error as Error).message}`);
    }
    const version = await this.options.changes.append({ target: this.writesTo, entryId, edit, author });
    this.knowledge.serve(next.prepared, version);
    this.sources = next.sources;
    return this.accepted(entryId, version, next.prepared.kb, true);
  }

  private accepted(entryId: string, version: number, kb: KnowledgeBase, changed: boolean): EditOutcome {
    const warnings = knowledgeWarnings(kb).filter((warning) => warning.entryId === entryId);
    return { ok: true, version, entryId, writtenTo: this.writesTo, changed, warnings };
  }
}
