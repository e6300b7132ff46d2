import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Activity } from 'botbuilder';
import type { Page, WebSocketRoute } from 'playwright-core';

const BOT = { id: 'faq-bot', name: 'FAQ Santé', role: 'bot' };

/**
 * A stand-in for Azure's Direct Line, between a page and the real bot's `/api/messages` (delivery `expectReplies`):
 * token exchange, conversation start (with the conversationUpdate Azure sends: bot and user added, no locale),
 * activities posted by Web Chat, reconnection (`GET /conversations/:id?watermark=`, as a reloaded page does) and the
 * WebSocket stream (answered in the page through Playwright's routing), which replays what comes after its
 * watermark, as Azure keeps a conversation's activities.
 */
export interface FakeAzureDirectLine {
  /** The DIRECTLINE_ENDPOINT to configure. */
  endpoint: string;
  /** Everything the page posted, in order. */
  posted: Partial<Activity>[];
  /** Answers the page's WebSocket stream; call before the page loads. */
  serve(page: Page): Promise<void>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => resolve(body));
  });
}

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body?: unknown): void {
  res.writeHead(status, {
    'Access-Control-Allow-Origin': req.headers.origin ?? '*',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Content-Type': 'application/json',
  });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

export async function startFakeAzureDirectLine(botUrl: () => string): Promise<FakeAzureDirectLine> {
  const posted: Partial<Activity>[] = [];
  const streams = new Map<string, WebSocketRoute>();
  /** Every activity of each conversation, with its watermark: Azure keeps them for the client, so does this fake. */
  const history = new Map<string, { watermark: number; activity: object }[]>();
  const users = new Map<string, string>();
  let sequence = 0;

  const toBot = async (conversationId: string, activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    const response = await fetch(`${botUrl()}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channelId: 'directline',
        serviceUrl: 'http://localhost:9/unused',
        deliveryMode: 'expectReplies',
        conversation: { id: conversationId },
        recipient: BOT,
        ...activity,
      }),
    });
    return ((await response.json()) as { activities?: Partial<Activity>[] }).activities ?? [];
  };
  const push = (conversationId: string, activities: Partial<Activity>[]): void => {
    const kept = history.get(conversationId) ?? [];
    history.set(conversationId, kept);
    const stamped = activities.map((activity) => {
      const watermark = ++sequence;
      const item = {
        ...activity,
        id: `${conversationId}|${String(watermark).padStart(7, '0')}`,
        timestamp: new Date().toISOString(),
        conversation: { id: conversationId },
      };
      kept.push({ watermark, activity: item });
      return item;
    });
    streams.get(conversationId)?.send(JSON.stringify({ activities: stamped, watermark: String(sequence) }));
  };
  const streamUrl = (host: string | undefined, conversationId: string, watermark: string) =>
    `ws://${host}/v3/directline/conversations/${conversationId}/stream?watermark=${watermark}`;

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://local').pathname;
      if (req.method === 'OPTIONS') return sendJson(req, res, 204);
      if (path.endsWith('/tokens/generate')) {
        const { user } = JSON.parse(body) as { user: { id: string } };
        const conversationId = `azure-${users.size + 1}`;
        users.set(conversationId, user.id);
        return sendJson(req, res, 200, { conversationId, token: `token-${conversationId}`, expires_in: 3600 });
      }
      const conversationId = /\/conversations\/?([^/]*)/.exec(path)?.[1] ?? '';
      if (req.method === 'GET' && /\/conversations\/[^/]+$/.test(path)) {
        const watermark = new URL(req.url ?? '/', 'http://local').searchParams.get('watermark') ?? '';
        const url = streamUrl(req.headers.host, conversationId, watermark);
        return sendJson(req, res, 200, { conversationId, token: `token-${conversationId}`, streamUrl: url });
      }
      if (req.method === 'POST' && path.endsWith('/conversations')) {
        const started = [...users.keys()].at(-1) ?? '';
        const user = { id: users.get(started) ?? '', name: '', role: 'user' };
        // Azure says the conversation started, without a locale: the bot must not welcome on it (see bots/web).
        push(started, await toBot(started, { type: 'conversationUpdate', membersAdded: [BOT, user], from: user }));
        const token = `token-${started}`;
        const url = streamUrl(req.headers.host, started, '0');
        return sendJson(req, res, 201, { conversationId: started, token, expires_in: 3600, streamUrl: url });
      }
      if (req.method === 'POST' && path.endsWith('/activities')) {
        const activity = JSON.parse(body) as Partial<Activity>;
        posted.push(activity);
        sendJson(req, res, 200, { id: `${conversationId}|posted-${posted.length}` });
        push(conversationId, [activity]);
        push(conversationId, await toBot(conversationId, activity));
        return;
      }
      if (path.endsWith('/tokens/refresh')) return sendJson(req, res, 200, { token: 'refreshed' });
      sendJson(req, res, 404, { error: { code: 'NotFound' } });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const endpoint = `http://127.0.0.1:${port}/v3/directline`;
  return {
    endpoint,
    posted,
    serve: (page) =>
      page.routeWebSocket(/\/conversations\/[^/]+\/stream(\?.*)?$/, (ws) => {
        const url = new URL(ws.url());
        const conversationId = /conversations\/([^/]+)\/stream/.exec(url.pathname)?.[1] ?? '';
        // Without a watermark, Azure's stream sends only what comes next.
        const raw = url.searchParams.get('watermark');
        const after = raw ? Number(raw) : sequence;
        streams.set(conversationId, ws);
        const missed = (history.get(conversationId) ?? []).filter((item) => item.watermark > after);
        if (missed.length) {
          const activities = missed.map((item) => item.activity);
          ws.send(JSON.stringify({ activities, watermark: String(missed.at(-1)?.watermark) }));
        }
      }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
