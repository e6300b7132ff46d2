import { PostgresDatabase } from '../../storage/database/postgres-database';
import type { DocumentStore } from '../../storage/documents/document-store';
import { PostgresDocumentStore } from '../../storage/documents/postgres-document-store';
import { describeBotStorageContract } from '../bots/state/bot-storage-contract';
import { describeStateContract } from '../bots/state/state-contract';
import { storeOn, type Opened } from '../storage/backends';
import { describeDocumentStoreContract } from '../storage/document-store-contract';
import { postgresSchema, TEST_DATABASE_URL } from './test-database';

const open = (database: PostgresDatabase) => PostgresDocumentStore.open(database);

const contract = postgresSchema('documents');
describeDocumentStoreContract('PostgresDocumentStore', storeOn(contract, open), contract.cleanup);

describe('botbuilder state on PostgreSQL', () => {
  const backend = postgresSchema('state');
  let opened: Opened<DocumentStore>;
  beforeAll(async () => {
    opened = await storeOn(backend, open)();
  });
  afterAll(async () => {
    await opened.close();
    await backend.cleanup();
  });

  describeBotStorageContract('BotStorage', () => opened.store);
  describeStateContract('state', () => opened.store);
});

describe('PostgresDocumentStore', () => {
  it('creates its tables once when several instances start together', async () => {
    const backend = postgresSchema('together');
    const instances = await Promise.all([1, 2, 3].map(() => storeOn(backend, open)()));
    try {
      await instances[0]?.store.write([{ key: 'key', document: { n: 1 }, condition: { kind: 'overwrite' } }]);
      expect((await instances[2]?.store.read(['key']))?.get('key')?.document).toEqual({ n: 1 });
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
      await backend.cleanup();
    }
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    const injection = 'x"; DROP TABLE y; --';
    await expect(PostgresDatabase.open({ connectionString: TEST_DATABASE_URL, schema: injection })).rejects.toThrow(
      'invalid SQL identifier',
    );
  });

  it('fails with the connection error when the server cannot be reached', async () => {
    await expect(PostgresDatabase.open({ connectionString: 'postgres://postgres@127.0.0.1:1/none' })).rejects.toThrow(
      /ECONNREFUSED|connect/,
    );
  });
});
