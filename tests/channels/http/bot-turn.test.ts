import { ActivityHandler, type Activity } from 'botbuilder';
import { loadConfig } from '../../../config/config';
import { createAuthentication, createBotTurn, FaqAdapter } from '../../../channels/adapter';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
      await context.sendActivity('second');
      await next();
    });
  }
}

function turnFor(env: NodeJS.ProcessEnv) {
  const config = loadConfig(env);
  const adapter = new FaqAdapter(createAuthentication(config), config.appId);
  return createBotTurn(adapter, new EchoBot());
}

const message: Partial<Activity> = {
  type: 'message',
  text: 'salut',
  conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: 'test' },
  from: { id: 'u1', name: 'User' },
  channelId: 'webchat',
};

describe('createBotTurn', () => {
  it('returns the replies of one activity without HTTP', async () => {
    const replies = await turnFor({ BOT_LOCAL_MODE: 'true' })(message);
    expect(replies.map((reply) => reply.text)).toEqual(['echo: salut', 'second']);
    expect(replies[0]?.conversation?.id).toBe('c1');
  });

  it('still runs in-process when /api/messages authentication is on', async () => {
    const env = {
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-used',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa',
    };
    const replies = await turnFor(env)(message);
    expect(replies.map((reply) => reply.text)).toEqual(['echo: salut', 'second']);
  });

  it('names the missing field of an incomplete activity', async () => {
    await expect(turnFor({ BOT_LOCAL_MODE: 'true' })({ type: 'message', text: 'x' })).rejects.toThrow(
      /conversation\.id/,
    );
  });
});
