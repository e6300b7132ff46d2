import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IN_MEMORY, openStorage, SQLITE_FILE_NAME } from '../../storage/open';
import { SqliteFeedbackStore } from '../../storage/sqlite-feedback-store';
import { SqliteStorage } from '../../storage/sqlite-storage';

describe('openStorage without a database URL', () => {
  const root = mkdtempSync(join(tmpdir(), 'faq-sante-bot-open-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates the data folder and the SQLite file, with state and feedback in it', async () => {
    const dataDir = join(root, 'data', 'deeper');
    const opened = await openStorage({ dataDir });
    expect(opened.storage).toBeInstanceOf(SqliteStorage);
    expect(opened.feedback).toBeInstanceOf(SqliteFeedbackStore);
    expect(opened.description).toBe(`SQLite ${join(dataDir, SQLITE_FILE_NAME)}`);
    expect(existsSync(join(dataDir, SQLITE_FILE_NAME))).toBe(true);

    await opened.storage.write({ conv: { lang: 'fr' } });
    await opened.feedback.recordUnanswered({
      answerKey: 'conv/1',
      lang: 'fr',
      facets: {},
      channelId: 'console',
      matchScore: null,
      decision: 'fallback',
      question: 'Bonjour ?',
    });
    await opened.close();
    await opened.close();

    const reopened = await openStorage({ dataDir });
    await expect(reopened.storage.read(['conv'])).resolves.toEqual({ conv: { lang: 'fr', eTag: expect.any(String) } });
    await expect(reopened.feedback.list()).resolves.toHaveLength(1);
    await reopened.close();
  });

  it('opens a throw-away in-memory database for ":memory:"', async () => {
    const opened = await openStorage({ dataDir: IN_MEMORY });
    expect(opened.description).toBe('SQLite :memory:');
    await opened.storage.write({ k: { n: 1 } });
    await expect(opened.storage.read(['k'])).resolves.toMatchObject({ k: { n: 1 } });
    await opened.close();
    expect(existsSync(join(process.cwd(), SQLITE_FILE_NAME))).toBe(false);
  });

  it('ignores an empty database URL', async () => {
    const opened = await openStorage({ dataDir: IN_MEMORY, databaseUrl: '' });
    expect(opened.storage).toBeInstanceOf(SqliteStorage);
    await opened.close();
  });
});
