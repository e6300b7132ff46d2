import { openStorageOn, PostgresDatabase, type OpenedStorage } from '../../storage';
import { knowledgeCopy, liveBot } from '../storage/knowledge/live-bot';
import { dropSchemas, TEST_DATABASE_URL, uniqueSchema } from './test-database';

const QUESTION = 'Qui règle la facture de mon logiciel neuf ?';
const FUNDING_ANSWER = 'ressources relatives au financement sont disponibles';

/** Polls `check` until it holds or `ms` pass. */
async function eventually(check: () => Promise<boolean>, ms = 8000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 100))) if (await check()) return true;
  return check();
}

describe('live knowledge edits on a shared PostgreSQL store', () => {
  const schema = uniqueSchema('kbedit');
  const folder = knowledgeCopy();
  const stores: OpenedStorage[] = [];
  const open = async () => {
    const storage = await openStorageOn(await PostgresDatabase.open({ connectionString: TEST_DATABASE_URL, schema }));
    stores.push(storage);
    return storage;
  };
  afterAll(async () => {
    await Promise.all(stores.map((storage) => storage.close()));
    await dropSchemas([schema]);
    folder.remove();
  });

  it('one instance edits (overlay of a read-only folder), the other serves the change at its next poll', async () => {
    const one = await liveBot(await open(), folder.dir, { readOnly: true, pollSeconds: 0 });
    const other = await liveBot(await open(), folder.dir, { readOnly: true, pollSeconds: 1 });
    try {
      expect(await other.ask(QUESTION)).not.toContain(FUNDING_ANSWER);
      const outcome = await one.editor.addAlternate('segur-funding-resources', QUESTION, 'fr', 'editor@example.org');
      expect(outcome).toMatchObject({ ok: true, version: 1, writtenTo: 'overlay' });
      expect(await one.ask(QUESTION)).toContain(FUNDING_ANSWER);

      expect(await eventually(async () => other.editor.knowledge.version === 1)).toBe(true);
      expect(await other.ask(QUESTION)).toContain(FUNDING_ANSWER);

      // An edit on the other instance starts from the latest base: both changes are served by both.
      const second = await other.editor.addAlternate('segur-funding-resources', 'Financement zorglub', 'fr', 'other@example.org');
      expect(second).toMatchObject({ ok: true, version: 2 });
      expect(await one.editor.refresh()).toBe(2);
      expect(one.editor.knowledge.kb.entries.find((entry) => entry.id === 'segur-funding-resources')?.alternates.fr).toEqual(
        expect.arrayContaining([QUESTION, 'Financement zorglub']),
      );
    } finally {
      await one.close();
      await other.close();
    }
  });

  it('with a shared writable folder, an edit written to its YAML reaches the other instance at its next poll', async () => {
    const shared = knowledgeCopy();
    const sharedSchema = uniqueSchema('kbedit_folder');
    const connect = async () => {
      const storage = await openStorageOn(await PostgresDatabase.open({ connectionString: TEST_DATABASE_URL, schema: sharedSchema }));
      stores.push(storage);
      return storage;
    };
    const one = await liveBot(await connect(), shared.dir, { pollSeconds: 0 });
    const other = await liveBot(await connect(), shared.dir, { pollSeconds: 1 });
    try {
      const outcome = await one.editor.addAlternate('segur-funding-resources', QUESTION, 'fr', 'editor');
      expect(outcome).toMatchObject({ ok: true, version: 1, writtenTo: 'folder' });
      expect(await eventually(async () => other.editor.knowledge.version === 1)).toBe(true);
      expect(await other.ask(QUESTION)).toContain(FUNDING_ANSWER);
    } finally {
      await one.close();
      await other.close();
      shared.remove();
      await dropSchemas([sharedSchema]);
    }
  });

  it('refuses an invalid edit and the overlay stays as it was', async () => {
    const bot = await liveBot(await open(), folder.dir, { readOnly: true });
    try {
      const version = bot.editor.knowledge.version;
      const outcome = await bot.editor.createEntry({ id: 'mos-definition', answer: { fr: 'Autre réponse.' } }, 'editor');
      expect(outcome).toMatchObject({ ok: false, problems: [expect.objectContaining({ field: 'id', message: expect.stringContaining('duplicate') })] });
      expect(await bot.editor.refresh()).toBe(version);
    } finally {
      await bot.close();
    }
  });
});
