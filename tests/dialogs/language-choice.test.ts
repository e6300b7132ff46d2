import { IN_MEMORY, openStorage, type OpenedStorage } from '../../storage';
import type { Lang } from '../../knowledge';
import { join } from './cases';
import { Conversation, strings, texts, type Replies } from './harness';

/** The welcome's first line, in `lang`, and not the other language's. */
function welcomedIn(lang: Lang) {
  return (replies: Replies): void => {
    expect(texts(replies)[0]).toBe(strings(lang)('welcome.intro'));
  };
}

const joinWithLocale = (locale: string) => ({ ...join(), locale });

describe('the language a user chose, in their later conversations', () => {
  let storage: OpenedStorage;
  /** A conversation of `user1` in the shared storage (messages in French unless they say otherwise). */
  const open = (conversationId: string, channelId = 'test'): Promise<Conversation> =>
    Conversation.start({ lang: 'fr', storage, conversationId, channelId });

  beforeEach(async () => {
    storage = await openStorage({ dataDir: IN_MEMORY });
  });
  afterEach(async () => {
    await storage.close(); // shared by the conversations: closed once
  });

  it('welcomes a new conversation in the language chosen in an earlier one, whatever its locale', async () => {
    const first = await open('conversation-1');
    await first.play([
      [joinWithLocale('fr-FR'), welcomedIn('fr')],
      ['English', strings('en')('language.switched')],
    ]);
    const second = await open('conversation-2');
    await second.play([
      [joinWithLocale('fr-FR'), welcomedIn('en')],
      [{ type: 'message', text: 'aide', locale: 'fr-FR' }, strings('en')('help.text')],
    ]);
  });

  it('ranks this conversation’s choice above the saved one, and saves the latest choice', async () => {
    const first = await open('conversation-1');
    await first.play([
      [joinWithLocale('en-US'), welcomedIn('en')],
      ['Français', strings('fr')('language.switched')],
    ]);
    const second = await open('conversation-2');
    await second.play([
      [joinWithLocale('en-US'), welcomedIn('fr')],
      ['English', strings('en')('language.switched')],
    ]);
    // The first conversation keeps its own choice; a third one follows the latest.
    await first.play([[{ type: 'message', text: 'aide', locale: 'en-US' }, strings('fr')('help.text')]]);
    await (await open('conversation-3')).play([[joinWithLocale('fr-FR'), welcomedIn('en')]]);
  });

  it('leaves users who chose nothing to their locale, then to the default language', async () => {
    await (await open('conversation-1')).play([[joinWithLocale('en-US'), welcomedIn('en')]]);
    await (await open('conversation-2')).play([[joinWithLocale('de-DE'), welcomedIn('fr')]]);
  });

  it('lets the web page’s language win over the saved choice: it was chosen for this conversation', async () => {
    const first = await open('web-1', 'webchat');
    await first.play([
      [joinWithLocale('fr-FR'), welcomedIn('fr')],
      ['English', strings('en')('language.switched')],
    ]);
    await (await open('web-2', 'webchat')).play([[joinWithLocale('fr-FR'), welcomedIn('fr')]]);
    // The choice was saved all the same: a web conversation that does not say its language gets it.
    await (await open('web-3', 'webchat')).play([[{ ...join(), locale: undefined }, welcomedIn('en')]]);
  });
});
