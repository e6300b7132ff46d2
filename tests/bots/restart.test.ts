import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../knowledge';
import { openStorage } from '../../storage';
import { counted } from '../../dialogs/cards/numbers';
import { answered, vocabulary } from '../dialogs/cases';
import { Conversation, FIXTURE_KNOWLEDGE, strings, texts } from '../dialogs/harness';

describe('a restart in the middle of a conversation', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'faq-bot-restart-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('resumes the cascade where it was, from the same SQLite file', async () => {
    const v = vocabulary(loadKnowledgeBase(FIXTURE_KNOWLEDGE), 'fr');
    const t = strings('fr');
    const before = await Conversation.start({ lang: 'fr', storage: await openStorage({ dataDir }) });
    await before.play([
      [{ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User1' }] }, v.offerPrompt],
      ['English', strings('en')('language.switched')],
      ['Français', t('language.switched')],
      [v.labelsOffer, t('cascade.pickQuestion', counted(2, 'fr'))],
    ]);
    await before.close();

    const after = await Conversation.start({ lang: 'fr', storage: await openStorage({ dataDir }) });
    try {
      await after.play([
        ['le deuxième', [answered(v, 'label-communication'), t('feedback.ask')]],
        ['retour', t('cascade.pickQuestion', counted(2, 'fr'))],
      ]);
    } finally {
      await after.close();
    }
  });

  it('remembers the language a user chose for their next conversation, from the same SQLite file', async () => {
    const conversationOn = async (conversationId: string) =>
      Conversation.start({ lang: 'fr', storage: await openStorage({ dataDir }), conversationId });
    const before = await conversationOn('a');
    await before.play([
      [{ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User1' }] }, strings('fr')('welcome.intro')],
      ['English', strings('en')('language.switched')],
    ]);
    await before.close();

    const after = await conversationOn('b'); // a new conversation of the same user, its messages still in fr-FR
    try {
      const welcome = await after.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User1' }] });
      expect(texts(welcome)[0]).toBe(strings('en')('welcome.intro'));
    } finally {
      await after.close();
    }
  });
});
