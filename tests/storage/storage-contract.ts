import { randomUUID } from 'node:crypto';
import type { StoreItems } from 'botbuilder';
import { CREATE_ONLY_ETAG, type ConditionalStorage } from '../../storage/conditional-storage';
import { StorageConflictError } from '../../storage/errors';
import { describeStateContract } from './state-contract';

/** Opens another instance on the same backing store each call (so two instances model two bot processes). */
export type StorageFactory = () => Promise<ConditionalStorage>;

export function uniqueKey(label: string): string {
  return `${label}/${randomUUID()}`;
}

/**
 * The behaviour every conversation-state storage must have (after botbuilder-js `storageBaseTests.js`, plus
 * conditional writes, batch atomicity and concurrent writers). Keys are unique per test, so the suite can share one
 * store; `cleanup` runs once after the instances are closed.
 */
export function describeStorageContract(name: string, makeStorage: StorageFactory, cleanup: () => Promise<void>): void {
  describe(`${name} (Storage contract)`, () => {
    const opened: ConditionalStorage[] = [];
    let storage: ConditionalStorage;
    const open = async (): Promise<ConditionalStorage> => {
      const instance = await makeStorage();
      opened.push(instance);
      return instance;
    };

    beforeAll(async () => {
      storage = await open();
    });
    afterAll(async () => {
      await Promise.all(opened.map((instance) => instance.close()));
      await cleanup();
    });

    describe('reading', () => {
      it('returns an empty object for unknown keys and for no keys', async () => {
        await expect(storage.read([uniqueKey('unknown')])).resolves.toEqual({});
        await expect(storage.read([])).resolves.toEqual({});
      });

      it('rejects a missing key list like MemoryStorage', async () => {
        await expect(storage.read(null as unknown as string[])).rejects.toThrow(ReferenceError);
        await expect(storage.write(null as unknown as StoreItems)).rejects.toThrow(ReferenceError);
      });

      it('accepts an empty batch', async () => {
        await expect(storage.write({})).resolves.toBeUndefined();
        await expect(storage.write([] as unknown as StoreItems)).resolves.toBeUndefined();
      });
    });

    describe('create, read, update, delete', () => {
      it('creates items and returns them with a non-empty eTag, leaving the caller object untouched', async () => {
        const [a, b] = [uniqueKey('create'), uniqueKey('create')];
        const item = { id: 1 };
        await storage.write({ [a]: item, [b]: { id: 2 } });
        const read = await storage.read([a, b, uniqueKey('absent')]);
        expect(Object.keys(read).sort()).toEqual([a, b].sort());
        expect(read[a]).toEqual({ id: 1, eTag: expect.stringMatching(/.+/) });
        expect(read[b].id).toBe(2);
        expect(read[a].eTag).not.toBe(read[b].eTag);
        expect(item).toEqual({ id: 1 });
      });

      it('updates with the read eTag and assigns a new eTag on every write', async () => {
        const key = uniqueKey('update');
        const eTags = await storage.writeReturningETags({ [key]: { count: 1 } });
        const first = (await storage.read([key]))[key];
        expect(first.eTag).toBe(eTags[key]);
        await storage.write({ [key]: { ...first, count: 2 } });
        const second = (await storage.read([key]))[key];
        expect(second).toEqual({ count: 2, eTag: expect.any(String) });
        expect(second.eTag).not.toBe(first.eTag);
        await storage.write({ [key]: { count: 3 } });
        expect((await storage.read([key]))[key].eTag).not.toBe(second.eTag);
      });

      it('deletes items, and deleting unknown keys is fine', async () => {
        const [a, b] = [uniqueKey('delete'), uniqueKey('delete')];
        await storage.write({ [a]: { n: 1 }, [b]: { n: 2 } });
        await storage.delete([a, b, uniqueKey('never-written')]);
        await expect(storage.read([a, b])).resolves.toEqual({});
        await expect(storage.delete([uniqueKey('unknown')])).resolves.toBeUndefined();
        await expect(storage.delete([])).resolves.toBeUndefined();
      });

      it('round-trips nested objects as JSON does', async () => {
        const key = uniqueKey('nested');
        const document = {
          dialogState: {
            dialogStack: [{ id: 'main', state: { options: {}, values: { instanceId: 'x' }, stepIndex: 2 } }],
          },
          lang: 'fr',
          facets: { offer: 'segur', theme: null },
          texts: ['Qu’est-ce que le ROR ?', 'naïve « guillemets » 😀', '', 'back\\slash "quoted"'],
          numbers: [0, -1.5, 1e21, Number.MAX_SAFE_INTEGER],
          flags: { yes: true, no: false },
          when: new Date('2024-03-01T10:00:00.000Z'),
        };
        await storage.write({ [key]: document });
        const { eTag, ...read } = (await storage.read([key]))[key];
        expect(typeof eTag).toBe('string');
        expect(read).toEqual(JSON.parse(JSON.stringify(document)));
      });

      it('handles keys with special characters', async () => {
        const keys = [
          `!@#$%^&*()~/\\><,.?';"\`~ ${randomUUID()}`,
          `msteams/conversations/a:1Xyz_-%_%/${randomUUID()}`,
          `clé « accentuée » 日本 😀 ${randomUUID()}`,
          `${'long-'.repeat(200)}${randomUUID()}`,
        ];
        await storage.write(Object.fromEntries(keys.map((key, index) => [key, { index }])));
        const read = await storage.read(keys);
        keys.forEach((key, index) => expect(read[key].index).toBe(index));
        // LIKE-style wildcards in a key must not match other keys.
        await expect(storage.read(['%', '_', '*'])).resolves.toEqual({});
      });
    });

    describe('eTags', () => {
      it('rejects a write with a stale eTag, naming the key, and keeps the stored item', async () => {
        const key = uniqueKey('stale');
        await storage.write({ [key]: { count: 1 } });
        const stale = (await storage.read([key]))[key];
        await storage.write({ [key]: { ...stale, count: 2 } });
        const stale99 = { [key]: { ...stale, count: 99 } };
        await expect(storage.write(stale99)).rejects.toThrow(StorageConflictError);
        await expect(storage.write(stale99)).rejects.toMatchObject({ key, expectedETag: stale.eTag });
        expect((await storage.read([key]))[key].count).toBe(2);
      });

      it('overwrites unconditionally with eTag "*" or no eTag', async () => {
        const key = uniqueKey('wildcard');
        await storage.write({ [key]: { count: 1 } });
        const stale = (await storage.read([key]))[key];
        await storage.write({ [key]: { count: 2 } });
        await storage.write({ [key]: { ...stale, count: 3, eTag: '*' } });
        expect((await storage.read([key]))[key].count).toBe(3);
        await storage.write({ [key]: { count: 4 } });
        expect((await storage.read([key]))[key].count).toBe(4);
      });

      it('writes an item with an eTag when the key does not exist (MemoryStorage rule)', async () => {
        const key = uniqueKey('absent-with-etag');
        await storage.write({ [key]: { count: 1, eTag: 'some-old-etag' } });
        expect((await storage.read([key]))[key].count).toBe(1);
      });

      it('creates once with CREATE_ONLY_ETAG and refuses a second create', async () => {
        const key = uniqueKey('create-only');
        await storage.write({ [key]: { by: 'first', eTag: CREATE_ONLY_ETAG } });
        const second = { [key]: { by: 'second', eTag: CREATE_ONLY_ETAG } };
        await expect(storage.write(second)).rejects.toThrow(StorageConflictError);
        expect((await storage.read([key]))[key].by).toBe('first');
      });

      it('applies a batch all or nothing', async () => {
        const [fresh, existing, updated] = [uniqueKey('batch'), uniqueKey('batch'), uniqueKey('batch')];
        await storage.write({ [existing]: { count: 1 }, [updated]: { count: 1 } });
        const before = await storage.read([existing, updated]);
        await storage.write({ [existing]: { count: 2 } });
        const batch = {
          [fresh]: { count: 1 },
          [updated]: { ...before[updated], count: 2 },
          [existing]: { ...before[existing], count: 3 },
        };
        await expect(storage.write(batch)).rejects.toThrow(StorageConflictError);
        const after = await storage.read([fresh, existing, updated]);
        expect(after[fresh]).toBeUndefined();
        expect(after[updated]).toEqual(before[updated]);
        expect(after[existing].count).toBe(2);
      });
    });

    describe('concurrent writers', () => {
      it('lets only the first of two writers holding the same eTag succeed', async () => {
        const other = await open();
        const key = uniqueKey('race');
        await storage.write({ [key]: { owner: 'nobody' } });
        const [mine, theirs] = await Promise.all([storage.read([key]), other.read([key])]);
        await other.write({ [key]: { ...theirs[key], owner: 'other' } });
        await expect(storage.write({ [key]: { ...mine[key], owner: 'me' } })).rejects.toThrow(StorageConflictError);
        expect((await storage.read([key]))[key].owner).toBe('other');
      });

      it('loses no increment when instances retry on conflict', async () => {
        const instances = [storage, await open(), await open()];
        const key = uniqueKey('counter');
        await storage.write({ [key]: { count: 0 } });
        const incrementsPerInstance = 5;
        let conflicts = 0;
        const increment = async (instance: ConditionalStorage): Promise<void> => {
          for (;;) {
            const item = (await instance.read([key]))[key];
            try {
              await instance.write({ [key]: { ...item, count: item.count + 1 } });
              return;
            } catch (error) {
              if (!(error instanceof StorageConflictError)) throw error;
              conflicts += 1;
            }
          }
        };
        await Promise.all(
          instances.map(async (instance) => {
            for (let i = 0; i < incrementsPerInstance; i += 1) await increment(instance);
          }),
        );
        expect((await storage.read([key]))[key].count).toBe(instances.length * incrementsPerInstance);
        expect(conflicts).toBeGreaterThan(0);
      });
    });

    describeStateContract(() => storage);
  });
}
