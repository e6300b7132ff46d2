import { ConversationState, MemoryStorage, TestAdapter, TurnContext, UserState, type Activity } from 'botbuilder';
import type { Lang } from '../../config/languages';
import { LanguageDetector, loadKnowledgeBase } from '../../knowledge';
import { knownTurnLanguage, resolveTurnLanguage, type LanguageSources } from '../../bots/turn-language';
import { awaitsWebJoin, WEB_JOIN_EVENT } from '../../bots/web';
import type { UserPreferences } from '../../dialogs/preferences';
import { newSession, type Session } from '../../dialogs/session';

const detector = new LanguageDetector(loadKnowledgeBase());

interface Stored {
  /** This conversation's choice, in the session. */
  conversation?: Lang;
  /** The user's choice saved from an earlier conversation. */
  saved?: Lang;
}

const joinEvent = (language: string): Partial<Activity> => ({ type: 'event', name: WEB_JOIN_EVENT, value: { language } });
const message = (text: string, locale?: string, channelId = 'msteams'): Partial<Activity> => ({ type: 'message', text, locale, channelId });

/** Conversation and user state on one store, with the bot's session and preferences properties. */
function statesOn(storage: MemoryStorage) {
  const conversation = new ConversationState(storage);
  const user = new UserState(storage);
  const sources: LanguageSources = {
    session: conversation.createProperty<Session>('session'),
    preferences: user.createProperty<UserPreferences>('preferences'),
    defaultLang: 'fr',
    messageLanguage: (text) => detector.clearLanguage(text),
  };
  const context = (activity: Partial<Activity>) =>
    new TurnContext(new TestAdapter(), {
      channelId: 'msteams',
      conversation: { id: 'c1' },
      from: { id: 'u1' },
      recipient: { id: 'bot' },
      ...activity,
    } as Activity);
  const save = async (turn: TurnContext) => {
    await conversation.saveChanges(turn);
    await user.saveChanges(turn);
  };
  return { sources, context, save };
}

describe('resolveTurnLanguage', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
  });

  async function resolve(stored: Stored, activity: Partial<Activity>, channelId = activity.channelId): Promise<Lang> {
    const { sources, context, save } = statesOn(storage);
    const before = context({ type: 'message', channelId });
    if (stored.conversation) await sources.session.set(before, { ...newSession(), lang: stored.conversation });
    if (stored.saved) await sources.preferences.set(before, { lang: stored.saved });
    await save(before);
    return resolveTurnLanguage(context({ ...activity, channelId }), sources);
  }

  it.each<[string, Stored, Partial<Activity>, Lang]>([
    ['a language command beats everything', { conversation: 'fr', saved: 'fr' }, message('English', 'fr-FR'), 'en'],
    ['a language command with a typo', { conversation: 'en' }, message('Francais'), 'fr'],
    ['this conversation’s choice beats the saved one and the locale', { conversation: 'en', saved: 'fr' }, message('aide', 'fr-FR'), 'en'],
    ['this conversation’s choice beats the page’s', { conversation: 'en' }, message('aide', 'fr-FR', 'webchat'), 'en'],
    ['the local web page’s language beats the saved choice', { saved: 'en' }, message('aide', 'fr-FR', 'webchat'), 'fr'],
    ['the console’s --lang beats the saved choice', { saved: 'fr' }, message('help', 'en-US', 'console'), 'en'],
    ['Azure’s join event beats the saved choice', { saved: 'fr' }, { ...joinEvent('en-US'), channelId: 'directline' }, 'en'],
    ['the saved choice beats the locale', { saved: 'en' }, message('aide', 'fr-FR'), 'en'],
    ['a join event in a language we do not speak says nothing', {}, { ...joinEvent('de'), channelId: 'directline', locale: 'en-US' }, 'en'],
    ['the console without --lang follows the saved choice', { saved: 'en' }, message('aide', undefined, 'console'), 'en'],
    ['then the locale', {}, message('aide', 'en-GB'), 'en'],
    ['then the default', {}, message('aide', 'de-DE'), 'fr'],
    ['a command inside a question is no choice', {}, message('english ROR documentation please', 'fr-FR'), 'fr'],
  ])('%s', async (_name, stored, activity, expected) => {
    await expect(resolve(stored, activity)).resolves.toBe(expected);
  });

  it('records the page’s choice, so that later turns that do not carry it keep it', async () => {
    const { sources, context, save } = statesOn(storage);
    const joined = context({ ...joinEvent('en'), channelId: 'directline' });
    await expect(resolveTurnLanguage(joined, sources)).resolves.toBe('en');
    await save(joined);
    await expect(resolveTurnLanguage(context(message('aide', 'fr-FR', 'directline')), sources)).resolves.toBe('en');
  });

  it('is worked out once per turn, and reads the saved choice only when nothing above it says', async () => {
    const { sources, context } = statesOn(storage);
    const refusing: LanguageSources = {
      ...sources,
      preferences: { ...sources.preferences, get: () => Promise.reject(new Error('the saved choice was read')) },
    };
    const turn = context(message('aide', 'fr-FR', 'webchat'));
    await expect(resolveTurnLanguage(turn, refusing)).resolves.toBe('fr');
    turn.activity.text = 'English';
    await expect(resolveTurnLanguage(turn, refusing)).resolves.toBe('fr');
  });
});

describe('knownTurnLanguage (for the turn-error handler)', () => {
  const context = (activity: Partial<Activity>) => new TurnContext(new TestAdapter(), activity as Activity);

  it('goes by the activity alone when the turn failed before its language was resolved', () => {
    expect(knownTurnLanguage(context(message('English', 'fr-FR')), 'fr')).toBe('en');
    expect(knownTurnLanguage(context({ ...joinEvent('en'), channelId: 'directline' }), 'fr')).toBe('en');
    expect(knownTurnLanguage(context(message('aide', 'en-US')), 'fr')).toBe('en');
    expect(knownTurnLanguage(context(message('aide')), 'en')).toBe('en');
  });
});

describe('the web welcome', () => {
  it('waits for the join event only on Direct Line channels in Azure mode', () => {
    expect(awaitsWebJoin({ channelId: 'directline' }, 'join-event')).toBe(true);
    expect(awaitsWebJoin({ channelId: 'webchat' }, 'join-event')).toBe(true);
    expect(awaitsWebJoin({ channelId: 'msteams' }, 'join-event')).toBe(false);
    expect(awaitsWebJoin({ channelId: 'webchat' }, 'conversationUpdate')).toBe(false);
  });
});
