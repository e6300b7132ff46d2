import { randomUUID } from 'node:crypto';
import type { Document, DocumentStore, DocumentWrite } from '../../storage/documents/document-store';
import { StorageConflictError, StorageError } from '../../storage/errors';
import type { Opened } from './backends';

export function uniqueKey(label: string): string {
  return `${label}/${randomUUID()}`;
}

const overwrite = (key: string, document: Document): DocumentWrite => ({
  key,
  document,
  condition: { kind: 'overwrite' },
});
const create = (key: string, document: Document): DocumentWrite => ({ key, document, condition: { kind: 'create' } });
const update = (key: string, document: Document, eTag: string): DocumentWrite => ({
  key,
  document,
  condition: { kind: 'update', eTag },
});

/** The stored version of `key`, which the test knows exists. */
async function readOne(store: DocumentStore, key: string): Promise<{ document: Document; eTag: string }> {
  const stored = (await store.read([key])).get(key);
  if (!stored) throw new Error(`nothing stored under ${key}`);
  return stored;
}

/**
 * What every state store must do: eTags and conditional writes (a stale one fails), batches all or nothing, and the
 * same between instances on one database as within one (after botbuilder-js `storageBaseTests.js`, plus conditional
 * writes and concurrent writers). Keys are unique per test, so the suite shares one database; `cleanup` runs once
 * after every instance is closed.
 */
export function describeDocumentStoreContract(
  name: string,
  open: () => Promise<Opened<DocumentStore>>,
  cleanup: () => Promise<void>,
): void {
  describe(`${name} (DocumentStore contract)`, () => {
    const opened: Array<Opened<DocumentStore>> = [];
    let store: DocumentStore;
    /** Another instance on the same database: another bot process. */
    const another = async (): Promise<DocumentStore> => {
      const instance = await open();
      opened.push(instance);
      return instance.store;
    };

    beforeAll(async () => {
      store = await another();
    });
    afterAll(async () => {
      await Promise.all(opened.map((instance) => instance.close()));
      await cleanup();
    });

    describe('reading and deleting', () => {
      it('finds nothing under unknown keys, and reads no keys', async () => {
        expect((await store.read([uniqueKey('unknown')])).size).toBe(0);
        expect((await store.read([])).size).toBe(0);
        await expect(store.write([])).resolves.toEqual(new Map());
      });

      it('refuses a key list that is not one, and empty keys', async () => {
        await expect(store.read(null as unknown as string[])).rejects.toThrow(StorageError);
        await expect(store.read([''])).rejects.toThrow('non-empty string');
        await expect(store.delete([42 as unknown as string])).rejects.toThrow('non-empty string');
      });

      it('deletes documents; deleting unknown keys, or none, is fine', async () => {
        const [a, b] = [uniqueKey('delete'), uniqueKey('delete')];
        await store.write([overwrite(a, { n: 1 }), overwrite(b, { n: 2 })]);
        await store.delete([a, b, uniqueKey('never-written')]);
        expect((await store.read([a, b])).size).toBe(0);
        await expect(store.delete([])).resolves.toBeUndefined();
      });
    });

    describe('documents', () => {
      it('stores documents with distinct eTags, and keeps what the caller changes afterwards out', async () => {
        const [a, b] = [uniqueKey('create'), uniqueKey('create')];
        const document = { id: 1, nested: { lang: 'fr' } };
        const eTags = await store.write([create(a, document), overwrite(b, { id: 2 })]);
        document.nested.lang = 'en';
        const read = await store.read([a, b, uniqueKey('absent')]);
        expect([...read.keys()].sort()).toEqual([a, b].sort());
        expect(read.get(a)).toEqual({ document: { id: 1, nested: { lang: 'fr' } }, eTag: eTags.get(a) });
        expect(read.get(b)?.eTag).toMatch(/.+/);
        expect(read.get(a)?.eTag).not.toBe(read.get(b)?.eTag);
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
        await store.write([overwrite(key, document)]);
        expect((await readOne(store, key)).document).toEqual(JSON.parse(JSON.stringify(document)));
      });

      it('keeps NUL characters from blocking a save (PostgreSQL jsonb refuses them)', async () => {
        const key = uniqueKey('nul');
        await store.write([overwrite(key, { text: 'a\u0000b' })]);
        expect((await readOne(store, key)).document.text).toBe('a\uFFFDb');
      });

      it('matches keys exactly, special characters included', async () => {
        const keys = [
          `!@#$%^&*()~/\\><,.?';"\`~ ${randomUUID()}`,
          `msteams/conversations/a:1Xyz_-%_%/${randomUUID()}`,
          `clé « accentuée » 日本 😀 ${randomUUID()}`,
          `${'long-'.repeat(200)}${randomUUID()}`,
        ];
        await store.write(keys.map((key, index) => overwrite(key, { index })));
        const read = await store.read(keys);
        keys.forEach((key, index) => expect(read.get(key)?.document.index).toBe(index));
        // LIKE-style wildcards in a key must not match other keys.
        expect((await store.read(['%', '_', '*'])).size).toBe(0);
      });

      it('refuses a bad write, naming the key, and writes nothing of its batch', async () => {
        const key = uniqueKey('bad');
        const circular: Document = {};
        circular.self = circular;
        const bad: Array<[DocumentWrite, string]> = [
          [overwrite(key, 'text' as unknown as Document), `"${key}" must be an object`],
          [{ key, document: {}, condition: { kind: 'update', eTag: '' } }, `"${key}" has no valid condition`],
          [{ key, document: {} } as DocumentWrite, `"${key}" has no valid condition`],
          [overwrite(key, circular), `"${key}" cannot be serialised to JSON`],
          [overwrite('', {}), 'non-empty string'],
        ];
        for (const [write, message] of bad) {
          await expect(store.write([overwrite(uniqueKey('fine'), {}), write])).rejects.toThrow(message);
        }
        await expect(store.write([overwrite(key, {}), overwrite(key, {})])).rejects.toThrow('written twice');
        expect((await store.read([key])).size).toBe(0);
      });
    });

    describe('conditional writes', () => {
      it('updates the version read, with a new eTag on every write', async () => {
        const key = uniqueKey('update');
        const first = (await store.write([create(key, { count: 1 })])).get(key) ?? '';
        expect((await readOne(store, key)).eTag).toBe(first);
        const second = (await store.write([update(key, { count: 2 }, first)])).get(key) ?? '';
        expect(await readOne(store, key)).toEqual({ document: { count: 2 }, eTag: second });
        expect(second).not.toBe(first);
        await store.write([overwrite(key, { count: 3 })]);
        expect((await readOne(store, key)).eTag).not.toBe(second);
      });

      it('refuses an update of a version no longer stored, naming the key, and keeps the stored one', async () => {
        const key = uniqueKey('stale');
        const stale = (await store.write([create(key, { count: 1 })])).get(key) ?? '';
        await store.write([update(key, { count: 2 }, stale)]);
        const attempt = () => store.write([update(key, { count: 99 }, stale)]);
        await expect(attempt()).rejects.toThrow(StorageConflictError);
        await expect(attempt()).rejects.toMatchObject({ key, expectedETag: stale });
        expect((await readOne(store, key)).document.count).toBe(2);
      });

      it('writes an update whose document was deleted since, or never stored', async () => {
        const key = uniqueKey('deleted');
        const eTag = (await store.write([create(key, { count: 1 })])).get(key) ?? '';
        await store.delete([key]);
        await store.write([update(key, { count: 2 }, eTag)]);
        expect((await readOne(store, key)).document.count).toBe(2);
        const never = uniqueKey('never');
        await store.write([update(never, { count: 1 }, 'some-old-etag')]);
        expect((await readOne(store, never)).document.count).toBe(1);
      });

      it('creates once: a second create, or a create over a stored document, fails', async () => {
        const key = uniqueKey('create-only');
        await store.write([create(key, { by: 'first' })]);
        await expect(store.write([create(key, { by: 'second' })])).rejects.toMatchObject({ key, expectedETag: null });
        expect((await readOne(store, key)).document.by).toBe('first');
      });

      it('overwrites whatever is stored', async () => {
        const key = uniqueKey('overwrite');
        await store.write([create(key, { count: 1 })]);
        await store.write([overwrite(key, { count: 2 })]);
        expect((await readOne(store, key)).document.count).toBe(2);
      });

      it('applies a batch all or nothing', async () => {
        const [fresh, existing, updated] = [uniqueKey('batch'), uniqueKey('batch'), uniqueKey('batch')];
        const eTags = await store.write([create(existing, { count: 1 }), create(updated, { count: 1 })]);
        await store.write([overwrite(existing, { count: 2 })]);
        const batch = [
          create(fresh, { count: 1 }),
          update(updated, { count: 2 }, eTags.get(updated) ?? ''),
          update(existing, { count: 3 }, eTags.get(existing) ?? ''),
        ];
        await expect(store.write(batch)).rejects.toThrow(StorageConflictError);
        const after = await store.read([fresh, existing, updated]);
        expect(after.has(fresh)).toBe(false);
        expect(after.get(updated)).toEqual({ document: { count: 1 }, eTag: eTags.get(updated) });
        expect(after.get(existing)?.document.count).toBe(2);
      });
    });

    describe('instances on one database (bot processes)', () => {
      it('lets only the first of two writers holding the same version succeed', async () => {
        const other = await another();
        const key = uniqueKey('race');
        await store.write([overwrite(key, { owner: 'nobody' })]);
        const [mine, theirs] = await Promise.all([readOne(store, key), readOne(other, key)]);
        await other.write([update(key, { owner: 'other' }, theirs.eTag)]);
        await expect(store.write([update(key, { owner: 'me' }, mine.eTag)])).rejects.toThrow(StorageConflictError);
        expect((await readOne(store, key)).document.owner).toBe('other');
      });

      it('loses no increment when instances retry on conflict', async () => {
        const instances = [store, await another(), await another()];
        const key = uniqueKey('counter');
        await store.write([overwrite(key, { count: 0 })]);
        let conflicts = 0;
        const increment = async (instance: DocumentStore): Promise<void> => {
          for (;;) {
            const { document, eTag } = await readOne(instance, key);
            try {
              await instance.write([update(key, { count: Number(document.count) + 1 }, eTag)]);
              return;
            } catch (error) {
              if (!(error instanceof StorageConflictError)) throw error;
              conflicts += 1;
            }
          }
        };
        const times = 5;
        await Promise.all(
          instances.map(async (instance) => {
            for (let i = 0; i < times; i += 1) await increment(instance);
          }),
        );
        expect((await readOne(store, key)).document.count).toBe(instances.length * times);
        expect(conflicts).toBeGreaterThan(0);
      });
    });
  });
}
