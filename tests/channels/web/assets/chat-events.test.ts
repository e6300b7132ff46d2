import { chatEvents, connectionWatch, webChatLocale, type Action, type Connection } from './modules';

const PAGE_ORIGIN = 'https://bot.example';
const env = { origin: PAGE_ORIGIN, languageOf: webChatLocale.languageOf, isLost: connectionWatch.isLost };

type Dispatch = (action: Action) => Action;
type Middleware = (store: { dispatch(action: Action): void }) => (next: Dispatch) => Dispatch;

interface SetUp {
  resumed?: boolean;
  domain?: string;
  /** The conversation's language, and (resumed) the language the earlier page had been asked for. */
  lang?: string;
  askedBefore?: string;
  pageLang?: string;
}

/** A chat on a page in `pageLang`, with a fake Web Chat store: what it dispatched, what the page was asked to do. */
function setUp(options: SetUp = {}) {
  const dispatched: Action[] = [];
  const calls: string[] = [];
  const remembered: object[] = [];
  let middleware: Middleware | undefined;
  const connection: Connection = {
    directLine: { domain: '', token: 't', webSocket: false },
    resumed: options.resumed ?? false,
    saved: options.resumed ? { lang: options.lang ?? 'fr', asked: options.askedBefore ?? 'fr' } : undefined,
    domain: options.domain ?? `${PAGE_ORIGIN}/v3/directline`,
    webSocket: false,
    lang: options.lang ?? 'fr',
    remember: (changes) => void remembered.push(changes ?? {}),
    forget: () => undefined,
  };
  const handlers = {
    connectionLost: () => void calls.push('connectionLost'),
    resumeFailed: () => void calls.push('resumeFailed'),
    followLanguage: (lang: string) => void calls.push(`follow ${lang}`),
    userSent: () => void calls.push('userSent'),
    pageLanguage: () => options.pageLang ?? 'fr',
    languageCommand: () => (options.pageLang === 'en' ? 'English' : 'Français'),
  };
  const webChat = {
    createStore: (_initial: object, given: Middleware) => {
      middleware = given;
      return { dispatch: (action: Action) => void dispatched.push(action) };
    },
  };
  const chat = chatEvents.createChat(webChat, connection, handlers, env);
  const store = { dispatch: (action: Action) => void dispatched.push(action) };
  const act = (action: Action) => middleware?.(store)((passed) => passed)(action);
  return { chat, connection, dispatched, calls, remembered, act };
}

const connected: Action = { type: 'DIRECT_LINE/CONNECT_FULFILLED' };
const status = (connectionStatus: number): Action => ({
  type: 'DIRECT_LINE/UPDATE_CONNECTION_STATUS',
  payload: { connectionStatus },
});
const incoming = (activity: object): Action => ({ type: 'DIRECT_LINE/INCOMING_ACTIVITY', payload: { activity } });
const sent = (clientActivityID: string): Action => ({
  type: 'DIRECT_LINE/POST_ACTIVITY_PENDING',
  meta: { clientActivityID },
  payload: { activity: { type: 'message', text: '…' } },
});
const botSays = (locale: string, replyToId?: string) =>
  incoming({ type: 'message', from: { role: 'bot' }, text: '…', locale, replyToId });

describe('chat-events.js: what the chat page does on Web Chat’s actions', () => {
  it('with Azure’s Direct Line, posts webchat/join in the page’s language once connected, for a new chat only', () => {
    const azure = 'https://europe.directline.botframework.com/v3/directline';
    const fresh = setUp({ domain: azure, pageLang: 'en' });
    fresh.act(connected);
    expect(fresh.dispatched).toEqual([
      { type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { language: 'en' } } },
    ]);
    const resumed = setUp({ domain: azure, resumed: true });
    resumed.act(connected);
    expect(resumed.dispatched).toEqual([]);
  });

  it('with the server’s own Direct Line, which starts the conversation itself, sends nothing', () => {
    const { act, dispatched, remembered } = setUp();
    act(connected);
    expect(dispatched).toEqual([]);
    expect(remembered).toHaveLength(1);
  });

  it('tells the bot when a page asked for another language than the last one resumes the conversation', () => {
    const { act, dispatched, calls } = setUp({ resumed: true, lang: 'fr', askedBefore: 'fr', pageLang: 'en' });
    act(connected);
    expect(dispatched).toEqual([{ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: 'English', method: 'code' } }]);
    expect(calls).toEqual([]);
  });

  it('follows the conversation’s language, chosen in the chat, on a page asked for the same language as before', () => {
    // An embedding site's next French page, after "English" was typed in the chat on the previous one.
    const { act, dispatched, calls } = setUp({ resumed: true, lang: 'en', askedBefore: 'fr', pageLang: 'fr' });
    act(connected);
    expect(dispatched).toEqual([]);
    expect(calls).toEqual(['follow en']);
  });

  it('does nothing about languages when the resumed conversation is in the page’s', () => {
    const { act, dispatched, calls } = setUp({ resumed: true, lang: 'en', askedBefore: 'fr', pageLang: 'en' });
    act(connected);
    expect([...dispatched, ...calls]).toEqual([]);
  });

  it('follows a reply in another language to a message of this page, not to one of the replayed history', () => {
    const { act, calls, connection, remembered } = setUp({ resumed: true });
    act(connected);
    const earlier = { clientActivityID: 'earlier' };
    act(incoming({ type: 'message', id: 'old-1', from: { role: 'user' }, channelData: earlier }));
    act(botSays('en-US', 'old-1'));
    expect(calls).toEqual([]);
    expect(connection.lang).toBe('en');

    act(sent('mine'));
    act(incoming({ type: 'message', id: 'c|9', from: { role: 'user' }, channelData: { clientActivityID: 'mine' } }));
    act(botSays('en-US', 'c|9'));
    expect(calls).toEqual(['userSent', 'follow en']);
    expect(remembered).toContainEqual({ lang: 'en' });
  });

  it('does not follow a reply in the page’s own language', () => {
    const { act, calls } = setUp();
    act(sent('mine'));
    act(incoming({ type: 'message', id: 'c|2', from: { role: 'user' }, channelData: { clientActivityID: 'mine' } }));
    act(botSays('fr-FR', 'c|2'));
    expect(calls).toEqual(['userSent']);
  });

  it.each([
    ['the token is refused (expired, or another key)', 3],
    ['the connection failed', 4],
    ['the conversation ended', 5],
  ])('says the connection is lost when %s', (_case, connectionStatus) => {
    const { act, calls } = setUp();
    act(connected);
    act(status(connectionStatus));
    expect(calls).toEqual(['connectionLost']);
  });

  it('starts a new conversation, instead, when a resumed one never connects (expired, unknown to the server)', () => {
    const { act, calls } = setUp({ resumed: true });
    act(status(1));
    act(status(4));
    expect(calls).toEqual(['resumeFailed']);
  });

  it('says nothing once the chat was replaced (« Recommencer » ends the old connection)', () => {
    const { act, calls, chat } = setUp();
    act(connected);
    chat.replaced = true;
    act(status(5));
    expect(calls).toEqual([]);
  });
});
