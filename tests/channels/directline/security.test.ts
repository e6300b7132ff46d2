import { signToken } from '../../../channels/directline/token';
import {
  callDirectLine,
  getActivities,
  issueToken,
  openConversation,
  postActivity,
  settle,
  startStatus,
  startTestServer,
  withTestServer,
  type TestServer,
} from './helpers';

const THIRTY_MINUTES = 30 * 60 * 1000;

describe('local Direct Line security', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ maxActivityBytes: 2048, conversationsPerMinute: 1000 });
  });
  afterAll(async () => {
    await server.close();
  });

  describe('a token only opens its own conversation', () => {
    it.each([
      ['GET', '/activities'],
      ['POST', '/activities'],
    ])("answers 403 to conversation A's token on conversation B (%s %s)", async (method, suffix) => {
      const a = await openConversation(server.url);
      const b = await openConversation(server.url);
      const body = method === 'POST' ? JSON.stringify({ type: 'message', text: 'intrusion' }) : undefined;
      const path = `/conversations/${b.conversationId}${suffix}`;
      const response = await callDirectLine(server.url, method, path, a.token, body);
      expect(response.status).toBe(403);
      await settle(server, b);
      const { activities } = await getActivities(server.url, b);
      expect(activities.some((activity) => activity.text === 'intrusion')).toBe(false);
    });

    it('gives the same 403 for a conversation that does not exist', async () => {
      const a = await openConversation(server.url);
      const other = await callDirectLine(
        server.url,
        'GET',
        `/conversations/${(await openConversation(server.url)).conversationId}/activities`,
        a.token,
      );
      const missing = await callDirectLine(server.url, 'GET', '/conversations/unknown/activities', a.token);
      expect(missing.status).toBe(403);
      expect(await missing.json()).toEqual(await other.json());
    });

    it('answers 403 when the token is missing, forged or signed with another key', async () => {
      const a = await openConversation(server.url);
      const path = `/conversations/${a.conversationId}/activities`;
      const forged = signToken('another-key-of-sufficient-length-0123456789', {
        conversationId: a.conversationId,
        userId: a.userId,
        lang: 'fr',
        expiresAt: server.clock.now() + 60_000,
        started: true,
      });
      for (const token of ['', 'garbage', forged, `${a.token}x`]) {
        expect((await callDirectLine(server.url, 'GET', path, token)).status).toBe(403);
      }
    });

    it('answers 403 to a token for a conversation that was never started', async () => {
      const { token, conversationId } = await issueToken(server.url);
      const path = `/conversations/${conversationId}/activities`;
      expect((await callDirectLine(server.url, 'GET', path, token)).status).toBe(403);
      expect((await callDirectLine(server.url, 'POST', '/tokens/refresh', token)).status).toBe(403);
    });
  });

  describe('expiry', () => {
    it('refuses an expired token on every route, and a refreshed one keeps working', async () => {
      const a = await openConversation(server.url);
      server.clock.advance(20 * 60 * 1000);
      const refreshed = await callDirectLine(server.url, 'POST', '/tokens/refresh', a.token);
      expect(refreshed.status).toBe(200);
      const fresh = (await refreshed.json()) as { token: string; conversationId: string; expires_in: number };
      expect(fresh).toMatchObject({ conversationId: a.conversationId, expires_in: 1800 });
      server.clock.advance(11 * 60 * 1000);
      const path = `/conversations/${a.conversationId}/activities`;
      expect((await callDirectLine(server.url, 'GET', path, a.token)).status).toBe(403);
      const posted = await callDirectLine(server.url, 'POST', path, a.token, '{"type":"message","text":"x"}');
      expect(posted.status).toBe(403);
      expect((await callDirectLine(server.url, 'POST', '/tokens/refresh', a.token)).status).toBe(403);
      expect((await callDirectLine(server.url, 'POST', '/conversations', a.token)).status).toBe(403);
      expect((await callDirectLine(server.url, 'GET', path, fresh.token)).status).toBe(200);
    });

    it('drops a conversation idle for 30 minutes, when its token has expired too, so it is not re-opened', async () => {
      const a = await openConversation(server.url);
      await settle(server, a);
      const path = `/conversations/${a.conversationId}/activities`;
      server.clock.advance(THIRTY_MINUTES - 1000);
      const refreshed = await callDirectLine(server.url, 'POST', '/tokens/refresh', a.token);
      const { token } = (await refreshed.json()) as { token: string };
      server.clock.advance(THIRTY_MINUTES - 1000);
      expect((await callDirectLine(server.url, 'GET', path, token)).status).toBe(200);
      // Unused since the last poll: the conversation idles out, and the token renewed before it expires with it.
      server.clock.advance(THIRTY_MINUTES);
      expect((await callDirectLine(server.url, 'GET', path, token)).status).toBe(403);
    });

    it('gives the place of an idle conversation to a new one, without waiting for its client', async () => {
      await withTestServer({ maxConversations: 1 }, async (small) => {
        const idle = await openConversation(small.url);
        expect(await startStatus(small.url)).toBe(503);
        await settle(small, idle);
        small.clock.advance(THIRTY_MINUTES);
        expect(await startStatus(small.url)).toBe(201);
      });
    });
  });

  describe('request bodies', () => {
    it('answers 413 MessageSizeTooBig (a Bot Framework error code) to an activity larger than the limit', async () => {
      const a = await openConversation(server.url);
      const response = await postActivity(server.url, a, { type: 'message', text: 'x'.repeat(4000) });
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        error: { code: 'MessageSizeTooBig', message: expect.stringContaining('over 2048 bytes') },
      });
    });

    it('answers 413 to an oversized body sent without Content-Length (chunked)', async () => {
      const a = await openConversation(server.url);
      const chunks = [JSON.stringify({ type: 'message', text: 'y'.repeat(3000) })];
      const stream = new ReadableStream({
        pull(controller) {
          const chunk = chunks.shift();
          if (chunk) controller.enqueue(new TextEncoder().encode(chunk));
          else controller.close();
        },
      });
      // Not callDirectLine: a streamed body is sent chunked, without Content-Length.
      const response = await fetch(`${server.url}/v3/directline/conversations/${a.conversationId}/activities`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${a.token}`, 'Content-Type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
    });

    it('answers 400 to malformed JSON and to a non-object body', async () => {
      const a = await openConversation(server.url);
      const path = `/conversations/${a.conversationId}/activities`;
      const malformed = await callDirectLine(server.url, 'POST', path, a.token, '{"type": "message", ');
      expect(malformed.status).toBe(400);
      expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe('BadSyntax');
      expect((await callDirectLine(server.url, 'POST', path, a.token, '[1,2]')).status).toBe(400);
      const numeric = await callDirectLine(server.url, 'POST', path, a.token, '{"type":"message","text":42}');
      expect(numeric.status).toBe(400);
    });

    it('answers 400 naming the field to a value of a shape the bot reads otherwise (as /api/messages does)', async () => {
      const a = await openConversation(server.url);
      const path = `/conversations/${a.conversationId}/activities`;
      const body = JSON.stringify({ type: 'message', value: { msteams: { type: 'imBack', text: 7 } } });
      const response = await callDirectLine(server.url, 'POST', path, a.token, body);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      expect(error).toEqual({ code: 'BadArgument', message: expect.stringContaining('value.msteams.text: expected a string') });
    });

    it('answers 400 to a malformed watermark', async () => {
      const a = await openConversation(server.url);
      const response = await callDirectLine(
        server.url,
        'GET',
        `/conversations/${a.conversationId}/activities?watermark=abc`,
        a.token,
      );
      expect(response.status).toBe(400);
    });
  });

  it('keeps 10 concurrent conversations apart', async () => {
    const sessions = await Promise.all(Array.from({ length: 10 }, () => openConversation(server.url)));
    await Promise.all(
      sessions.map((session, index) =>
        Promise.all(
          [1, 2, 3].map((n) => postActivity(server.url, session, { type: 'message', text: `c${index}-m${n}` })),
        ),
      ),
    );
    await Promise.all(sessions.map((session) => settle(server, session)));
    for (const [index, session] of sessions.entries()) {
      const { activities } = await getActivities(server.url, session);
      const texts = activities.filter((activity) => activity.type === 'message').map((activity) => activity.text ?? '');
      const foreign = texts.filter((text) => /c\d+-m\d/.test(text) && !text.includes(`c${index}-`));
      expect(foreign).toEqual([]);
      for (const n of [1, 2, 3]) expect(texts).toContain(`echo c${index}-m${n} from ${session.userId}`);
      for (const activity of activities) expect(activity.conversation?.id).toBe(session.conversationId);
    }
  });

  it('follows watermark semantics: newer activities only, the same watermark when nothing is new', async () => {
    const a = await openConversation(server.url);
    await settle(server, a);
    const first = await getActivities(server.url, a, '');
    expect(first.activities.length).toBeGreaterThan(0);
    const empty = await getActivities(server.url, a, first.watermark);
    expect(empty).toEqual({ activities: [], watermark: first.watermark });
    await postActivity(server.url, a, { type: 'message', text: 'next' });
    await settle(server, a);
    const next = await getActivities(server.url, a, first.watermark);
    expect(next.activities.map((activity) => activity.text)).toEqual(['next', undefined, `echo next from ${a.userId}`]);
    expect(Number(next.watermark)).toBeGreaterThan(Number(first.watermark));
    const replay = await getActivities(server.url, a);
    expect(replay.activities.length).toBe(first.activities.length + 3);
  });

  it('keeps only the last 100 activities of a conversation in memory', async () => {
    const a = await openConversation(server.url);
    for (let n = 0; n < 60; n += 1) {
      await postActivity(server.url, a, { type: 'message', text: `m${n}` });
      await settle(server, a);
    }
    const { activities, watermark } = await getActivities(server.url, a);
    expect(activities).toHaveLength(100);
    expect(activities.at(-1)?.text).toBe(`echo m59 from ${a.userId}`);
    expect(Number(watermark)).toBeGreaterThan(100);
  });
});
