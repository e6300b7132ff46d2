import {
  chatSession,
  savedConversation,
  type DirectLineOptions,
  type FakeDirectLine,
  type SessionDeps,
} from './modules';

const KEY = savedConversation.STORAGE_KEY;

const PAGE = 'https://bot.example/chat?lang=fr';
const LOCAL = { domain: '/v3/directline', token: 'new-token', conversationId: 'c-new', webSocket: false };

/** sessionStorage as the browser gives it, in memory. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

/**
 * The page's dependencies: the token endpoint answers `status` with `session`; Direct Line's reconnect
 * (`GET …/conversations/:id`) answers `reconnectStatus` with a refreshed token.
 */
function setUp(session: object = LOCAL, status = 200, reconnectStatus = 200) {
  const storage = new MemoryStorage();
  const created: DirectLineOptions[] = [];
  const requests: string[] = [];
  const deps: SessionDeps = {
    createDirectLine: (options) => {
      created.push(options);
      return { ...options } as FakeDirectLine;
    },
    fetch: async (url) => {
      requests.push(url);
      if (url.includes('/conversations/')) {
        const body = { conversationId: 'c-1', token: 'reconnected', expires_in: 1800 };
        return { ok: reconnectStatus === 200, status: reconnectStatus, json: async () => body };
      }
      return { ok: status === 200, status, json: async () => session };
    },
    store: savedConversation.tabStore({ sessionStorage: storage }),
    baseUrl: PAGE,
  };
  const saved = () => JSON.parse(storage.getItem(KEY) ?? 'null') as Record<string, unknown> | null;
  return { deps, storage, created, requests, saved };
}

const options = { tokenUrl: '/api/directline/token?lang=fr', lang: 'fr' };

describe('chat-session.js: the page’s Direct Line connection, new or resumed from sessionStorage', () => {
  it('starts a new conversation from the token endpoint, and saves it once Direct Line names it', async () => {
    const { deps, created, requests, saved } = setUp();
    const connection = await chatSession.open(deps, options);
    expect(requests).toEqual(['/api/directline/token?lang=fr']);
    expect(created).toEqual([
      {
        domain: 'https://bot.example/v3/directline',
        token: 'new-token',
        webSocket: false,
        conversationId: undefined,
        watermark: undefined,
      },
    ]);
    expect(connection).toMatchObject({ resumed: false, lang: 'fr', webSocket: false });

    // DirectLineJS learns its conversation id on POST /conversations, refreshes its token and moves its watermark.
    Object.assign(connection.directLine, { conversationId: 'c-1', token: 'refreshed', watermark: '7' });
    connection.remember();
    expect(saved()).toEqual({
      conversationId: 'c-1',
      token: 'refreshed',
      watermark: '7',
      domain: 'https://bot.example/v3/directline',
      webSocket: false,
      lang: 'fr',
      asked: 'fr',
    });
    connection.remember({ lang: 'en' });
    expect(saved()).toMatchObject({ lang: 'en', token: 'refreshed' });
  });

  /** What a first page saved: conversation c-1, watermark 12, in English by then. */
  async function savedByAnEarlierPage(): Promise<string> {
    const first = setUp();
    const started = await chatSession.open(first.deps, options);
    Object.assign(started.directLine, { conversationId: 'c-1', watermark: '12' });
    started.remember({ lang: 'en' });
    return first.storage.getItem(KEY) ?? '';
  }

  it('resumes the saved conversation, checked with Direct Line, replaying it from its start', async () => {
    const reloaded = setUp();
    reloaded.storage.setItem(KEY, await savedByAnEarlierPage());
    const resumed = await chatSession.open(reloaded.deps, options);
    expect(reloaded.requests).toEqual(['https://bot.example/v3/directline/conversations/c-1?watermark=0']);
    expect(reloaded.created).toEqual([
      {
        domain: 'https://bot.example/v3/directline',
        token: 'reconnected',
        conversationId: 'c-1',
        watermark: '0',
        webSocket: false,
      },
    ]);
    expect(resumed).toMatchObject({ resumed: true, lang: 'en', saved: { watermark: '12' } });
  });

  it('starts a new conversation when the saved one is gone (expired, or the server has another key)', async () => {
    const reloaded = setUp(LOCAL, 200, 403);
    reloaded.storage.setItem(KEY, await savedByAnEarlierPage());
    const connection = await chatSession.open(reloaded.deps, options);
    expect(reloaded.requests).toEqual([
      'https://bot.example/v3/directline/conversations/c-1?watermark=0',
      '/api/directline/token?lang=fr',
    ]);
    expect(connection).toMatchObject({ resumed: false, lang: 'fr' });
    expect(reloaded.created[0]?.conversationId).toBeUndefined();
  });

  it('starts afresh when asked (« Recommencer »), and forgets the saved conversation on demand', async () => {
    const { deps, storage, requests, saved } = setUp();
    const domain = 'https://bot.example/v3/directline';
    const old = { conversationId: 'old', token: 't', watermark: '3', domain, webSocket: false, lang: 'fr' };
    storage.setItem(KEY, JSON.stringify(old));
    const connection = await chatSession.open(deps, { ...options, fresh: true });
    expect(requests).toHaveLength(1);
    expect(connection.resumed).toBe(false);
    connection.forget();
    expect(saved()).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['no token', JSON.stringify({ conversationId: 'c', domain: 'https://bot.example', webSocket: false, lang: 'fr' })],
    [
      'an unknown language',
      JSON.stringify({ conversationId: 'c', token: 't', domain: 'd', webSocket: false, lang: 'de' }),
    ],
  ])('ignores a saved value that is %s', async (_case, value) => {
    const { deps, storage, requests } = setUp();
    storage.setItem(KEY, value);
    expect((await chatSession.open(deps, options)).resumed).toBe(false);
    expect(requests).toHaveLength(1);
  });

  it('works without storage (the browser refuses it): nothing is saved, nothing fails', async () => {
    const { deps } = setUp();
    const denied = {
      get sessionStorage(): Storage {
        throw new Error('Access is denied for this document.');
      },
    };
    const connection = await chatSession.open({ ...deps, store: savedConversation.tabStore(denied) }, options);
    Object.assign(connection.directLine, { conversationId: 'c-1' });
    expect(() => connection.remember()).not.toThrow();
  });

  it('says "busy" when the server refuses more conversations (429), "unavailable" otherwise', async () => {
    await expect(chatSession.open(setUp(LOCAL, 429).deps, options)).rejects.toThrow('busy');
    await expect(chatSession.open(setUp(LOCAL, 502).deps, options)).rejects.toThrow('unavailable');
  });
});
