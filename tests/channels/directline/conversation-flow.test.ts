import { MAX_MESSAGE_LENGTH } from '../../../channels/web/chat-host';
import {
  callDirectLine,
  getActivities,
  openConversation,
  postActivity,
  settle,
  startTestServer,
  type TestServer,
} from './helpers';

describe('local Direct Line: a conversation as Web Chat drives it', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('greets the user in the page language without being asked, from the bot, without replyToId', async () => {
    const session = await openConversation(server.url, 'en');
    await settle(server, session);
    const { activities, watermark } = await getActivities(server.url, session);
    const messages = activities.filter((activity) => activity.type === 'message');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      text: 'welcome en',
      from: { role: 'bot' },
      recipient: { id: session.userId },
      channelId: 'webchat',
      conversation: { id: session.conversationId },
    });
    expect(messages[0].replyToId).toBeUndefined();
    expect(typeof messages[0].id).toBe('string');
    expect(Number.isNaN(Date.parse(String(messages[0].timestamp)))).toBe(false);
    expect(watermark).toMatch(/^\d+$/);
    const update = server.received.find((activity) => activity.conversation?.id === session.conversationId);
    expect(update).toMatchObject({
      type: 'conversationUpdate',
      locale: 'en',
      membersAdded: [{ id: session.userId }],
      channelId: 'webchat',
    });
  });

  it('takes a pasted text longer than 5,000 characters cut to length, instead of failing the send', async () => {
    const session = await openConversation(server.url);
    await settle(server, session);
    const pasted = `${'é'.repeat(4999)}😀${'x'.repeat(3000)}`;
    const posted = await postActivity(server.url, session, { type: 'message', text: pasted });
    expect(posted.status).toBe(200);
    await settle(server, session);
    const received = server.received.filter((activity) => activity.conversation?.id === session.conversationId);
    expect(received.at(-1)?.text).toBe('é'.repeat(4999));
  });

  it('takes whole the longest message the page’s send box allows, even of 6-byte JSON characters', async () => {
    const session = await openConversation(server.url);
    await settle(server, session);
    const text = '\u001f'.repeat(MAX_MESSAGE_LENGTH);
    // As Web Chat 4.18 posts a message.
    const posted = await postActivity(server.url, session, {
      type: 'message',
      text,
      textFormat: 'plain',
      locale: 'fr-FR',
      channelId: 'webchat',
      timestamp: new Date().toISOString(),
      from: { id: session.userId, name: '', role: 'user' },
      channelData: {
        attachmentSizes: [],
        clientActivityID: '1768467600000abcdefghij',
        clientTimestamp: new Date().toISOString(),
      },
      entities: [{ requiresBotState: true, supportsListening: true, supportsTts: true, type: 'ClientCapabilities' }],
    });
    expect(posted.status).toBe(200);
    await settle(server, session);
    const received = server.received.filter((activity) => activity.conversation?.id === session.conversationId);
    expect(received.at(-1)?.text).toBe(text);
  });

  it('echoes the user activity with its clientActivityID and answers it with replyToId', async () => {
    const session = await openConversation(server.url);
    await settle(server, session);
    const { watermark } = await getActivities(server.url, session);
    const posted = await postActivity(server.url, session, {
      type: 'message',
      text: 'bonjour',
      locale: 'fr-FR',
      from: { id: 'someone', role: 'user' },
      channelData: { clientActivityID: 'client-1', secret: 'dropped' },
    });
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };
    expect(id).toMatch(new RegExp(`^${session.conversationId}\\|`));
    await settle(server, session);
    const { activities } = await getActivities(server.url, session, watermark);
    const echo = activities.find((activity) => activity.id === id);
    expect(echo).toMatchObject({ text: 'bonjour', channelData: { clientActivityID: 'client-1' } });
    expect(echo?.channelData).not.toHaveProperty('secret');
    const reply = activities.find((activity) => activity.type === 'message' && activity.from?.role === 'bot');
    expect(reply).toMatchObject({ text: `echo bonjour from ${session.userId}`, replyToId: id });
    expect(activities.some((activity) => activity.type === 'trace')).toBe(false);
  });

  it('shows typing while the bot works: a typing activity precedes the reply', async () => {
    const session = await openConversation(server.url);
    await settle(server, session);
    const { watermark } = await getActivities(server.url, session);
    await postActivity(server.url, session, { type: 'message', text: 'slow' });
    const during = await getActivities(server.url, session, watermark);
    expect(during.activities.map((activity) => activity.type)).toEqual(['message', 'typing']);
    await settle(server, session);
    const after = await getActivities(server.url, session, during.watermark);
    expect(after.activities.map((activity) => activity.text)).toEqual(['echo slow from ' + session.userId]);
  });

  it('answers POST before the bot has finished its turn', async () => {
    const session = await openConversation(server.url);
    await settle(server, session);
    const started = Date.now();
    const posted = await postActivity(server.url, session, { type: 'message', text: 'slow' });
    expect(posted.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(140);
    await settle(server, session);
  });

  it('keeps suggested actions on replies', async () => {
    const session = await openConversation(server.url);
    await postActivity(server.url, session, { type: 'message', text: 'menu' });
    await settle(server, session);
    const { activities } = await getActivities(server.url, session);
    const menu = activities.find((activity) => activity.text === 'Choose');
    expect(menu?.suggestedActions?.actions).toEqual([{ type: 'imBack', title: 'Oui', value: 'Oui' }]);
  });

  it('overwrites a forged sender id with the token user, for the bot and in the echo', async () => {
    const session = await openConversation(server.url);
    const posted = await postActivity(server.url, session, {
      type: 'message',
      text: 'who am I',
      from: { id: 'admin', name: 'Admin', role: 'bot' },
    });
    const { id } = (await posted.json()) as { id: string };
    await settle(server, session);
    const seen = server.received.find((activity) => activity.id === id);
    expect(seen?.from).toEqual({ id: session.userId, role: 'user' });
    const { activities } = await getActivities(server.url, session);
    expect(activities.find((activity) => activity.id === id)?.from).toEqual({ id: session.userId, role: 'user' });
  });

  it('runs the turns of one conversation one at a time, in order', async () => {
    const session = await openConversation(server.url);
    await settle(server, session);
    const texts = ['slow', 'un', 'deux', 'trois'];
    for (const text of texts) await postActivity(server.url, session, { type: 'message', text });
    await settle(server, session);
    const { activities } = await getActivities(server.url, session);
    const replies = activities.filter((activity) => activity.from?.role === 'bot' && activity.type === 'message');
    expect(replies.map((activity) => activity.text)).toEqual([
      'welcome fr',
      ...texts.map((text) => `echo ${text} from ${session.userId}`),
    ]);
  });

  it('apologises in the conversation language when the bot fails, and keeps serving', async () => {
    const session = await openConversation(server.url, 'en');
    await postActivity(server.url, session, { type: 'message', text: 'boom' });
    await postActivity(server.url, session, { type: 'message', text: 'after' });
    await settle(server, session);
    const { activities } = await getActivities(server.url, session);
    const texts = activities.filter((activity) => activity.from?.role === 'bot').map((activity) => activity.text);
    expect(texts).toContain('Sorry, a technical problem prevents me from answering. Could you try again in a moment?');
    expect(texts).toContain(`echo after from ${session.userId}`);
  });

  it('refuses activity types Web Chat does not send to a bot', async () => {
    const session = await openConversation(server.url);
    const posted = await postActivity(server.url, session, { type: 'conversationUpdate', membersAdded: [] });
    expect(posted.status).toBe(400);
  });

  it('gives a fresh token for the conversation on POST /conversations again, without a second welcome', async () => {
    const session = await openConversation(server.url);
    await settle(server, session);
    const again = await callDirectLine(server.url, 'POST', '/conversations', session.token);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ conversationId: session.conversationId, expires_in: 1800 });
    await settle(server, session);
    const { activities } = await getActivities(server.url, session);
    expect(activities.filter((activity) => activity.text?.startsWith('welcome'))).toHaveLength(1);
  });
});
