import type { EditAuthor, EditOutcome, EntryDraft, KnowledgeEdit } from '../../knowledge/edit/edits';
import type { Lang } from '../../knowledge/types';
import type { LiveKnowledge } from '../../knowledge/live/live-knowledge';

/**
 * The changes editors accept (from the admin page), applied to the knowledge the bot serves: each is validated as
 * `kb:check` validates the folder, on the whole base it would make; a valid one is written where the knowledge lives
 * (the folder's YAML files, or the store's overlay when the folder is read-only), recorded in the store's change log
 * with its author, and served at once by this instance (and by the others at their next poll). An invalid one is
 * refused with its reasons and changes nothing. Changes are applied one at a time.
 */
export interface KnowledgeEditor {
  /** The knowledge served, swapped at each accepted change. */
  readonly knowledge: LiveKnowledge;
  /** Where accepted changes are written. */
  readonly writesTo: 'folder' | 'overlay';
  /** Adds `text` to the alternates of `entryId` in `lang` (a text it already has changes nothing, and is accepted). */
  addAlternate(entryId: string, text: string, lang: Lang, author: EditAuthor): Promise<EditOutcome>;
  /** Creates an entry from the draft (its id made from its content when it has none); refused if the id is taken. */
  createEntry(draft: EntryDraft, author: EditAuthor): Promise<EditOutcome>;
  /** Replaces the content of `entryId` by the draft. */
  updateEntry(entryId: string, draft: EntryDraft, author: EditAuthor): Promise<EditOutcome>;
  /** Any of the above, as one value. */
  apply(edit: KnowledgeEdit, author: EditAuthor): Promise<EditOutcome>;
  /** Loads what other instances changed since this one's version, if anything; resolves with the version served. */
  refresh(): Promise<number>;
}
