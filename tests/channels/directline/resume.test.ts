import {
  callDirectLine,
  getActivities,
  openConversation,
  postActivity,
  settle,
  startTestServer,
  type Session,
  type TestServer,
} from './helpers';

const KEY = 'a-token-key-shared-by-both-instances-0123456789';

/** What DirectLineJS calls when it is given a conversation id (a reloaded page resuming its chat). */
function reconnect(base: string, token: string, conversationId: string, watermark = '') {
  return fetch(`${base}/v3/directline/conversations/${conversationId}?watermark=${watermark}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
}

describe('local Direct Line: a reloaded page resumes its conversation (GET /conversations/:id)', () => {
  let server: TestServer;
  let other: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ tokenKey: KEY });
    other = await startTestServer({ tokenKey: KEY });
  });
  afterAll(async () => {
    await server.close();
    await other.close();
  });

  async function chat(): Promise<Session> {
    const session = await openConversation(server.url);
    await postActivity(server.url, session, { type: 'message', text: 'bonjour' });
    await settle(server, session);
    return session;
  }

  it('gives a fresh token for the same conversation, then its whole history, without a second welcome', async () => {
    const session = await chat();
    const before = await getActivities(server.url, session);

    const resumed = await reconnect(server.url, session.token, session.conversationId, before.watermark);
    expect(resumed.status).toBe(200);
    expect(resumed.headers.get('cache-control')).toBe('no-store');
    const body = (await resumed.json()) as Session & { expires_in: number };
    expect(body).toMatchObject({ conversationId: session.conversationId, userId: session.userId, expires_in: 1800 });

    const history = await getActivities(server.url, { ...session, token: body.token });
    expect(history).toEqual(before);
    expect(history.activities.map((activity) => activity.text ?? activity.type)).toEqual([
      'typing',
      'welcome fr',
      'bonjour',
      'typing',
      `echo bonjour from ${session.userId}`,
    ]);
    await settle(server, session);
    expect(server.received.filter((activity) => activity.conversation?.id === session.conversationId)).toHaveLength(2);
  });

  it('re-opens a started conversation this process does not hold (restart), without a welcome', async () => {
    const session = await chat();
    const resumed = await reconnect(other.url, session.token, session.conversationId, '4');
    expect(resumed.status).toBe(200);
    const path = `/conversations/${session.conversationId}/activities?watermark=4`;
    expect((await callDirectLine(other.url, 'GET', path, session.token)).status).toBe(200);
    await settle(other, session);
    expect(other.received.filter((activity) => activity.conversation?.id === session.conversationId)).toEqual([]);
  });

  it('answers 403 to a token of another conversation, or one never started', async () => {
    const session = await chat();
    const stranger = await chat();
    expect((await reconnect(server.url, stranger.token, session.conversationId)).status).toBe(403);

    const issued = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
    const { token, conversationId } = (await issued.json()) as Session;
    expect((await reconnect(other.url, token, conversationId)).status).toBe(403);
  });
});
