import type { Activity } from 'botbuilder';
import { assembleBot } from '../../channels/assemble';
import { botReadiness } from '../../channels/readiness';
import { loadConfig } from '../../config/config';
import { loadKnowledgeBase } from '../../knowledge';
import { counted } from '../../dialogs/cards/numbers';
import { translator } from '../../locales';
import { openStorage, type OpenedStorage } from '../../storage';
import { FIXTURE_KNOWLEDGE } from '../dialogs/harness';
import { freezingProxy, type FreezingProxy } from './freezing-proxy';
import { dropSchemas, TEST_DATABASE_URL, uniqueSchema } from './test-database';

const t = translator('fr', 'conversation');
const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);
const schema = uniqueSchema('outage');
const target = new URL(TEST_DATABASE_URL);

/**
 * Issue 10, finding 2, replayed against PostgreSQL frozen (as SIGSTOP leaves it: connections open, no answer): every
 * turn is answered within 5 s with the honest message, readiness fails, and both recover by themselves after.
 */
describe('the bot on PostgreSQL that stops answering', () => {
  let proxy: FreezingProxy;
  let storage: OpenedStorage;
  let botTurn: (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;
  let ready: ReturnType<typeof botReadiness>;

  beforeAll(async () => {
    proxy = await freezingProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const url = new URL(TEST_DATABASE_URL);
    url.host = `127.0.0.1:${proxy.port}`;
    storage = await openStorage({ dataDir: '/nonexistent', databaseUrl: url.toString(), postgresSchema: schema });
    const config = loadConfig({ BOT_LOCAL_MODE: 'true' });
    botTurn = assembleBot(config, kb, storage, { errorLog: () => undefined }).botTurn;
    ready = botReadiness(storage, () => kb, { cacheMs: 0, log: () => undefined });
  });
  afterAll(async () => {
    proxy.thaw();
    await storage.close();
    await proxy.close();
    await dropSchemas([schema]);
  });

  const say = async (text: string, conversation = 'pg-outage', type = 'message') => {
    const started = Date.now();
    const replies = await botTurn({
      type,
      text,
      membersAdded: type === 'conversationUpdate' ? [{ id: 'user-1', name: '' }] : undefined,
      locale: 'fr-FR',
      channelId: 'webchat',
      conversation: { id: conversation } as Activity['conversation'],
      from: { id: 'user-1', name: '' },
    });
    return { ms: Date.now() - started, texts: replies.map((reply) => reply.text ?? '') };
  };

  it('answers within 5 s while frozen, keeps the state, and goes on where it was once thawed', async () => {
    await say('', 'pg-outage', 'conversationUpdate');
    expect((await say('Labels')).texts).toContain(t('cascade.pickQuestion', counted(2, 'fr')));
    expect(await ready()).toMatchObject({ ready: true });

    proxy.freeze();
    const frozenTurns = await Promise.all([say('1'), say('bonjour', 'pg-outage-2'), say('aide', 'pg-outage-3')]);
    const readiness = await ready();
    proxy.thaw();

    for (const turn of frozenTurns) {
      expect(turn.ms).toBeLessThan(5000);
      expect(turn.texts).toEqual([t('error.unavailable')]);
    }
    expect(readiness).toEqual({ ready: false, checks: { storage: 'unavailable', knowledge: 'ok' } });
    expect(await ready()).toMatchObject({ ready: true });
    const after = await say('1');
    expect(after.texts).toContain(t('feedback.ask'));
  });
});
