import { createServer, type IncomingMessage, type Server } from 'node:http';
import { startTestServer, type TestServer } from '../directline/helpers';

const SECRET = 'azure-direct-line-secret-never-in-the-browser';

interface Seen {
  authorization?: string;
  body: string;
}

/** Stands in for https://directline.botframework.com/v3/directline/tokens/generate. */
async function fakeAzure(status = 200): Promise<{ server: Server; endpoint: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ authorization: req.headers.authorization, body });
      if (req.url !== '/v3/directline/tokens/generate' || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ conversationId: 'azure-conv', token: 'azure-token', expires_in: 3600 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, endpoint: `http://127.0.0.1:${port}/v3/directline`, seen };
}

describe('Azure Direct Line mode (DIRECTLINE_SECRET set)', () => {
  let azure: Awaited<ReturnType<typeof fakeAzure>>;
  let bot: TestServer;
  beforeAll(async () => {
    azure = await fakeAzure();
    bot = await startTestServer({ directLineSecret: SECRET, directLineEndpoint: azure.endpoint });
  });
  afterAll(async () => {
    await bot.close();
    await new Promise<void>((resolve) => azure.server.close(() => resolve()));
  });

  it('exchanges the secret for a token server-side and hands the page only the token', async () => {
    const response = await fetch(`${bot.url}/api/directline/token?lang=fr`, { method: 'POST' });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(SECRET);
    const session = JSON.parse(text) as Record<string, unknown>;
    expect(session).toMatchObject({
      token: 'azure-token',
      conversationId: 'azure-conv',
      domain: azure.endpoint,
      webSocket: true,
    });
    const call = azure.seen.at(-1);
    expect(call?.authorization).toBe(`Bearer ${SECRET}`);
    const sent = JSON.parse(call?.body ?? '{}') as { user: { id: string } };
    expect(sent.user.id).toMatch(/^dl_/);
    expect(session.userId).toBe(sent.user.id);
  });

  it('never puts the secret in the page, and lets the page connect to Azure', async () => {
    const response = await fetch(`${bot.url}/`);
    const page = await response.text();
    expect(page).not.toContain(SECRET);
    const csp = response.headers.get('content-security-policy') ?? '';
    const host = new URL(azure.endpoint).host;
    expect(csp).toContain(`connect-src 'self' http://${host} ws://${host}`);
  });

  it('does not serve the local Direct Line', async () => {
    const response = await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST' });
    expect(response.status).toBe(404);
    expect(bot.web.directLine).toBeUndefined();
  });

  it('answers 502 when Azure refuses, without leaking why', async () => {
    const failing = await fakeAzure(403);
    const other = await startTestServer({ directLineSecret: SECRET, directLineEndpoint: failing.endpoint });
    try {
      const response = await fetch(`${other.url}/api/directline/token`, { method: 'POST' });
      expect(response.status).toBe(502);
      expect(await response.text()).not.toContain(SECRET);
    } finally {
      await other.close();
      await new Promise<void>((resolve) => failing.server.close(() => resolve()));
    }
  });
});
