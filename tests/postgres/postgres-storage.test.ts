import { PostgresStorage } from '../../storage/postgres-storage';
import { describeStorageContract } from '../storage/storage-contract';
import { dropSchemas, TEST_DATABASE_URL, uniqueSchema } from './test-database';

const schema = uniqueSchema('state');

// Each instance has its own pool (its own connections), as two bot processes would.
describeStorageContract(
  'PostgresStorage',
  () => PostgresStorage.open({ connectionString: TEST_DATABASE_URL, schema }),
  () => dropSchemas([schema]),
);

describe('PostgresStorage', () => {
  const otherSchema = uniqueSchema('state_misc');
  afterAll(() => dropSchemas([otherSchema]));

  it('creates its table once when several instances start together', async () => {
    const instances = await Promise.all(
      [1, 2, 3].map(() => PostgresStorage.open({ connectionString: TEST_DATABASE_URL, schema: otherSchema })),
    );
    await instances[0]?.write({ key: { n: 1 } });
    await expect(instances[2]?.read(['key'])).resolves.toEqual({ key: { n: 1, eTag: expect.any(String) } });
    await Promise.all(instances.map((instance) => instance.close()));
  });

  it('stores text with NUL characters, which jsonb refuses', async () => {
    const storage = await PostgresStorage.open({ connectionString: TEST_DATABASE_URL, schema: otherSchema });
    await storage.write({ nul: { text: 'a\u0000b' } });
    expect((await storage.read(['nul'])).nul.text).toBe('a\uFFFDb');
    await storage.close();
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    const injection = 'x"; DROP TABLE y; --';
    await expect(PostgresStorage.open({ connectionString: TEST_DATABASE_URL, schema: injection })).rejects.toThrow(
      'invalid PostgreSQL schema name',
    );
  });

  it('fails with the connection error when the server cannot be reached', async () => {
    await expect(
      PostgresStorage.open({ connectionString: 'postgres://postgres@127.0.0.1:1/none', schema: otherSchema }),
    ).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});
