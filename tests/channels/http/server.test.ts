import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import type { Server } from 'restify';
import { assembleBot } from '../../../channels/assemble';
import { createServer, start, stop } from '../../../channels/server';
import { loadConfig, type Config } from '../../../config/config';
import { loadKnowledgeBase } from '../../../knowledge';
import { translator } from '../../../locales';
import { IN_MEMORY, openStorage, type FeedbackStore, type OpenedStorage } from '../../../storage';
import { FIXTURE_KNOWLEDGE } from '../../dialogs/harness';

const MAX_BODY = 16 * 1024;
const t = translator('fr', 'conversation');
const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);

interface Running {
  server: Server;
  url: string;
  storage: OpenedStorage;
  errors: unknown[];
}

async function run(env: NodeJS.ProcessEnv, feedback?: (store: FeedbackStore) => FeedbackStore): Promise<Running> {
  const config: Config = loadConfig({ MAX_BODY_BYTES: String(MAX_BODY), ...env });
  const storage = await openStorage({ dataDir: IN_MEMORY });
  const errors: unknown[] = [];
  const { bot, adapter } = assembleBot(config, kb, storage, {
    feedback: feedback?.(storage.feedback),
    errorLog: (_message, error) => errors.push(error),
  });
  const server = createServer({
    adapter,
    bot,
    config,
    health: () => ({ knowledgeEntries: kb.entries.length, storage: 'sqlite' }),
    routes: [(s) => s.get('/extra', async (_req, res) => void res.json(200, { extra: true }))],
  });
  const address: AddressInfo = await start(server, 0, '127.0.0.1');
  return { server, url: `http://127.0.0.1:${address.port}`, storage, errors };
}

async function shutDown(running: Running): Promise<void> {
  await stop(running.server);
  await running.storage.close();
}

let conversationNumber = 0;
function conversation(url: string) {
  const id = `http-${++conversationNumber}`;
  return async (
    activity: Record<string, unknown>,
  ): Promise<{ status: number; texts: string[]; activities: Partial<Activity>[] }> => {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        channelId: 'webchat',
        serviceUrl: 'http://localhost:9/unused',
        locale: 'fr-FR',
        deliveryMode: 'expectReplies',
        conversation: { id },
        from: { id: 'user-1' },
        recipient: { id: 'bot' },
        ...activity,
      }),
    });
    const body = (await response.json()) as { activities?: Partial<Activity>[] };
    const activities = body.activities ?? [];
    return { status: response.status, texts: activities.map((reply) => reply.text ?? ''), activities };
  };
}

function post(url: string, body: string, contentType = 'application/json'): Promise<Response> {
  return fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
}

describe('the HTTP server in local mode', () => {
  let running: Running;
  beforeAll(async () => {
    running = await run({ BOT_LOCAL_MODE: 'true' });
  });
  afterAll(async () => {
    await shutDown(running);
  });

  it('holds a whole conversation through expectReplies', async () => {
    const send = conversation(running.url);
    const welcome = await send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }] });
    expect(welcome.status).toBe(200);
    expect(welcome.activities.map((reply) => reply.type)).toEqual(['message', 'message', 'message']); // no state trace
    expect(welcome.texts).toEqual(expect.arrayContaining([t('welcome.intro'), t('welcome.privacy')]));
    expect((await send({ text: 'Labels' })).texts).toContain(t('cascade.pickQuestion', { count: 2, number: 'deux' }));
    expect((await send({ text: '1' })).texts).toContain(t('feedback.ask'));
    expect((await send({ text: 'Oui' })).texts.join('\n')).toContain(t('feedback.thanks'));
    expect(await running.storage.feedback.list()).toEqual([
      expect.objectContaining({ entryId: 'label-msc-application', helpful: true, channelId: 'webchat' }),
    ]);
  });

  it('answers malformed JSON with a JSON 400 and keeps serving', async () => {
    const response = await post(running.url, '{"type": "message", ');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'BadSyntax', message: 'The request body is not valid JSON.', correlationId: expect.any(String) },
    });
    const next = await conversation(running.url)({ text: 'aide' });
    expect(next.status).toBe(200);
    expect(next.texts.length).toBeGreaterThan(0);
  });

  it.each([
    ['no type', {}, 'activity.type: required'],
    ['no conversation', { type: 'message', text: 'aide', channelId: 'webchat' }, 'activity.conversation: required'],
    ['no channel', { type: 'message', text: 'aide', conversation: { id: 'c' } }, 'activity.channelId: required'],
    [
      'a text that is not a string',
      { type: 'message', text: 42, channelId: 'webchat', conversation: { id: 'c' }, from: { id: 'u' } },
      'activity.text: expected a string',
    ],
  ])('answers an activity with %s with a JSON 400, before any turn, and keeps serving', async (_what, activity, message) => {
    const response = await post(running.url, JSON.stringify({ deliveryMode: 'expectReplies', ...activity }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'BadArgument', message, correlationId: expect.any(String) } });
    expect(running.errors).toEqual([]);
    expect((await conversation(running.url)({ text: 'aide' })).status).toBe(200);
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await post(running.url, JSON.stringify({ type: 'message', text: 'x'.repeat(MAX_BODY * 2) }));
    expect(response.status).toBe(413);
    expect((await conversation(running.url)({ text: 'aide' })).status).toBe(200);
  });

  it('reports its health', async () => {
    const response = await fetch(`${running.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', knowledgeEntries: 9, storage: 'sqlite' });
  });

  it('serves the routes other channels register', async () => {
    expect(await (await fetch(`${running.url}/extra`)).json()).toEqual({ extra: true });
  });
});

describe('the HTTP server with an app id', () => {
  it('refuses unauthenticated activities', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const running = await run({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa',
    });
    try {
      const { status } = await conversation(running.url)({ text: 'aide' });
      expect(status).toBe(401);
      expect(logged).toHaveBeenCalled(); // CloudAdapter logs the refusal itself
    } finally {
      logged.mockRestore();
      await shutDown(running);
    }
  });
});

describe('a failing turn', () => {
  it('apologises in the user language and starts the conversation afresh', async () => {
    const broken = (store: FeedbackStore): FeedbackStore => ({
      ...store,
      record: () => Promise.reject(new Error('disk full')),
    });
    const running = await run({ BOT_LOCAL_MODE: 'true' }, broken);
    try {
      const send = conversation(running.url);
      await send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }], locale: 'en-US' });
      await send({ text: 'How can I access ROR data?', locale: 'en-US' });
      const failed = await send({ text: 'Yes', locale: 'en-US' });
      expect(failed.status).toBe(200);
      expect(failed.texts).toEqual([translator('en', 'conversation')('error.apology')]);
      expect(running.errors).toEqual([expect.objectContaining({ message: 'disk full' })]);
      const fresh = await send({ text: 'help', locale: 'en-US' });
      expect(fresh.texts).toContain(translator('en', 'conversation')('welcome.intro'));
    } finally {
      await shutDown(running);
    }
  });
});
