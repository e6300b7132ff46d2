import type { Activity } from 'botbuilder';
import { chosenLanguage } from '../../bots/chosen-language';
import { awaitsWebJoin, WEB_JOIN_EVENT } from '../../bots/web';
import { resolveLanguage } from '../../dialogs/language';

const join = (language: string): Partial<Activity> => ({ type: 'event', name: WEB_JOIN_EVENT, value: { language } });

describe('the language chosen for a conversation by its channel', () => {
  it.each<[string, Partial<Activity>, string | undefined]>([
    ['the web page’s join event', join('en'), 'en'],
    ['a join event without a language we speak', join('de'), undefined],
    ['the local web page (channel webchat)', { type: 'event', channelId: 'webchat', locale: 'en-US' }, 'en'],
    ['the console’s --lang', { type: 'message', channelId: 'console', locale: 'fr-FR' }, 'fr'],
    ['the console without --lang', { type: 'message', channelId: 'console' }, undefined],
    ['a Teams client’s settings', { type: 'message', channelId: 'msteams', locale: 'en-US' }, undefined],
    ['another event', { type: 'event', name: 'other', channelId: 'directline', value: { language: 'en' } }, undefined],
  ])('%s', (_name, activity, expected) => {
    expect(chosenLanguage(activity)).toBe(expected);
  });

  it('waits for the join event only on Direct Line channels in Azure mode', () => {
    expect(awaitsWebJoin({ channelId: 'directline' }, 'join-event')).toBe(true);
    expect(awaitsWebJoin({ channelId: 'webchat' }, 'join-event')).toBe(true);
    expect(awaitsWebJoin({ channelId: 'msteams' }, 'join-event')).toBe(false);
    expect(awaitsWebJoin({ channelId: 'webchat' }, 'conversationUpdate')).toBe(false);
  });
});

describe('resolveLanguage', () => {
  const never = async () => {
    throw new Error('the saved choice must not be read when the conversation has one');
  };

  it('ranks this conversation’s choice, the saved choice, the locale, then the default', async () => {
    await expect(resolveLanguage({ conversation: 'en', saved: never, locale: 'fr-FR' }, 'fr')).resolves.toBe('en');
    await expect(resolveLanguage({ saved: async () => 'en', locale: 'fr-FR' }, 'fr')).resolves.toBe('en');
    await expect(resolveLanguage({ saved: async () => undefined, locale: 'en-GB' }, 'fr')).resolves.toBe('en');
    await expect(resolveLanguage({ saved: async () => undefined, locale: 'de-DE' }, 'en')).resolves.toBe('en');
  });
});
