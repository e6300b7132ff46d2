import { randomUUID } from 'node:crypto';
import type { StoreItems } from 'botbuilder';
import { BotStorage } from '../../../bots/state';
import type { DocumentStore } from '../../../storage/documents/document-store';
import { StorageConflictError } from '../../../storage/errors';

const uniqueKey = (label: string): string => `${label}/${randomUUID()}`;

/** botbuilder's `Storage` rules (MemoryStorage's), kept by `BotStorage` over a store of each kind. */
export function describeBotStorageContract(name: string, getStore: () => DocumentStore): void {
  describe(`${name} (botbuilder Storage rules)`, () => {
    let storage: BotStorage;
    beforeAll(() => {
      storage = new BotStorage(getStore());
    });

    it('reads items with their eTag, and nothing for unknown keys', async () => {
      const key = uniqueKey('read');
      await storage.write({ [key]: { id: 1 } });
      expect(await storage.read([key, uniqueKey('absent')])).toEqual({ [key]: { id: 1, eTag: expect.any(String) } });
      await expect(storage.read([])).resolves.toEqual({});
    });

    it('rejects a missing key list or batch like MemoryStorage, and accepts an empty batch', async () => {
      await expect(storage.read(null as unknown as string[])).rejects.toThrow(ReferenceError);
      await expect(storage.write(null as unknown as StoreItems)).rejects.toThrow(ReferenceError);
      await expect(storage.delete(undefined as unknown as string[])).rejects.toThrow(ReferenceError);
      await expect(storage.write({})).resolves.toBeUndefined();
      await expect(storage.write([] as unknown as StoreItems)).resolves.toBeUndefined();
    });

    it('fails a write with a stale eTag and overwrites with "*" or no eTag', async () => {
      const key = uniqueKey('stale');
      await storage.write({ [key]: { count: 1 } });
      const stale = (await storage.read([key]))[key];
      await storage.write({ [key]: { ...stale, count: 2 } });
      await expect(storage.write({ [key]: { ...stale, count: 99 } })).rejects.toThrow(StorageConflictError);
      await storage.write({ [key]: { ...stale, count: 3, eTag: '*' } });
      expect((await storage.read([key]))[key].count).toBe(3);
      await storage.write({ [key]: { count: 4 } });
      expect((await storage.read([key]))[key]).toEqual({ count: 4, eTag: expect.any(String) });
    });

    it('writes an item with an eTag when the key does not exist (MemoryStorage rule)', async () => {
      const key = uniqueKey('absent-with-etag');
      await storage.write({ [key]: { count: 1, eTag: 'some-old-etag' } });
      expect((await storage.read([key]))[key].count).toBe(1);
    });

    it('rejects items that are not objects, or have a non-string eTag, naming the key', async () => {
      await expect(storage.write({ k: 'text' })).rejects.toThrow('"k" must be an object');
      await expect(storage.write({ k: { eTag: 42 } })).rejects.toThrow('eTag of "k" must be a string');
    });

    it('deletes items', async () => {
      const key = uniqueKey('delete');
      await storage.write({ [key]: { n: 1 } });
      await storage.delete([key]);
      await expect(storage.read([key])).resolves.toEqual({});
    });
  });
}
