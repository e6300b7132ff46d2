import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Activity } from 'botbuilder';
import type { Page, WebSocketRoute } from 'playwright-core';

const BOT = { id: 'faq-bot', name: 'FAQ Santé', role: 'bot' };

/**
 * A stand-in for Azure's Direct Line, between a page and the real bot's `/api/messages` (delivery `expectReplies`):
 * token exchange, conversation start (with the conversationUpdate Azure sends: bot and user added, no locale),
 * activities posted by Web Chat, and the WebSocket stream (answered in the page through Playwright's routing).
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
  /** What the bot said before the page opened its stream: Azure keeps it for the client, so does this fake. */
  const pending = new Map<string, string[]>();
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
    const stamped = activities.map((activity) => ({
      ...activity,
      id: `${conversationId}|${String(++sequence).padStart(7, '0')}`,
      timestamp: new Date().toISOString(),
      conversation: { id: conversationId },
    }));
    const message = JSON.stringify({ activities: stamped, watermark: String(sequence) });
    const stream = streams.get(conversationId);
    if (stream) stream.send(message);
    else pending.set(conversationId, [...(pending.get(conversationId) ?? []), message]);
  };

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
      if (req.method === 'POST' && path.endsWith('/conversations')) {
        const started = [...users.keys()].at(-1) ?? '';
        const streamUrl = `ws://${req.headers.host}/v3/directline/conversations/${started}/stream`;
        const user = { id: users.get(started) ?? '', name: '', role: 'user' };
        // Azure says the conversation started, without a locale: the bot must not welcome on it (see bots/web).
        push(started, await toBot(started, { type: 'conversationUpdate', membersAdded: [BOT, user], from: user }));
        const token = `token-${started}`;
        return sendJson(req, res, 201, { conversationId: started, token, expires_in: 3600, streamUrl });
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
      page.routeWebSocket(/\/conversations\/[^/]+\/stream$/, (ws) => {
        const conversationId = /conversations\/([^/]+)\/stream/.exec(ws.url())?.[1] ?? '';
        streams.set(conversationId, ws);
        for (const message of pending.get(conversationId) ?? []) ws.send(message);
        pending.delete(conversationId);
      }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
