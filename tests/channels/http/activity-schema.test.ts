import { checkActivity, valueProblem } from '../../../channels/http/activity-schema';

const VALID = {
  type: 'message',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  conversation: { id: 'a:1', conversationType: 'personal', tenantId: 't' },
  from: { id: '29:user', name: 'Camille', aadObjectId: 'aad' },
  recipient: { id: '28:bot', name: 'FAQ' },
  locale: 'fr-FR',
  timestamp: '2026-01-15T09:00:00.000Z',
  text: '<at>FAQ</at> aide',
  entities: [
    { type: 'mention', text: '<at>FAQ</at>', mentioned: { id: '28:bot', name: 'FAQ' } },
    { type: 'clientInfo', locale: 'fr-FR' },
  ],
  channelData: { tenant: { id: 't' }, team: { id: '19:t', name: 'Team' }, channel: { id: '19:c' } },
};

function problemOf(changes: Record<string, unknown>): string | undefined {
  return checkActivity({ ...structuredClone(VALID), ...changes }).problem;
}

describe('the activity shape checked at the edge', () => {
  it('accepts what Teams sends, and turns its date strings into dates', () => {
    const { activity, problem } = checkActivity(structuredClone(VALID));
    expect(problem).toBeUndefined();
    expect(activity?.timestamp).toEqual(new Date(VALID.timestamp));
    expect((activity as { rawTimestamp?: string } | undefined)?.rawTimestamp).toBe(VALID.timestamp);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a locale that is an object', { locale: {} }, 'activity.locale: expected a string'],
    ['a locale that is no language tag', { locale: 'fr FR; drop' }, 'activity.locale: malformed'],
    ['no sender', { from: undefined }, 'activity.from: required'],
    ['a sender without id', { from: { name: 'x' } }, 'activity.from.id: required'],
    ['a sender id that is a number', { from: { id: 7 } }, 'activity.from.id: expected a string'],
    ['a null member added', { type: 'conversationUpdate', membersAdded: [null] }, 'activity.membersAdded[0]: expected an object'],
    ['members added that are not a list', { membersAdded: { id: 'u' } }, 'activity.membersAdded: expected an array'],
    ['entities that are not a list', { entities: {} }, 'activity.entities: expected an array'],
    ['a null entity', { entities: [null] }, 'activity.entities[0]: expected an object'],
    ['an entity without type', { entities: [{ text: 'x' }] }, 'activity.entities[0].type: required'],
    ['a mention without mentioned', { entities: [{ type: 'mention', text: '<at>x</at>' }] }, 'activity.entities[0].mentioned: required'],
    ['a mention of nobody', { entities: [{ type: 'Mention', mentioned: {} }] }, 'activity.entities[0].mentioned.id: required'],
    ['a text that is a number', { text: 42 }, 'activity.text: expected a string'],
    ['a text with a NUL', { text: 'a\u0000b' }, 'activity.text: contains a NUL character'],
    ['a conversation id that is empty', { conversation: { id: ' ' } }, 'activity.conversation.id: expected a non-empty string'],
    ['a conversation type that is a number', { conversation: { id: 'c', conversationType: 1 } }, 'activity.conversation.conversationType: expected a string'],
    ['a recipient that is a string', { recipient: 'bot' }, 'activity.recipient: expected an object'],
    ['attachments without content type', { attachments: [{ name: 'a.pdf' }] }, 'activity.attachments[0].contentType: required'],
    ['a timestamp that is no date', { timestamp: 'yesterday' }, 'activity.timestamp: expected a date-time'],
    ['an unknown delivery mode', { deliveryMode: 'later' }, 'activity.deliveryMode: expected one of normal, notification, expectReplies, ephemeral'],
    ['a serviceUrl that is no URL', { serviceUrl: 'file:///etc/passwd' }, 'activity.serviceUrl: malformed'],
    ['no serviceUrl to post replies to', { serviceUrl: undefined }, 'activity.serviceUrl: required unless deliveryMode is expectReplies'],
    ['channel data that is a string', { channelData: 'x' }, 'activity.channelData: expected an object'],
    ['a Teams tenant that is a string', { channelData: { tenant: 'x' } }, 'activity.channelData.tenant: expected an object'],
    ['a Teams event type that is a number', { channelData: { eventType: 3 } }, 'activity.channelData.eventType: expected a string'],
    ['a Teams team id that is a number', { channelData: { team: { id: 1 } } }, 'activity.channelData.team.id: expected a string'],
    ['a card click whose msteams data is a string', { value: { msteams: 'imBack' } }, 'activity.value.msteams: expected an object'],
    ['a card click whose imBack type is a number', { value: { msteams: { type: 1 } } }, 'activity.value.msteams.type: expected a string'],
    ['a feedback click whose key is a number', { value: { feedback: 'yes', answerKey: 3 } }, 'activity.value.answerKey: expected a string'],
    ['a type that is empty', { type: '' }, 'activity.type: expected a non-empty string'],
  ])('refuses %s, naming the field', (_what, changes, expected) => {
    expect(problemOf(changes)).toBe(expected);
  });

  it.each([[[VALID]], ['message'], [null], [42]])('refuses a body that is not an object: %j', (body) => {
    expect(checkActivity(body).problem).toBe('activity: expected an object');
  });

  it('checks the value of the Teams feedback invoke and of the web page’s join event', () => {
    const invoke = { type: 'invoke', name: 'message/submitAction' };
    expect(valueProblem({ ...invoke, value: { actionName: 'feedback', actionValue: { reaction: 'like' } } })).toBeUndefined();
    expect(valueProblem({ ...invoke, value: { actionName: 'feedback', actionValue: { feedback: '{"feedbackText":"ok"}' } } })).toBeUndefined();
    expect(valueProblem({ ...invoke, value: 'like' })).toBe('activity.value: expected an object');
    expect(valueProblem({ ...invoke, value: { actionValue: { reaction: {} } } })).toBe(
      'activity.value.actionValue.reaction: expected a string',
    );
    expect(valueProblem({ ...invoke, value: { actionValue: { feedback: 12 } } })).toBe(
      'activity.value.actionValue.feedback: expected a string',
    );
    expect(valueProblem({ type: 'event', name: 'webchat/join', value: { language: 42 } })).toBe(
      'activity.value.language: expected a string',
    );
    expect(valueProblem({ type: 'event', name: 'other', value: { language: 42 } })).toBeUndefined();
  });

  it('takes null for absent in optional fields, and removes them', () => {
    const { activity } = checkActivity({ ...structuredClone(VALID), locale: null, entities: null, text: null });
    expect(activity).toBeDefined();
    expect(activity && ['locale', 'entities', 'text'].filter((field) => field in activity)).toEqual([]);
    expect(problemOf({ from: null })).toBe('activity.from: required');
  });

  it('lets through fields nobody reads, whatever their shape', () => {
    expect(problemOf({ speak: 3, suggestedActions: 'x', summary: {} })).toBeUndefined();
  });
});
