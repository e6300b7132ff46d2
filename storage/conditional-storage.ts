import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { StorageError } from './errors';

/**
 * A botbuilder `Storage` that also tells the writer which eTags it stored, so a caller can chain conditional
 * writes within one turn without re-reading (a re-read could pick up someone else's write and hide it).
 */
export interface ConditionalStorage extends Storage {
  /** Same rules as `write`; resolves with the new eTag of every written key. */
  writeReturningETags(changes: StoreItems): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/** An eTag no stored item ever has: writing with it succeeds only when the key does not exist yet. */
export const CREATE_ONLY_ETAG = 'create-only';

/** How a write is applied to one key. */
export type WriteCondition = { kind: 'unconditional' } | { kind: 'if-match'; eTag: string };

/** One item of a batch, split into what is stored (the JSON of the item without its eTag) and how (condition). */
export interface PendingWrite {
  key: string;
  /** Serialised when the batch is received, so later changes to the caller's object cannot leak into the write. */
  json: string;
  condition: WriteCondition;
  newETag: string;
}

export function newETag(): string {
  return randomUUID();
}

export function assertKeys(keys: unknown, operation: 'reading' | 'deleting'): asserts keys is string[] {
  if (!Array.isArray(keys)) {
    throw new ReferenceError(`Keys are required when ${operation}.`);
  }
  const bad = keys.find((key) => typeof key !== 'string' || key.length === 0);
  if (bad !== undefined) {
    throw new StorageError(`every key must be a non-empty string when ${operation}, got ${JSON.stringify(bad)}`);
  }
}

/** Validates a batch (as MemoryStorage does, `null` is an error and `[]` an empty batch) and splits its items. */
export function toPendingWrites(changes: unknown): PendingWrite[] {
  if (changes === null || changes === undefined) {
    throw new ReferenceError('Changes are required when writing.');
  }
  if (typeof changes !== 'object') {
    throw new StorageError(`changes must be an object of items keyed by storage key, got ${typeof changes}`);
  }
  return Object.entries(changes).map(([key, item]) => toPendingWrite(key, item));
}

function toPendingWrite(key: string, item: unknown): PendingWrite {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new StorageError(`the item written under "${key}" must be an object`);
  }
  const { eTag, ...document } = item as Record<string, unknown>;
  if (eTag !== undefined && eTag !== null && typeof eTag !== 'string') {
    throw new StorageError(`the eTag of "${key}" must be a string`);
  }
  const condition: WriteCondition =
    typeof eTag === 'string' && eTag !== '' && eTag !== '*' ? { kind: 'if-match', eTag } : { kind: 'unconditional' };
  return { key, json: serializeDocument(key, document), condition, newETag: newETag() };
}

/** JSON of a document. NUL characters, refused by PostgreSQL's jsonb, are replaced so one cannot block a save. */
function serializeDocument(key: string, document: Record<string, unknown>): string {
  try {
    return JSON.stringify(document, (_property, value: unknown) =>
      typeof value === 'string' && value.includes('\u0000') ? value.replace(/\u0000/g, '\uFFFD') : value,
    );
  } catch (cause) {
    throw new StorageError(`the item written under "${key}" cannot be serialised to JSON`, { cause });
  }
}

export function toStoreItem(document: unknown, eTag: string): Record<string, unknown> {
  return { ...(document as Record<string, unknown>), eTag };
}
