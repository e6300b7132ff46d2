import type { Activity } from 'botbuilder';
import * as restify from 'restify';
import { loadConfig, type Config } from '../../../config/config';
import type { BotTurn } from '../../../channels/bot-turn';
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
  const server = restify.createServer();
  const web = registerWebChannel(server, {
    config,
    botTurn: options.botTurn ?? bot.botTurn,
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
    clock,
    received: bot.received,
    close: async () => {
      await web.close();
      server.server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface Session {
  conversationId: string;
  token: string;
  userId: string;
}

/** A page's session: a token from the token endpoint, then Web Chat's POST /conversations. */
export async function openConversation(base: string, lang = 'fr'): Promise<Session> {
  const issued = await fetch(`${base}/api/directline/token?lang=${lang}`, { method: 'POST' });
  if (issued.status !== 200) throw new Error(`token endpoint answered ${issued.status}`);
  const { token } = (await issued.json()) as Session;
  const started = await fetch(`${base}/v3/directline/conversations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
  });
  if (started.status !== 201) throw new Error(`POST /conversations answered ${started.status}`);
  return (await started.json()) as Session;
}

export function postActivity(
  base: string,
  session: Session,
  activity: object,
  conversationId = session.conversationId,
) {
  return fetch(`${base}/v3/directline/conversations/${conversationId}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
}

export interface ActivitySetBody {
  activities: Partial<Activity>[];
  watermark: string;
}

export async function getActivities(base: string, session: Session, watermark?: string): Promise<ActivitySetBody> {
  const query = watermark === undefined ? '' : `?watermark=${watermark}`;
  const response = await fetch(`${base}/v3/directline/conversations/${session.conversationId}/activities${query}`, {
    headers: { Authorization: `Bearer ${session.token}` },
  });
  if (response.status !== 200) throw new Error(`GET activities answered ${response.status}`);
  return (await response.json()) as ActivitySetBody;
}

/** Waits for the conversation's queued bot turns, so the replies are in the stream. */
export async function settle(server: TestServer, session: Session): Promise<void> {
  await server.web.directLine?.store.touch(session.conversationId)?.settled();
}
