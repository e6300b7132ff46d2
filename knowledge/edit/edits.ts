import type { KnowledgeProblem } from '../errors';
import type { EntryDocument } from '../entry/document';
import type { Lang } from '../types';

/**
 * An entry as an editor drafts it (the admin page's form, or an API call): the fields of an entry file, each checked
 * as `kb:check` checks the file. Only `answer` is required; a missing `id` is made from the content.
 */
export type EntryDraft = Omit<EntryDocument, 'id'> & { id?: string };

/** Another way users ask an entry's question: added to the entry's alternates in `lang`. */
export interface AddAlternate {
  kind: 'add-alternate';
  entryId: string;
  lang: Lang;
  text: string;
}

/** A new entry; refused when its id is taken. */
export interface CreateEntry {
  kind: 'create-entry';
  draft: EntryDraft;
}

/** An entry's whole content replaced by the draft (its id stays `entryId`). */
export interface UpdateEntry {
  kind: 'update-entry';
  entryId: string;
  draft: EntryDraft;
}

/** One change of the knowledge, as an editor accepted it. Applying the same change twice changes nothing more. */
export type KnowledgeEdit = AddAlternate | CreateEntry | UpdateEntry;

/** Who made a change, for the change log: the admin's login (e-mail, OIDC subject) or a tool's name. */
export type EditAuthor = string;

/** Why a change was refused, in `kb:check`'s terms: where (file, entry, field) and what. */
export type EditProblem = KnowledgeProblem;

/** The answer to a change: served from `version` on, or refused with every reason (the base served is unchanged). */
export type EditOutcome =
  | {
      ok: true;
      /** The knowledge version now served (it grows with every accepted change, across instances). */
      version: number;
      /** The entry changed or created (a created entry's id may have been made from its content). */
      entryId: string;
      /** Where the change was written: the knowledge folder's YAML, or the store's overlay (read-only folder). */
      writtenTo: 'folder' | 'overlay';
      /** False when the change was already there (an alternate the entry has): nothing was written. */
      changed: boolean;
      /** `kb:check`'s warnings about the changed entry (no alternates, derived title…): accepted all the same. */
      warnings: EditProblem[];
    }
  | { ok: false; problems: EditProblem[] };
