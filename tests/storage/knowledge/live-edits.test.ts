import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../../knowledge';
import { IN_MEMORY, openStorage, type OpenedStorage } from '../../../storage';
import { knowledgeCopy, liveBot } from './live-bot';

const QUESTION = 'Qui règle la facture de mon logiciel neuf ?';
const FUNDING_ANSWER = 'ressources relatives au financement sont disponibles';
const FUNDING_FILE = join('entries', '01-segur-funding-resources.yaml');

describe('live knowledge edits, knowledge folder writable', () => {
  let folder: ReturnType<typeof knowledgeCopy>;
  let storage: OpenedStorage;
  let bot: Awaited<ReturnType<typeof liveBot>>;

  beforeEach(async () => {
    folder = knowledgeCopy();
    storage = await openStorage({ dataDir: IN_MEMORY });
    bot = await liveBot(storage, folder.dir);
  });
  afterEach(async () => {
    await bot.close();
    await storage.close();
    folder.remove();
  });

  it('an accepted alternate is answered directly by the running bot, and written into the entry file', async () => {
    expect(await bot.ask(QUESTION)).not.toContain(FUNDING_ANSWER);
    const before = readFileSync(join(folder.dir, FUNDING_FILE), 'utf8');

    const outcome = await bot.editor.addAlternate('segur-funding-resources', QUESTION, 'fr', 'editor@example.org');

    expect(outcome).toMatchObject({ ok: true, version: 1, entryId: 'segur-funding-resources', writtenTo: 'folder', changed: true });
    expect(await bot.ask(QUESTION)).toContain(FUNDING_ANSWER);
    const after = readFileSync(join(folder.dir, FUNDING_FILE), 'utf8');
    expect(after).toContain(`- ${QUESTION}`);
    // The editors' file stays theirs: only the line added differs.
    expect(after.split('\n').filter((line) => !before.split('\n').includes(line))).toHaveLength(1);
    expect(loadKnowledgeBase(folder.dir).entries.find((entry) => entry.id === 'segur-funding-resources')?.alternates.fr).toContain(QUESTION);
  });

  it('with the store out of reach, a folder edit is still written and served, with a warning', async () => {
    await storage.close();
    const outcome = await bot.editor.addAlternate('segur-funding-resources', QUESTION, 'fr', 'editor');
    expect(outcome).toMatchObject({ ok: true, version: 0, writtenTo: 'folder', warnings: [expect.objectContaining({ message: expect.stringContaining('not recorded in the store') })] });
    expect(bot.editor.knowledge.kb.entries[0]?.alternates.fr).toContain(QUESTION);
  });

  it('an alternate the entry already has changes nothing', async () => {
    const outcome = await bot.editor.addAlternate('segur-funding-resources', 'Ressources financement  Ségur vague 2', 'fr', 'editor');
    expect(outcome).toMatchObject({ ok: true, version: 0, changed: false });
  });

  it('a new entry gets its own file and is answered at once', async () => {
    const draft = {
      question: { fr: 'Comment obtenir une attestation de conformité zorglub ?' },
      answer: { fr: "L'attestation zorglub se demande auprès du guichet unique de l'agence." },
      facets: { offer: 'segur' },
    };
    const outcome = await bot.editor.createEntry(draft, 'editor');
    expect(outcome).toMatchObject({ ok: true, writtenTo: 'folder' });
    if (!outcome.ok) return;
    expect(outcome.entryId).toMatch(/^comment-obtenir-une-attestation-de-[0-9a-f]{6}$/);
    expect(readdirSync(join(folder.dir, 'entries'))).toContain(`0010-${outcome.entryId}.yaml`);
    expect(await bot.ask('attestation de conformité zorglub')).toContain('guichet unique');
    expect(loadKnowledgeBase(folder.dir).entries).toHaveLength(10);
  });

  it.each([
    ['an empty answer', { kind: 'create-entry', draft: { id: 'new-one', answer: { fr: '  ' } } }, 'answer.fr', /empty/],
    ['an unknown facet value', { kind: 'create-entry', draft: { id: 'new-one', answer: { fr: 'Une réponse.' }, facets: { offer: 'nowhere' } } }, 'facets.offer', /nowhere/],
    ['a duplicate id', { kind: 'create-entry', draft: { id: 'mos-definition', answer: { fr: 'Une réponse.' } } }, 'id', /duplicate/],
    ['an alternate of an unknown entry', { kind: 'add-alternate', entryId: 'does-not-exist', lang: 'fr', text: 'x' }, 'entryId', /no entry/],
    ['an empty alternate', { kind: 'add-alternate', entryId: 'mos-definition', lang: 'fr', text: '' }, 'alternates.fr', /empty/],
  ] as const)('refuses %s with the reason, writes nothing and keeps serving the base', async (_name, edit, field, message) => {
    const files = readdirSync(join(folder.dir, 'entries')).map((name) => readFileSync(join(folder.dir, 'entries', name), 'utf8'));
    const outcome = await bot.editor.apply(edit as never, 'editor');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: expect.stringContaining(field), message: expect.stringMatching(message) })]));
    expect(readdirSync(join(folder.dir, 'entries')).map((name) => readFileSync(join(folder.dir, 'entries', name), 'utf8'))).toEqual(files);
    expect(bot.editor.knowledge.version).toBe(0);
    expect(await bot.ask('Où trouver les ressources sur le financement Ségur ?')).toContain(FUNDING_ANSWER);
  });
});

describe('live knowledge edits, read-only knowledge folder (overlay in SQLite)', () => {
  it('keeps the folder untouched, serves the change at once, and replays it at the next start', async () => {
    const folder = knowledgeCopy();
    const storage = await openStorage({ dataDir: join(folder.dir, '..', 'data') });
    const files = () => readdirSync(join(folder.dir, 'entries')).map((name) => readFileSync(join(folder.dir, 'entries', name), 'utf8'));
    const before = files();
    try {
      const first = await liveBot(storage, folder.dir, { readOnly: true });
      const outcome = await first.editor.addAlternate('segur-funding-resources', QUESTION, 'fr', 'editor');
      expect(outcome).toMatchObject({ ok: true, version: 1, writtenTo: 'overlay' });
      expect(await first.ask(QUESTION)).toContain(FUNDING_ANSWER);
      expect(files()).toEqual(before);
      await first.close();

      const restarted = await liveBot(storage, folder.dir, { readOnly: true });
      expect(restarted.editor.knowledge.version).toBe(1);
      expect(await restarted.ask(QUESTION)).toContain(FUNDING_ANSWER);
      await restarted.close();
    } finally {
      await storage.close();
      folder.remove();
    }
  });
});
