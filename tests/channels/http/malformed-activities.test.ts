import { activity, postJson, startEdgeServer, type EdgeServer } from './edge-server';

/** Issue 10, finding 3: activities that ended in a 500 or a turn error now get a 400 naming the field. */
const FINDINGS: Array<[string, Record<string, unknown>, string]> = [
  ['"locale": {}', { locale: {} }, 'activity.locale: expected a string'],
  ['a missing from', { from: undefined }, 'activity.from: required'],
  [
    'membersAdded: [null]',
    { type: 'conversationUpdate', membersAdded: [null], text: undefined },
    'activity.membersAdded[0]: expected an object',
  ],
  ['entities that are not a list', { entities: { type: 'mention' } }, 'activity.entities: expected an array'],
  ['an entity without type', { entities: [{ mentioned: { id: 'bot' } }] }, 'activity.entities[0].type: required'],
  ['a mention naming nobody', { entities: [{ type: 'mention', text: 'x' }] }, 'activity.entities[0].mentioned: required'],
  ['a text that is an object', { text: { fr: 'aide' } }, 'activity.text: expected a string'],
  ['a card click whose data is not an object', { value: { msteams: 'imBack' } }, 'activity.value.msteams: expected an object'],
  [
    'a Teams thumb whose reaction is an object',
    { type: 'invoke', name: 'message/submitAction', value: { actionName: 'feedback', actionValue: { reaction: {} } } },
    'activity.value.actionValue.reaction: expected a string',
  ],
  [
    'a join event whose language is a number',
    { type: 'event', name: 'webchat/join', value: { language: 42 } },
    'activity.value.language: expected a string',
  ],
  [
    'Teams channel data whose tenant is a string',
    { channelId: 'msteams', channelData: { tenant: 'contoso' } },
    'activity.channelData.tenant: expected an object',
  ],
  ['a conversation id that is a number', { conversation: { id: 12 } }, 'activity.conversation.id: expected a string'],
];

describe('activities of the wrong shape on /api/messages (local mode)', () => {
  let running: EdgeServer;
  beforeAll(async () => {
    running = await startEdgeServer({ BOT_LOCAL_MODE: 'true' });
  });
  afterAll(async () => {
    await running.close();
  });

  it.each(FINDINGS)('answers %s with a 400 naming the field, without any turn', async (_what, changes, message) => {
    const response = await postJson(running.url, activity(changes));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'BadArgument', message, correlationId: expect.any(String) } });
    expect(running.turnErrors).toEqual([]);
  });

  it('still serves well-formed activities afterwards', async () => {
    const response = await postJson(running.url, activity({ text: 'aide' }));
    expect(response.status).toBe(200);
    const { activities } = (await response.json()) as { activities: unknown[] };
    expect(activities.length).toBeGreaterThan(0);
    expect(running.turnErrors).toEqual([]);
  });
});
