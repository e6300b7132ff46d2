import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteDatabase } from '../../storage/sqlite-database';
import { SqliteStorage } from '../../storage/sqlite-storage';
import { describeStorageContract } from './storage-contract';

const dir = mkdtempSync(join(tmpdir(), 'faq-sante-bot-sqlite-'));
const file = join(dir, 'nested', 'state.sqlite');

// Each instance opens its own connection to the same file, as two bot processes would.
describeStorageContract(
  'SqliteStorage on a file',
  async () => new SqliteStorage(file),
  async () => rmSync(dir, { recursive: true, force: true }),
);

const memory = openSqliteDatabase(':memory:');
describeStorageContract(
  'SqliteStorage in memory (one shared connection)',
  async () => new SqliteStorage(memory),
  async () => {
    memory.close();
  },
);

describe('SqliteStorage', () => {
  it('keeps items across reopening the file and closes only a database it opened', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'faq-sante-bot-reopen-')), 'state.sqlite');
    const first = new SqliteStorage(path);
    await first.write({ key: { lang: 'fr' } });
    await first.close();
    await first.close();

    const shared = openSqliteDatabase(path);
    const second = new SqliteStorage(shared);
    await expect(second.read(['key'])).resolves.toEqual({ key: { lang: 'fr', eTag: expect.any(String) } });
    await second.close();
    expect(shared.open).toBe(true);
    shared.close();
    rmSync(join(path, '..'), { recursive: true, force: true });
  });

  it('rejects items that are not objects, naming the key', async () => {
    const storage = new SqliteStorage(':memory:');
    await expect(storage.write({ k: 'text' })).rejects.toThrow('"k" must be an object');
    await expect(storage.write({ k: { eTag: 42 } })).rejects.toThrow('eTag of "k" must be a string');
    await expect(storage.read([''])).rejects.toThrow('non-empty string');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(storage.write({ loop: circular })).rejects.toThrow('"loop" cannot be serialised to JSON');
    await storage.close();
  });
});
