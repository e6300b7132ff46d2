import type { Storage, StoreItems } from 'botbuilder';
import { StorageError, type DocumentStore, type DocumentWrite } from '../../storage';

/**
 * botbuilder's `Storage` over our `DocumentStore`, with MemoryStorage's rules: an item's `eTag` is the version it
 * was read at, and a write with it fails (`StorageConflictError`) if the stored item changed since; no eTag or `*`
 * overwrites. What `BotState` and any other botbuilder component expect of a storage.
 */
export class BotStorage implements Storage {
  constructor(private readonly store: DocumentStore) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    const stored = await this.store.read(keys);
    return Object.fromEntries([...stored].map(([key, { document, eTag }]) => [key, { ...document, eTag }]));
  }

  async write(changes: StoreItems): Promise<void> {
    if (changes === null || changes === undefined) throw new ReferenceError('Changes are required when writing.');
    if (typeof changes !== 'object') {
      throw new StorageError(`changes must be an object of items keyed by storage key, got ${typeof changes}`);
    }
    await this.store.write(Object.entries(changes).map(([key, item]) => toWrite(key, item)));
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    await this.store.delete(keys);
  }
}

function toWrite(key: string, item: unknown): DocumentWrite {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new StorageError(`the item written under "${key}" must be an object`);
  }
  const { eTag, ...document } = item as Record<string, unknown>;
  if (eTag !== undefined && eTag !== null && typeof eTag !== 'string') {
    throw new StorageError(`the eTag of "${key}" must be a string`);
  }
  const conditional = typeof eTag === 'string' && eTag !== '' && eTag !== '*';
  return { key, document, condition: conditional ? { kind: 'update', eTag } : { kind: 'overwrite' } };
}
