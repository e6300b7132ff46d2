import type { Activity } from 'botbuilder';
import * as restify from 'restify';
import { loadConfig, type Config } from '../../../config/config';
import type { BotTurn } from '../../../channels/bot-turn';
import { WEBCHAT_CHANNEL_ID } from '../../../channels/directline/bot-bridge';
import { conversationTurnKey, TurnQueue } from '../../../channels/turn-queue';
import { registerWebChannel, type WebChannel } from '../../../channels/web';

/** A clock tests move by hand. */
export class ManualClock {
  constructor(public current = Date.UTC(2026, 0, 15, 9, 0, 0)) {}
  now = (): number => this.current;
  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * A stand-in for the real bot: a welcome on conversationUpdate (in the activity's locale), suggested actions on
 * "menu", a slow answer on "slow", a failure on "boom", an echo naming the sender otherwise.
 */
export function fakeBot(): { botTurn: BotTurn; received: Partial<Activity>[] } {
  const received: Partial<Activity>[] = [];
  const botTurn: BotTurn = async (activity) => {
    received.push(activity);
    if (activity.type === 'conversationUpdate') return [{ type: 'message', text: `welcome ${activity.locale}` }];
    if (activity.text === 'menu') {
      return [
        {
          type: 'message',
          text: 'Choose',
          suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Oui', value: 'Oui' }] },
        },
      ];
    }
    if (activity.text === 'slow') await new Promise((resolve) => setTimeout(resolve, 150));
    if (activity.text === 'boom') throw new Error('bot exploded');
    return [
      { type: 'trace', text: 'internal' },
      { type: 'message', text: `echo ${activity.text} from ${activity.from?.id}` },
    ];
  };
  return { botTurn, received };
}

export interface TestServer {
  url: string;
  config: Config;
  web: WebChannel;
  /** The bot's turn queue the server was given, as `assembleBot` gives it. */
  turns: TurnQueue;
  clock: ManualClock;
  received: Partial<Activity>[];
  close(): Promise<void>;
}

export async function startTestServer(
  overrides: Partial<Config> = {},
  options: { botTurn?: BotTurn; fetch?: typeof fetch } = {},
): Promise<TestServer> {
  const config = loadConfig({ BOT_LOCAL_MODE: 'true' }, overrides);
  const clock = new ManualClock();
  const bot = fakeBot();
  const turns = new TurnQueue();
  const server = restify.createServer();
  const web = registerWebChannel(server, {
    config,
    botTurn: options.botTurn ?? bot.botTurn,
    turns,
    now: clock.now,
    fetch: options.fetch,
    log: () => undefined,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    web,
    turns,
    clock,
    received: bot.received,
    close: async () => {
      await web.close();
      server.server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Starts a server for one test, runs `use` with it, and closes it whatever happens. */
export async function withTestServer<T>(
  overrides: Partial<Config>,
  use: (server: TestServer) => Promise<T>,
): Promise<T> {
  const server = await startTestServer(overrides);
  try {
    return await use(server);
  } finally {
    await server.close();
  }
}

export interface Session {
  conversationId: string;
  token: string;
  userId: string;
}

const JSON_CONTENT = { 'Content-Type': 'application/json' };

/** One call to the local Direct Line (`path` under /v3/directline) with a bearer token, as Web Chat makes it. */
export function callDirectLine(base: string, method: string, path: string, token: string, body?: string) {
  return fetch(`${base}/v3/directline${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : JSON_CONTENT) },
    body,
  });
}

/** A token from the page's token endpoint, for a conversation not started yet. */
export async function issueToken(base: string, lang = 'fr'): Promise<Session> {
  const issued = await fetch(`${base}/api/directline/token?lang=${lang}`, { method: 'POST' });
  if (issued.status !== 200) throw new Error(`token endpoint answered ${issued.status}`);
  return (await issued.json()) as Session;
}

/** A page's session: a token from the token endpoint, then Web Chat's POST /conversations. */
export async function openConversation(base: string, lang = 'fr'): Promise<Session> {
  const { token } = await issueToken(base, lang);
  const started = await callDirectLine(base, 'POST', '/conversations', token);
  if (started.status !== 201) throw new Error(`POST /conversations answered ${started.status}`);
  return (await started.json()) as Session;
}

export function postActivity(
  base: string,
  session: Session,
  activity: object,
  conversationId = session.conversationId,
) {
  const path = `/conversations/${conversationId}/activities`;
  return callDirectLine(base, 'POST', path, session.token, JSON.stringify(activity));
}

export interface ActivitySetBody {
  activities: Partial<Activity>[];
  watermark: string;
}

export async function getActivities(base: string, session: Session, watermark?: string): Promise<ActivitySetBody> {
  const query = watermark === undefined ? '' : `?watermark=${watermark}`;
  const path = `/conversations/${session.conversationId}/activities${query}`;
  const response = await callDirectLine(base, 'GET', path, session.token);
  if (response.status !== 200) throw new Error(`GET activities answered ${response.status}`);
  return (await response.json()) as ActivitySetBody;
}

/** Waits for the conversation's queued bot turns, so the replies are in the stream. */
export async function settle(server: TestServer, session: Session): Promise<void> {
  await server.turns.settled(conversationTurnKey(WEBCHAT_CHANNEL_ID, session.conversationId));
}

/** The status of Web Chat's POST /conversations for a new token: 201, or 503 when the server holds too many. */
export async function startStatus(base: string): Promise<number> {
  const { token } = await issueToken(base);
  return (await callDirectLine(base, 'POST', '/conversations', token)).status;
}

/**
 * Polls as Web Chat does until the activities after `watermark` satisfy `done` (the bot has answered), for a bot
 * whose turns a test cannot wait for otherwise (the real one, behind its own server).
 */
export async function pollUntil(
  base: string,
  session: Session,
  done: (set: ActivitySetBody) => boolean,
  watermark?: string,
): Promise<ActivitySetBody> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const set = await getActivities(base, session, watermark);
    if (done(set)) return set;
    if (Date.now() > deadline) throw new Error(`[pollUntil] still waiting, got ${JSON.stringify(set.activities)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
