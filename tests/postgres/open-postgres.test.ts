import { Client } from 'pg';
import { PostgresDatabase } from '../../storage/database/postgres-database';
import { PostgresDocumentStore } from '../../storage/documents/postgres-document-store';
import { SqlFeedbackStore } from '../../storage/feedback/sql-feedback-store';
import { openStorage } from '../../storage/open';
import { dropSchemas, TEST_DATABASE_URL, uniqueSchema } from './test-database';

describe('openStorage with a database URL', () => {
  const schemas = [uniqueSchema('open'), uniqueSchema('legacy')];
  afterAll(() => dropSchemas(schemas));

  it('uses PostgreSQL for state and feedback, on one pool, and hides the password', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.password = 'secret-password';
    // Trust authentication ignores the password, so the URL still connects.
    const databaseUrl = url.toString();
    const opened = await openStorage({ dataDir: '/nonexistent', databaseUrl, postgresSchema: schemas[0] });
    expect(opened.documents).toBeInstanceOf(PostgresDocumentStore);
    expect(opened.feedback).toBeInstanceOf(SqlFeedbackStore);
    expect(opened.database).toBeInstanceOf(PostgresDatabase);
    expect(opened.description).toContain(`(schema ${schemas[0]})`);
    expect(opened.description).not.toContain('secret-password');

    await opened.documents.write([{ key: 'conv', document: { lang: 'en' }, condition: { kind: 'overwrite' } }]);
    expect((await opened.documents.read(['conv'])).get('conv')?.document).toEqual({ lang: 'en' });
    await expect(opened.feedback.stats()).resolves.toMatchObject({ total: 0 });
    await opened.close();
    await opened.close();
    await expect(opened.documents.read(['conv'])).rejects.toThrow();
  });

  it('adopts the tables earlier versions created at version 1, keeping their rows, then migrates them', async () => {
    const schema = schemas[1] ?? '';
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(legacySchema(schema));
    } finally {
      await client.end();
    }
    const databaseUrl = TEST_DATABASE_URL;
    const opened = await openStorage({ dataDir: '/nonexistent', databaseUrl, postgresSchema: schema });
    try {
      expect((await opened.documents.read(['conv'])).get('conv')).toEqual({ document: { lang: 'fr' }, eTag: 'e1' });
      expect(await opened.feedback.list()).toEqual([expect.objectContaining({ answerKey: 'c/1', helpful: false })]);
      const versions = await opened.database.query(
        `SELECT component, version FROM ${opened.database.table('schema_version')} ORDER BY component`,
      );
      expect(versions).toEqual([
        { component: 'bot_state', version: 2 },
        { component: 'feedback', version: 2 },
        { component: 'question_events', version: 1 },
        { component: 'storage_keys', version: 1 },
      ]);
    } finally {
      await opened.close();
    }
  });

  it('fails with the connection error when the server cannot be reached', async () => {
    await expect(
      openStorage({ dataDir: '/nonexistent', databaseUrl: 'postgres://postgres@127.0.0.1:1/none' }),
    ).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});

/** The tables as the bot created them before migrations existed, with a row each. */
function legacySchema(schema: string): string {
  return `
    CREATE SCHEMA "${schema}";
    CREATE TABLE "${schema}".bot_state (
      key text PRIMARY KEY, etag text NOT NULL, document jsonb NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
    INSERT INTO "${schema}".bot_state (key, etag, document) VALUES ('conv', 'e1', '{"lang":"fr"}');
    CREATE TABLE "${schema}".feedback (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, answer_key text NOT NULL UNIQUE, entry_id text,
      lang text NOT NULL, facets jsonb NOT NULL, helpful boolean,
      reason text CHECK (reason IN ('unclear', 'incomplete', 'not-my-question', 'outdated')), comment text,
      channel_id text NOT NULL, match_score double precision,
      decision text NOT NULL CHECK (decision IN ('answer', 'suggest', 'fallback')), question text NOT NULL,
      created_at timestamptz NOT NULL);
    CREATE INDEX feedback_created_at ON "${schema}".feedback (created_at);
    INSERT INTO "${schema}".feedback
      (answer_key, entry_id, lang, facets, helpful, channel_id, decision, question, created_at) VALUES ('c/1', 'ror-data-access', 'fr', '{}', false, 'webchat', 'answer', 'ROR ?', '2024-05-01T10:00:00Z');`;
}
