import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { activity, postJson, startEdgeServer, type EdgeServer } from './edge-server';

const AZURE = {
  MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
  MicrosoftAppPassword: 'secret',
  MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa',
};

function forgedToken(issuer: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { iss: issuer, aud: AZURE.MicrosoftAppId, exp: Math.floor(Date.now() / 1000) + 600 };
  return `${part({ alg: 'RS256', kid: 'forged', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

describe('authentication failures (Bot Framework authentication on)', () => {
  let running: EdgeServer;
  beforeAll(async () => {
    running = await startEdgeServer(AZURE);
  });
  afterAll(async () => {
    await running.close();
  });

  it.each([
    ['a forged token naming the Bot Framework issuer (its keys cannot be fetched here)', `Bearer ${forgedToken('https://api.botframework.com')}`],
    ['a forged token with an unknown issuer', `Bearer ${forgedToken('https://issuer.example')}`],
    ['a token that is no JWT', 'Bearer not-a-jwt'],
    ['no token at all', undefined],
  ])('answers %s with a generic 401, the details in the log', async (_what, authorization) => {
    const headers: Record<string, string> = authorization ? { authorization } : {};
    const response = await postJson(running.url, activity({ deliveryMode: undefined, channelId: 'msteams' }), headers);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { correlationId: string } };
    expect(body).toEqual({
      error: { code: 'Unauthorized', message: 'Authentication failed.', correlationId: expect.any(String) },
    });
    const logged = running.logs.find((entry) => entry.message.includes(body.error.correlationId));
    expect(logged?.error).toBeInstanceOf(Error);
    expect(running.turnErrors).toEqual([]);
  });
});

/** A stand-in for a channel's connector: answers like one and counts what it receives. */
async function startConnector(): Promise<{ url: string; received: IncomingMessage[]; close(): Promise<void> }> {
  const received: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    received.push(req);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/connector/`;
  return { url, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Every reply of a turn is posted before its request is answered: nothing can arrive after the answer. */
describe('replies in local mode go to the local channel only', () => {
  let connector: Awaited<ReturnType<typeof startConnector>>;
  beforeEach(async () => {
    connector = await startConnector();
  });
  afterEach(async () => {
    await connector.close();
  });

  it('refuses an activity naming another serviceUrl (403), and posts nothing there', async () => {
    const running = await startEdgeServer({ BOT_LOCAL_MODE: 'true' });
    try {
      const response = await postJson(running.url, activity({ serviceUrl: connector.url, deliveryMode: undefined }));
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('ServiceUrlNotAllowed');
      const inProcess = await postJson(running.url, activity({ serviceUrl: connector.url }));
      expect(inProcess.status).toBe(200); // expectReplies: the replies come back in the response
      expect(((await inProcess.json()) as { activities: unknown[] }).activities.length).toBeGreaterThan(0);
      expect(connector.received).toHaveLength(0);
      expect(running.turnErrors).toEqual([]);
    } finally {
      await running.close();
    }
  });

  it('posts to the local channel configured in LOCAL_SERVICE_URLS (the same listener receives the replies)', async () => {
    const running = await startEdgeServer({ BOT_LOCAL_MODE: 'true', LOCAL_SERVICE_URLS: connector.url });
    try {
      const response = await postJson(running.url, activity({ serviceUrl: connector.url, deliveryMode: undefined }));
      expect(response.status).toBe(200);
      expect(connector.received.length).toBeGreaterThan(0);
      expect(connector.received.every((request) => request.method === 'POST')).toBe(true);
    } finally {
      await running.close();
    }
  });
});

describe('a flood of activities in one conversation (local mode)', () => {
  it('is answered 429 with Retry-After beyond MESSAGES_PER_MINUTE, other conversations unaffected', async () => {
    const running = await startEdgeServer({ BOT_LOCAL_MODE: 'true', MESSAGES_PER_MINUTE: '3' });
    try {
      const conversation = { id: 'flooded' };
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 5; i++) {
        const response = await postJson(running.url, activity({ conversation, text: `question ${i}` }));
        statuses.push(response.status);
        if (response.status === 429) retryAfter = response.headers.get('retry-after');
        await response.arrayBuffer();
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(retryAfter)).toBeLessThanOrEqual(60);
      expect((await postJson(running.url, activity({ conversation: { id: 'other' } }))).status).toBe(200);
    } finally {
      await running.close();
    }
  });
});
