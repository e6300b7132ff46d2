import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDatabase } from '../../storage/database/sqlite-database';
import { SqliteDocumentStore } from '../../storage/documents/sqlite-document-store';
import { sqliteFile, sqliteMemory, storeOn } from './backends';
import { describeDocumentStoreContract } from './document-store-contract';

for (const backend of [sqliteFile('documents'), sqliteMemory()]) {
  describeDocumentStoreContract(
    `SqliteDocumentStore, ${backend.name}`,
    storeOn(backend, (database) => SqliteDocumentStore.open(database)),
    backend.cleanup,
  );
}

describe('SqliteDocumentStore', () => {
  it('keeps documents across reopening the file, in the table earlier versions used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faq-sante-bot-reopen-'));
    try {
      const path = join(dir, 'state.sqlite');
      const first = SqliteDatabase.open(path);
      const store = await SqliteDocumentStore.open(first);
      await store.write([{ key: 'k', document: { lang: 'fr' }, condition: { kind: 'overwrite' } }]);
      await first.close();
      await first.close();

      const second = SqliteDatabase.open(path);
      const stored = (await (await SqliteDocumentStore.open(second)).read(['k'])).get('k');
      expect(stored).toEqual({ document: { lang: 'fr' }, eTag: expect.any(String) });
      const rows = await second.query<{ key: string; etag: string }>('SELECT key, etag FROM bot_state');
      expect(rows).toEqual([{ key: 'k', etag: stored?.eTag }]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
