import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDatabase } from '../../storage/database/sqlite-database';
import { SqliteDocumentStore } from '../../storage/documents/sqlite-document-store';
import { StorageUnavailableError } from '../../storage/errors';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('SQLite with time limits and private files', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'faq-sante-bot-sqlite-limits-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives up on a write lock another process holds after the busy timeout, as StorageUnavailableError', async () => {
    const file = join(dir, 'db.sqlite');
    const holder = SqliteDatabase.open(file);
    const waiter = SqliteDatabase.open(file, { busyTimeoutMs: 150 });
    const store = await SqliteDocumentStore.open(waiter);
    holder.connection.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    const write = store.write([{ key: 'k', document: {}, condition: { kind: 'overwrite' } }]);
    await expect(write).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(write).rejects.toThrow(/SQLITE_BUSY/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(Date.now() - started).toBeLessThan(2000);
    holder.connection.exec('ROLLBACK');
    await expect(store.write([{ key: 'k', document: {}, condition: { kind: 'overwrite' } }])).resolves.toBeDefined();
    await holder.close();
    await waiter.close();
  });

  it('creates its folder 0700 and its database, -wal and -shm files 0600', async () => {
    const file = join(dir, 'nested', 'db.sqlite');
    const database = SqliteDatabase.open(file, { log: () => undefined });
    await SqliteDocumentStore.open(database);
    expect(modeOf(join(dir, 'nested'))).toBe(0o700);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) {
      expect(existsSync(path)).toBe(true);
      expect([path, modeOf(path)]).toEqual([path, 0o600]);
    }
    await database.close();
  });

  it('tightens database files an earlier version left readable by others, and only warns about a shared folder', async () => {
    const folder = join(dir, 'shared');
    mkdirSync(folder, { mode: 0o755 });
    chmodSync(folder, 0o755);
    const file = join(folder, 'db.sqlite');
    SqliteDatabase.open(file, { log: () => undefined }).connection.close();
    for (const path of [file, `${file}-wal`]) {
      if (!existsSync(path)) writeFileSync(path, '');
      chmodSync(path, 0o644);
    }
    const log: string[] = [];
    const database = SqliteDatabase.open(file, { log: (message) => log.push(message) });
    expect([modeOf(file), modeOf(`${file}-wal`), modeOf(folder)]).toEqual([0o600, 0o600, 0o755]);
    expect(log).toEqual([
      expect.stringContaining(`the folder ${folder} is readable by others (mode 0755)`),
      expect.stringContaining(`${file} was readable by others (mode 0644): now 0600`),
      expect.stringContaining(`${file}-wal was readable by others (mode 0644): now 0600`),
    ]);
    await database.close();
  });
});
