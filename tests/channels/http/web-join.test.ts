import type { Activity } from 'botbuilder';
import type { Server } from 'restify';
import { WEB_JOIN_EVENT } from '../../../bots/web';
import { assembleBot } from '../../../channels/assemble';
import { createServer, start, stop } from '../../../channels/server';
import { loadConfig } from '../../../config/config';
import { loadKnowledgeBase } from '../../../knowledge';
import { translator } from '../../../locales';
import { IN_MEMORY, openStorage, type OpenedStorage } from '../../../storage';
import { FIXTURE_KNOWLEDGE } from '../../dialogs/harness';

const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);
const fr = translator('fr', 'conversation');
const en = translator('en', 'conversation');
const BOT = { id: 'faq-bot', name: 'FAQ Santé' };

interface Running {
  url: string;
  close(): Promise<void>;
}

/** The bot behind /api/messages, wired as index.ts does for the given environment. */
async function run(env: NodeJS.ProcessEnv): Promise<Running> {
  const config = loadConfig({ BOT_LOCAL_MODE: 'true', ...env });
  const storage: OpenedStorage = await openStorage({ dataDir: IN_MEMORY });
  const { bot, adapter } = assembleBot(config, kb, storage, { errorLog: () => undefined });
  const server: Server = createServer({
    adapter,
    bot,
    config,
    health: () => ({ knowledgeEntries: kb.entries.length, storage: 'sqlite' }),
  });
  const address = await start(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await stop(server);
      await storage.close();
    },
  };
}

let conversationNumber = 0;
/** One new conversation as Azure's Direct Line would post it; `send` resolves with the texts of the replies. */
function directLineConversation(url: string, channelId = 'directline') {
  const conversation = { id: `azure-${++conversationNumber}` };
  const user = { id: `dl_user-${conversationNumber}`, name: '', role: 'user' };
  const send = async (activity: Partial<Activity>): Promise<string[]> => {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        channelId,
        serviceUrl: 'http://localhost:9/unused',
        deliveryMode: 'expectReplies',
        conversation,
        from: user,
        recipient: BOT,
        ...activity,
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities?: Partial<Activity>[] };
    return (body.activities ?? []).map((reply) => reply.text ?? '');
  };
  /** What Azure's Direct Line sends when the conversation starts: bot and user added, no locale. */
  const started: Partial<Activity> = { type: 'conversationUpdate', membersAdded: [BOT, user] };
  return { send, started };
}

function joinEvent(language: unknown): Partial<Activity> {
  return { type: 'event', name: WEB_JOIN_EVENT, value: { language } };
}

describe('Azure Direct Line mode: the page’s webchat/join event starts the conversation', () => {
  let running: Running;
  beforeAll(async () => {
    running = await run({ DIRECTLINE_SECRET: 'secret-of-azure-direct-line' });
  });
  afterAll(async () => {
    await running.close();
  });

  it.each(['directline', 'webchat'])(
    'waits for the join event (%s channel), welcomes in the page’s language, once',
    async (channelId) => {
      const { send, started } = directLineConversation(running.url, channelId);
      expect(await send(started)).toEqual([]);
      const welcome = await send(joinEvent('en'));
      expect(welcome.slice(0, 2)).toEqual([en('welcome.intro'), en('welcome.privacy')]);
      expect(welcome).toHaveLength(3); // and the first question
      expect(await send(joinEvent('en'))).toEqual([]);
      // The page's language holds for the conversation, whatever a message's locale says.
      expect(await send({ text: 'aide', locale: 'fr-FR' })).toContain([en('help.text'), en('help.agency'), en('help.commands')].join('\n\n'));
    },
  );

  it('reads a locale as the language, and falls back to the activity’s locale, then French', async () => {
    const welcome = async (activity: Partial<Activity>) => {
      const [intro] = await directLineConversation(running.url).send(activity);
      return intro;
    };
    expect(await welcome(joinEvent('fr-FR'))).toBe(fr('welcome.intro'));
    expect(await welcome({ ...joinEvent('de'), locale: 'en-US' })).toBe(en('welcome.intro'));
    expect(await welcome(joinEvent(undefined))).toBe(fr('welcome.intro'));
  });

  it('still welcomes on conversationUpdate on other channels (Teams, console, the Emulator)', async () => {
    const { send, started } = directLineConversation(running.url, 'emulator');
    expect((await send({ ...started, locale: 'en-US' }))[0]).toBe(en('welcome.intro'));
  });
});

describe('the local Direct Line mode (no DIRECTLINE_SECRET)', () => {
  let running: Running;
  beforeAll(async () => {
    running = await run({});
  });
  afterAll(async () => {
    await running.close();
  });

  it('welcomes on the server’s conversationUpdate, and a join event does not welcome twice', async () => {
    const { send, started } = directLineConversation(running.url, 'webchat');
    expect((await send({ ...started, locale: 'en-US' }))[0]).toBe(en('welcome.intro'));
    expect(await send(joinEvent('en'))).toEqual([]);
  });

  it('still welcomes on a join event that comes first', async () => {
    const { send } = directLineConversation(running.url, 'webchat');
    expect((await send(joinEvent('en')))[0]).toBe(en('welcome.intro'));
  });
});
