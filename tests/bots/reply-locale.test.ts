import { Conversation, strings, texts } from '../dialogs/harness';

describe('replies say which language they are in (activity.locale)', () => {
  it('in the conversation language, then in English from "English" on, though the client still says fr-FR', async () => {
    const conversation = await Conversation.start({ lang: 'fr', channelId: 'webchat' });
    try {
      const welcome = await conversation.join();
      expect(new Set(welcome.map((reply) => reply.locale))).toEqual(new Set(['fr-FR']));
      const switched = await conversation.send('English');
      expect(texts(switched)[0]).toBe(strings('en')('language.switched'));
      expect(new Set(switched.map((reply) => reply.locale))).toEqual(new Set(['en-US']));
      const back = await conversation.send('Français');
      expect(new Set(back.map((reply) => reply.locale))).toEqual(new Set(['fr-FR']));
    } finally {
      await conversation.close();
    }
  });
});
