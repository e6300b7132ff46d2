import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDatabase } from '../../storage/database/sqlite-database';
import { SqliteDocumentStore } from '../../storage/documents/sqlite-document-store';
import { SqlFeedbackStore } from '../../storage/feedback/sql-feedback-store';
import { IN_MEMORY, openStorage, SQLITE_FILE_NAME } from '../../storage/open';

const lang = (language: string) =>
  [{ key: 'conv', document: { lang: language }, condition: { kind: 'overwrite' } }] as const;

describe('openStorage without a database URL', () => {
  const root = mkdtempSync(join(tmpdir(), 'faq-sante-bot-open-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates the data folder and the SQLite file, with state and feedback in it', async () => {
    const dataDir = join(root, 'data', 'deeper');
    const opened = await openStorage({ dataDir });
    expect(opened.documents).toBeInstanceOf(SqliteDocumentStore);
    expect(opened.feedback).toBeInstanceOf(SqlFeedbackStore);
    expect(opened.database).toBeInstanceOf(SqliteDatabase);
    expect(opened.description).toBe(`SQLite ${join(dataDir, SQLITE_FILE_NAME)}`);
    expect(existsSync(join(dataDir, SQLITE_FILE_NAME))).toBe(true);

    await opened.documents.write(lang('fr'));
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
    expect((await reopened.documents.read(['conv'])).get('conv')?.document).toEqual({ lang: 'fr' });
    await expect(reopened.feedback.list()).resolves.toHaveLength(1);
    await reopened.close();
  });

  it('opens a throw-away in-memory database for ":memory:"', async () => {
    const opened = await openStorage({ dataDir: IN_MEMORY });
    expect(opened.description).toBe('SQLite :memory:');
    await opened.documents.write(lang('en'));
    expect((await opened.documents.read(['conv'])).get('conv')?.document).toEqual({ lang: 'en' });
    await opened.close();
    expect(existsSync(join(process.cwd(), SQLITE_FILE_NAME))).toBe(false);
  });

  it('ignores an empty database URL', async () => {
    const opened = await openStorage({ dataDir: IN_MEMORY, databaseUrl: '' });
    expect(opened.documents).toBeInstanceOf(SqliteDocumentStore);
    await opened.close();
  });
});

describe('openStorage on a database written before schema versions', () => {
  it('adopts the tables earlier versions created at version 1, keeping their rows, then migrates them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'faq-sante-bot-legacy-'));
    try {
      const legacy = SqliteDatabase.open(join(dataDir, SQLITE_FILE_NAME));
      legacy.connection.exec(LEGACY_SQLITE_SCHEMA);
      await legacy.close();

      const opened = await openStorage({ dataDir });
      expect((await opened.documents.read(['conv'])).get('conv')).toEqual({ document: { lang: 'fr' }, eTag: 'e1' });
      expect(await opened.feedback.list()).toEqual([expect.objectContaining({ answerKey: 'c/1', helpful: false })]);
      const versions = await opened.database.query('SELECT component, version FROM schema_version ORDER BY component');
      expect(versions).toEqual([
        { component: 'bot_state', version: 2 },
        { component: 'feedback', version: 2 },
        { component: 'question_events', version: 1 },
        { component: 'storage_keys', version: 1 },
      ]);
      expect(await opened.feedback.list()).toEqual([expect.objectContaining({ userRef: null, expiredAt: null })]);
      await opened.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/** The tables as the bot created them before migrations existed, with a row each. */
const LEGACY_SQLITE_SCHEMA = `
  CREATE TABLE bot_state (
    key TEXT PRIMARY KEY, etag TEXT NOT NULL, document TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
  INSERT INTO bot_state (key, etag, document) VALUES ('conv', 'e1', '{"lang":"fr"}');
  CREATE TABLE feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT, answer_key TEXT NOT NULL UNIQUE, entry_id TEXT, lang TEXT NOT NULL,
    facets TEXT NOT NULL, helpful INTEGER CHECK (helpful IN (0, 1)),
    reason TEXT CHECK (reason IN ('unclear', 'incomplete', 'not-my-question', 'outdated')), comment TEXT,
    channel_id TEXT NOT NULL, match_score REAL,
    decision TEXT NOT NULL CHECK (decision IN ('answer', 'suggest', 'fallback')),
    question TEXT NOT NULL, created_at TEXT NOT NULL);
  CREATE INDEX feedback_created_at ON feedback (created_at);
  INSERT INTO feedback (answer_key, entry_id, lang, facets, helpful, channel_id, decision, question, created_at)
    VALUES ('c/1', 'ror-data-access', 'fr', '{}', 0, 'webchat', 'answer', 'ROR ?', '2024-05-01T10:00:00.000Z');
`;
