import {
  callDirectLine,
  issueToken,
  openConversation,
  postActivity,
  startTestServer,
  withTestServer,
  type TestServer,
} from './helpers';

const ALLOWED = 'https://partenaire.example.fr';

function requestToken(base: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/directline/token?lang=fr`, { method: 'POST', headers });
}

describe('who may start and use web chat conversations', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      conversationsPerMinute: 3,
      allowedOrigins: [`${ALLOWED}/`],
      maxConversations: 50,
    });
  });
  afterAll(async () => {
    await server.close();
  });

  describe('rate limit on new conversations', () => {
    it('answers 429 with Retry-After beyond the per-minute limit, then lets the client in again', async () => {
      server.clock.advance(120_000);
      for (let n = 0; n < 3; n += 1) expect((await requestToken(server.url)).status).toBe(200);
      server.clock.advance(20_000);
      const refused = await requestToken(server.url);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('40');
      server.clock.advance(40_000);
      expect((await requestToken(server.url)).status).toBe(200);
    });

    it('counts clients separately when behind a trusted proxy only', async () => {
      server.clock.advance(120_000);
      for (let n = 0; n < 3; n += 1) await requestToken(server.url, { 'X-Forwarded-For': `203.0.113.${n}` });
      // TRUST_PROXY is off: a client cannot escape the limit by forging X-Forwarded-For.
      expect((await requestToken(server.url, { 'X-Forwarded-For': '203.0.113.99' })).status).toBe(429);
    });
  });

  describe('origin allowlist', () => {
    beforeEach(() => server.clock.advance(120_000));

    it('serves the token endpoint to the page itself and to allowlisted origins (CORS for those)', async () => {
      const same = await requestToken(server.url, { Origin: server.url });
      expect(same.status).toBe(200);
      expect(same.headers.get('access-control-allow-origin')).toBeNull();
      const allowed = await requestToken(server.url, { Origin: ALLOWED });
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(allowed.headers.get('vary')).toMatch(/Origin/);
    });

    it('refuses other origins, without CORS headers', async () => {
      for (const origin of ['https://evil.example', 'null', 'https://partenaire.example.fr.evil.example']) {
        const refused = await requestToken(server.url, { Origin: origin });
        expect(refused.status).toBe(403);
        expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      }
    });

    it('applies the same rule to the Direct Line routes and to preflights', async () => {
      const session = await openConversation(server.url);
      const path = `${server.url}/v3/directline/conversations/${session.conversationId}/activities`;
      const post = (origin: string) =>
        fetch(path, {
          method: 'POST',
          headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json', Origin: origin },
          body: JSON.stringify({ type: 'message', text: 'hello' }),
        });
      expect((await post('https://evil.example')).status).toBe(403);
      const allowed = await post(ALLOWED);
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);

      const preflight = (origin: string) =>
        fetch(path, {
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'authorization',
          },
        });
      const ok = await preflight(ALLOWED);
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
      expect((await preflight('https://evil.example')).status).toBe(403);
    });
  });

  it("treats PUBLIC_URL as the page's own origin (a proxy may rewrite Host)", async () => {
    await withTestServer({ publicUrl: 'https://chat.example.fr/' }, async (proxied) => {
      expect((await requestToken(proxied.url, { Origin: 'https://chat.example.fr' })).status).toBe(200);
      expect((await requestToken(proxied.url, { Origin: 'https://example.fr' })).status).toBe(403);
    });
  });

  it('answers 503 once the process holds its maximum of conversations', async () => {
    await withTestServer({ maxConversations: 2, conversationsPerMinute: 100 }, async (small) => {
      await openConversation(small.url);
      await openConversation(small.url);
      const { token } = await issueToken(small.url);
      const refused = await callDirectLine(small.url, 'POST', '/conversations', token);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('60');
    });
  });

  it('answers 429 when a client floods one conversation faster than the bot answers', async () => {
    server.clock.advance(120_000);
    const session = await openConversation(server.url);
    const statuses = await Promise.all(
      Array.from({ length: 15 }, () => postActivity(server.url, session, { type: 'message', text: 'slow' })),
    ).then((responses) => responses.map((response) => response.status));
    expect(statuses).toContain(429);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(9);
  });
});
