import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBot } from '../../../bots/create-bot';
import { createAdapter, createBotTurn } from '../../../channels/adapter';
import { createServer, start, stop } from '../../../channels/server';
import { registerWebChannel, type WebChannel } from '../../../channels/web';
import { loadConfig } from '../../../config/config';
import { loadKnowledgeBase, Matcher } from '../../../knowledge';
import { translator } from '../../../locales';
import { openStorage } from '../../../storage';
import { CONTACT, FIXTURE_KNOWLEDGE } from '../../dialogs/harness';
import { getActivities, openConversation, postActivity, type Session } from './helpers';

const KEY = 'the-key-of-the-production-instances-0123456789';
const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);
const matcher = new Matcher(kb);
const fr = translator('fr', 'conversation');

interface Instance {
  url: string;
  web: WebChannel;
  close(): Promise<void>;
}

/** The real bot, wired as index.ts does, on a SQLite file that outlives the instance (as `data/` does). */
async function startInstance(dataDir: string): Promise<Instance> {
  const config = loadConfig({ BOT_LOCAL_MODE: 'true' }, { dataDir, tokenKey: KEY });
  const storage = await openStorage({ dataDir });
  const { bot, conversationState } = createBot({
    kb,
    matcher,
    storage: storage.storage,
    feedback: storage.feedback,
    contact: CONTACT,
    defaultLang: 'fr',
  });
  const adapter = createAdapter(config, conversationState, () => undefined);
  let web: WebChannel | undefined;
  const server = createServer({
    adapter,
    bot,
    maxBodyBytes: config.maxBodyBytes,
    health: () => ({ knowledgeEntries: kb.entries.length, storage: 'sqlite' }),
    routes: [(routes) => (web = registerWebChannel(routes, { config, botTurn: createBotTurn(adapter, bot) }))],
  });
  const address = await start(server, 0, '127.0.0.1');
  if (!web) throw new Error('the web channel was not registered');
  const channel = web;
  return {
    url: `http://127.0.0.1:${address.port}`,
    web: channel,
    close: async () => {
      await channel.close();
      server.server.closeAllConnections();
      await stop(server);
      await storage.close();
    },
  };
}

async function settled(instance: Instance, session: Session): Promise<void> {
  await instance.web.directLine?.store.touch(session.conversationId)?.settled();
}

describe('the real bot: a web chat goes on after a restart on the same token key and database', () => {
  let dataDir: string;
  let instance: Instance | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'faq-reopen-'));
  });
  afterAll(async () => {
    await instance?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers "Non" to the question asked before the restart with the feedback step, not a new welcome', async () => {
    instance = await startInstance(dataDir);
    const session = await openConversation(instance.url, 'fr');
    await settled(instance, session);
    const question = kb.entries.find((entry) => entry.id === 'ror-data-access')?.question.fr ?? '';
    await postActivity(instance.url, session, { type: 'message', text: question });
    await settled(instance, session);
    const before = await getActivities(instance.url, session);
    const botTexts = (set: typeof before) =>
      set.activities.filter((activity) => activity.from?.role === 'bot').map((activity) => activity.text ?? '');
    expect(botTexts(before)).toContain(fr('welcome.intro'));
    expect(botTexts(before)).toContain(fr('feedback.ask'));

    await instance.close();
    instance = await startInstance(dataDir);

    const posted = await postActivity(instance.url, session, { type: 'message', text: 'Non' });
    expect(posted.status).toBe(200);
    await settled(instance, session);
    const after = await getActivities(instance.url, session, before.watermark);
    expect(after.activities[0]).toMatchObject({ text: 'Non', from: { id: session.userId } });
    expect(botTexts(after)).toContain(fr('feedback.askReason'));
    expect(botTexts(after)).not.toContain(fr('welcome.intro'));
  });
});
