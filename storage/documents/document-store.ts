import type { UserIdentity } from '../retention/user-refs';

/**
 * Keyed JSON documents with eTags: what conversation and user state are stored as. Knows nothing of any bot SDK;
 * `bots/state/` adapts it to botbuilder's `Storage` and `BotState`.
 */

/** A JSON object. Written as `JSON.stringify` writes it, read back as `JSON.parse` gives it (dates become strings). */
export type Document = Record<string, unknown>;

/** A document as stored, with the eTag of this version of it. */
export interface StoredDocument {
  document: Document;
  /** Changes on every write. */
  eTag: string;
}

/** When a write applies. A failed condition is someone else's write: the batch fails with `StorageConflictError`. */
export type WriteCondition =
  /** Whatever is stored. */
  | { kind: 'overwrite' }
  /** Only if nothing is stored under the key: of two first writers, one wins. */
  | { kind: 'create' }
  /**
   * Only if the stored version is still `eTag`: nobody wrote it since it was read. A document deleted since may be
   * written again (as botbuilder's MemoryStorage allows), since a delete is no competing version.
   */
  | { kind: 'update'; eTag: string };

export interface DocumentWrite {
  key: string;
  document: Document;
  condition: WriteCondition;
  /**
   * The user whose turn writes it. The store keeps a keyed hash of it (never the id), so that an erasure request
   * finds the conversations the user wrote in; absent, the reference already stored is kept.
   */
  owner?: UserIdentity;
}

/**
 * The contract of every implementation (tests/storage/document-store-contract.ts): every write gives the document
 * a new eTag; a batch applies all or nothing, even across processes sharing the database; keys are any non-empty
 * strings, matched exactly.
 */
export interface DocumentStore {
  /** The documents stored under `keys`; keys with nothing stored are absent from the map. */
  read(keys: readonly string[]): Promise<Map<string, StoredDocument>>;
  /** Applies every write or none; resolves with the new eTag of each written key. */
  write(writes: readonly DocumentWrite[]): Promise<Map<string, string>>;
  /** Deleting a key with nothing stored is fine. */
  delete(keys: readonly string[]): Promise<void>;
}
