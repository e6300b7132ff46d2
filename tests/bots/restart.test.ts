import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../knowledge';
import { openStorage } from '../../storage';
import { answered, vocabulary } from '../dialogs/cases';
import { Conversation, FIXTURE_KNOWLEDGE, strings } from '../dialogs/harness';

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
      [v.labelsOffer, t('cascade.pickQuestion', { count: 2 })],
    ]);
    await before.close();

    const after = await Conversation.start({ lang: 'fr', storage: await openStorage({ dataDir }) });
    try {
      await after.play([
        ['le deuxième', [answered(v, 'label-communication'), t('feedback.ask')]],
        ['retour', t('cascade.pickQuestion', { count: 2 })],
      ]);
    } finally {
      await after.close();
    }
  });
});
