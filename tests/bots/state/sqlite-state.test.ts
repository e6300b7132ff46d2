import type { DocumentStore } from '../../../storage/documents/document-store';
import { SqliteDocumentStore } from '../../../storage/documents/sqlite-document-store';
import { sqliteFile, sqliteMemory, storeOn, type Opened } from '../../storage/backends';
import { describeBotStorageContract } from './bot-storage-contract';
import { describeStateContract } from './state-contract';

for (const backend of [sqliteFile('state'), sqliteMemory()]) {
  describe(`botbuilder state on SQLite, ${backend.name}`, () => {
    let opened: Opened<DocumentStore>;
    beforeAll(async () => {
      opened = await storeOn(backend, (database) => SqliteDocumentStore.open(database))();
    });
    afterAll(async () => {
      await opened.close();
      await backend.cleanup();
    });

    describeBotStorageContract('BotStorage', () => opened.store);
    describeStateContract('state', () => opened.store);
  });
}
