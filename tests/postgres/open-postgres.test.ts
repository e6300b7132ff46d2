import { openStorage } from '../../storage/open';
import { PostgresFeedbackStore } from '../../storage/postgres-feedback-store';
import { PostgresStorage } from '../../storage/postgres-storage';
import { dropSchemas, TEST_DATABASE_URL, uniqueSchema } from './test-database';

describe('openStorage with a database URL', () => {
  const schema = uniqueSchema('open');
  afterAll(() => dropSchemas([schema]));

  it('uses PostgreSQL for state and feedback, on one pool, and hides the password', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.password = 'secret-password';
    // Trust authentication ignores the password, so the URL still connects.
    const opened = await openStorage({ dataDir: '/nonexistent', databaseUrl: url.toString(), postgresSchema: schema });
    expect(opened.storage).toBeInstanceOf(PostgresStorage);
    expect(opened.feedback).toBeInstanceOf(PostgresFeedbackStore);
    expect(opened.description).toContain(`(schema ${schema})`);
    expect(opened.description).not.toContain('secret-password');

    await opened.storage.write({ conv: { lang: 'en' } });
    await expect(opened.storage.read(['conv'])).resolves.toMatchObject({ conv: { lang: 'en' } });
    await expect(opened.feedback.stats()).resolves.toMatchObject({ total: 0 });
    await opened.close();
    await opened.close();
    await expect(opened.storage.read(['conv'])).rejects.toThrow();
  });

  it('fails with the connection error when the server cannot be reached', async () => {
    await expect(
      openStorage({ dataDir: '/nonexistent', databaseUrl: 'postgres://postgres@127.0.0.1:1/none' }),
    ).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});
