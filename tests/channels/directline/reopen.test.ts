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
  type ActivitySetBody,
  type Session,
  type TestServer,
} from './helpers';

const KEY = 'a-token-key-shared-by-both-instances-0123456789';

const refresh = (base: string, token: string) => callDirectLine(base, 'POST', '/tokens/refresh', token);
/** Another instance sharing the key, with room for one conversation only: what it holds shows in its 503s. */
const withOnePlace = <T>(use: (server: TestServer) => Promise<T>) =>
  withTestServer({ tokenKey: KEY, maxConversations: 1 }, use);

function ids(set: ActivitySetBody): string[] {
  return set.activities.map((activity) => activity.id ?? '');
}

/** A conversation as Web Chat left it on the first instance: welcome and one exchange polled, the last watermark. */
async function chatOn(server: TestServer): Promise<{ session: Session; seen: string[]; watermark: string }> {
  const session = await openConversation(server.url);
  await postActivity(server.url, session, { type: 'message', text: 'bonjour' });
  await settle(server, session);
  const polled = await getActivities(server.url, session);
  return { session, seen: ids(polled), watermark: polled.watermark };
}

describe('local Direct Line: a started conversation the process does not hold (restart, another instance)', () => {
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    first = await startTestServer({ tokenKey: KEY });
    second = await startTestServer({ tokenKey: KEY });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('re-opens on the next poll, without a welcome: the watermark goes on, no id comes back', async () => {
    const { session, seen, watermark } = await chatOn(first);
    expect(await getActivities(second.url, session, watermark)).toEqual({ activities: [], watermark });

    const posted = await postActivity(second.url, session, { type: 'message', text: 'encore' });
    expect(posted.status).toBe(200);
    await settle(second, session);
    const next = await getActivities(second.url, session, watermark);
    expect(next.activities.map((activity) => activity.text)).toEqual([
      'encore',
      undefined,
      `echo encore from ${session.userId}`,
    ]);
    expect(next.activities.at(-1)).toMatchObject({
      from: { role: 'bot' },
      recipient: { id: session.userId },
      conversation: { id: session.conversationId },
    });
    expect(Number(next.watermark)).toBe(Number(watermark) + 3);
    expect(ids(next).filter((id) => seen.includes(id))).toEqual([]);
    expect(await getActivities(second.url, session, next.watermark)).toEqual({
      activities: [],
      watermark: next.watermark,
    });
    const turns = second.received.filter((activity) => activity.conversation?.id === session.conversationId);
    expect(turns.map((activity) => activity.type)).toEqual(['message']);
    expect(turns[0].from?.id).toBe(session.userId);
  });

  it('re-opens on a message sent before any poll: the next poll, at the old watermark, brings all of it', async () => {
    const { session, seen, watermark } = await chatOn(first);
    const posted = await postActivity(second.url, session, {
      type: 'message',
      text: 'après le redémarrage',
      channelData: { clientActivityID: 'client-42' },
    });
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };
    expect(seen).not.toContain(id);
    await settle(second, session);
    const next = await getActivities(second.url, session, watermark);
    expect(next.activities[0]).toMatchObject({ id, channelData: { clientActivityID: 'client-42' } });
    expect(next.activities.at(-1)).toMatchObject({
      text: `echo après le redémarrage from ${session.userId}`,
      replyToId: id,
    });
    expect(Number(next.watermark)).toBeGreaterThan(Number(watermark));
    expect(ids(next).filter((other) => seen.includes(other))).toEqual([]);
  });

  it('re-opens on a token refresh, the first call after a long pause', async () => {
    const { session } = await chatOn(first);
    await withOnePlace(async (small) => {
      const refreshed = await refresh(small.url, session.token);
      expect(refreshed.status).toBe(200);
      expect(await refreshed.json()).toMatchObject({ conversationId: session.conversationId, expires_in: 1800 });
      // The re-opened conversation holds the only place.
      expect(await startStatus(small.url)).toBe(503);
    });
  });

  it('gives a fresh token, no second welcome, when POST /conversations comes again with a started token', async () => {
    const { session } = await chatOn(first);
    const again = await callDirectLine(second.url, 'POST', '/conversations', session.token);
    expect(again.status).toBe(200);
    await settle(second, session);
    expect(second.received.filter((activity) => activity.conversation?.id === session.conversationId)).toEqual([]);
  });

  it('does not open, on another instance, a conversation whose token was never started', async () => {
    const { token, conversationId } = await issueToken(first.url);
    await withOnePlace(async (small) => {
      const response = await callDirectLine(small.url, 'GET', `/conversations/${conversationId}/activities`, token);
      expect(response.status).toBe(403);
      expect((await refresh(small.url, token)).status).toBe(403);
      // Nothing took the only place.
      expect(await startStatus(small.url)).toBe(201);
    });
  });

  it('refuses with the same 403, and re-opens nothing, when the key differs (a random key per start)', async () => {
    const { session, watermark } = await chatOn(first);
    await withTestServer({ maxConversations: 2 }, async (restarted) => {
      const other = await openConversation(restarted.url);
      const asked = (conversationId: string) => {
        const path = `/conversations/${conversationId}/activities?watermark=${watermark}`;
        return callDirectLine(restarted.url, 'GET', path, session.token);
      };
      const mine = await asked(session.conversationId);
      const foreign = await asked(other.conversationId);
      expect(mine.status).toBe(403);
      expect(foreign.status).toBe(403);
      expect(await mine.json()).toEqual(await foreign.json());
      // The refused token took no place: the second one is still free.
      expect(await startStatus(restarted.url)).toBe(201);
    });
  });

  it('counts re-opened conversations in DIRECTLINE_MAX_CONVERSATIONS (503 beyond)', async () => {
    const { session, watermark } = await chatOn(first);
    await withOnePlace(async (small) => {
      await openConversation(small.url);
      const path = `/conversations/${session.conversationId}/activities?watermark=${watermark}`;
      const refused = await callDirectLine(small.url, 'GET', path, session.token);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('60');
    });
  });
});
