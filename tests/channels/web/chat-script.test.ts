import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { projectPath } from '../../../config/paths';
import { FakeElement } from './fake-dom';

const asset = (name: string) => readFileSync(projectPath('channels', 'web', 'assets', name), 'utf8');
/** In the page's order: connection-watch.js, then chat.js. */
const SCRIPTS = [asset('connection-watch.js'), asset('chat.js')];
const PAGE = 'http://bot.example/chat?lang=en';
const LOCAL = { domain: '/v3/directline', token: 'local-token', webSocket: false };

type Action = { type: string; payload?: unknown };
type Next = (action: Action) => Action;
type Middleware = (store: { dispatch: (action: Action) => void }) => (next: Next) => Next;
type Ajax = (request: { method: string; url: string }) => unknown;

interface FakeDirectLine {
  domain: string;
  services: { ajax: Ajax };
  ended: boolean;
  end(): void;
}

interface Rendered {
  options: {
    directLine: FakeDirectLine;
    locale: string;
    store: { middleware: Middleware };
    styleOptions: Record<string, unknown>;
  };
  host: FakeElement;
}

/** A rxjs 5 response as far as chat.js uses it: `retryWhen` hands over the factory it is given. */
class FakeResponse {
  retryFactory?: (errors: unknown) => unknown;
  retryWhen(factory: (errors: unknown) => unknown): string {
    this.retryFactory = factory;
    return 'retrying response';
  }
}

/** The function chat.js maps each poll error through (it throws to give up), from its `retryWhen` factory. */
function retryDecision(response: FakeResponse): (error: { status: number }, attempt: number) => unknown {
  let decide: ((error: { status: number }, attempt: number) => unknown) | undefined;
  const errors = {
    map: (mapper: typeof decide) => {
      decide = mapper;
      return { delay: () => 'delayed errors' };
    },
  };
  response.retryFactory?.(errors);
  if (!decide) throw new Error('chat.js did not retry the poll');
  return decide;
}

/** Runs the chat scripts as the English chat page would, with a fake Web Chat and DOM; each render is recorded. */
function runChatScript(sessions: object[]) {
  const renders: Rendered[] = [];
  const tokenRequests: string[] = [];
  const response = new FakeResponse();
  const card = new FakeElement('section');
  const host = card.appendChild(
    new FakeElement('div', {
      tokenUrl: '/api/directline/token?lang=en',
      lang: 'en',
      locale: 'en-US',
      nonce: 'n0nce',
      msgConnectionLost: 'Connection lost',
      msgRestart: 'Start a new conversation',
      maxLength: '2000',
    }),
  );
  host.id = 'webchat';
  const WebChat = {
    createDirectLine: (options: { domain: string }): FakeDirectLine => ({
      ...options,
      services: { ajax: () => response },
      ended: false,
      end() {
        this.ended = true;
      },
    }),
    createStore: (_initial: object, middleware: Middleware) => ({ middleware }),
    renderWebChat: (options: Rendered['options'], element: FakeElement) => {
      const sendBox = element.appendChild(new FakeElement('input'));
      sendBox.className = 'webchat__send-box-text-box__input';
      renders.push({ options, host: element });
    },
  };
  const location = { href: PAGE, origin: new URL(PAGE).origin };
  class MutationObserver {
    observe(): void {}
  }
  const window = { WebChat, location, MutationObserver, addEventListener: () => undefined };
  const document = {
    getElementById: (id: string) => card.find((element) => element.id === id),
    createElement: (tag: string) => new FakeElement(tag),
  };
  const fetch = async (url: string) => {
    tokenRequests.push(url);
    const session = sessions[Math.min(tokenRequests.length - 1, sessions.length - 1)];
    return { ok: true, status: 200, json: async () => session };
  };
  const context = createContext({ window, document, fetch, URL, setTimeout });
  for (const script of SCRIPTS) runInContext(script, context);
  return { renders, tokenRequests, card, response };
}

async function rendered(renders: Rendered[], count: number): Promise<Rendered> {
  for (let tries = 0; tries < 50 && renders.length < count; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (renders.length < count) throw new Error(`chat.js rendered Web Chat ${renders.length} times, not ${count}`);
  return renders[count - 1];
}

/** What the store's middleware dispatches when Web Chat passes it `action`. */
function dispatchedOn(middleware: Middleware, action: Action): { dispatched: Action[]; passedOn: Action[] } {
  const dispatched: Action[] = [];
  const passedOn: Action[] = [];
  const next: Next = (passed) => {
    passedOn.push(passed);
    return passed;
  };
  middleware({ dispatch: (sent) => dispatched.push(sent) })(next)(action);
  return { dispatched: JSON.parse(JSON.stringify(dispatched)) as Action[], passedOn };
}

const status = (connectionStatus: number): Action => ({
  type: 'DIRECT_LINE/UPDATE_CONNECTION_STATUS',
  payload: { connectionStatus },
});

function notices(card: FakeElement): FakeElement[] {
  return card.findAll((element) => element.className === 'webchat-notice');
}

describe('chat.js', () => {
  it('with Azure’s Direct Line, posts webchat/join with the page’s language once connected', async () => {
    const azure = 'https://europe.directline.botframework.com/v3/directline';
    const { renders } = runChatScript([{ domain: azure, token: 'azure-token', webSocket: true }]);
    const { options } = await rendered(renders, 1);
    expect(options.directLine.domain).toBe(azure);
    const { middleware } = options.store;

    const connected = dispatchedOn(middleware, { type: 'DIRECT_LINE/CONNECT_FULFILLED' });
    expect(connected.dispatched).toEqual([
      { type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { language: 'en' } } },
    ]);
    expect(connected.passedOn).toEqual([{ type: 'DIRECT_LINE/CONNECT_FULFILLED' }]);
    expect(dispatchedOn(middleware, { type: 'DIRECT_LINE/POST_ACTIVITY' }).dispatched).toEqual([]);
  });

  it('with the server’s own Direct Line, which starts the conversation itself, sends nothing more', async () => {
    const { renders } = runChatScript([LOCAL]);
    const { options } = await rendered(renders, 1);
    expect(options.directLine.domain).toBe('http://bot.example/v3/directline');
    expect(options.locale).toBe('en-US');
    expect(options.styleOptions.maxMessageLength).toBe(2000);
    expect(dispatchedOn(options.store.middleware, { type: 'DIRECT_LINE/CONNECT_FULFILLED' }).dispatched).toEqual([]);
  });

  it('limits the send box to the length the page gives', async () => {
    const { renders } = runChatScript([LOCAL]);
    const { host } = await rendered(renders, 1);
    expect(host.querySelector('.webchat__send-box-text-box__input')?.maxLength).toBe(2000);
  });

  it.each([
    ['the token is refused (expired, or another key)', 3],
    ['the connection failed', 4],
    ['the conversation ended', 5],
  ])('shows a notice with a restart button when %s, once', async (_case, connectionStatus) => {
    const { renders, card } = runChatScript([LOCAL]);
    const { options, host } = await rendered(renders, 1);
    dispatchedOn(options.store.middleware, status(2));
    expect(notices(card)).toEqual([]);
    dispatchedOn(options.store.middleware, status(connectionStatus));
    dispatchedOn(options.store.middleware, status(5));
    const [notice, ...others] = notices(card);
    expect(others).toEqual([]);
    expect(notice.attributes.role).toBe('alert');
    expect(notice.text()).toContain('Connection lost');
    expect(card.children.indexOf(notice)).toBe(card.children.indexOf(host) + 1);
    const button = notice.find((element) => element.tagName === 'button');
    expect(button).toMatchObject({ type: 'button', textContent: 'Start a new conversation' });
  });

  it('restarts with a new token in a fresh container, and the old connection’s end is no news', async () => {
    const { renders, card, tokenRequests } = runChatScript([LOCAL, { ...LOCAL, token: 'second-token' }]);
    const first = await rendered(renders, 1);
    dispatchedOn(first.options.store.middleware, status(3));
    notices(card)[0].find((element) => element.tagName === 'button')?.click();
    const second = await rendered(renders, 2);
    expect(tokenRequests).toEqual(['/api/directline/token?lang=en', '/api/directline/token?lang=en']);
    expect(first.options.directLine.ended).toBe(true);
    expect(second.host).not.toBe(first.host);
    expect(second.host.id).toBe('webchat');
    expect(card.children).toEqual([second.host]);
    const sendBox = second.host.querySelector('.webchat__send-box-text-box__input');
    for (let tries = 0; tries < 20 && !sendBox?.focused; tries += 1) await new Promise((done) => setTimeout(done, 10));
    expect(sendBox?.focused).toBe(true);
    dispatchedOn(first.options.store.middleware, status(5));
    expect(notices(card)).toEqual([]);
  });

  it('retries polls that find the server gone, a while, then shows the notice; nothing else is retried', async () => {
    const { renders, card, response } = runChatScript([LOCAL]);
    const { options } = await rendered(renders, 1);
    const ajax = options.directLine.services.ajax;
    const poll = { method: 'GET', url: 'http://bot.example/v3/directline/conversations/c/activities?watermark=7' };
    expect(ajax({ method: 'POST', url: 'http://bot.example/v3/directline/conversations/c/activities' })).toBe(
      response,
    );
    expect(ajax(poll)).toBe('retrying response');

    const decide = retryDecision(response);
    for (const transient of [0, 502, 503, 504]) expect(decide({ status: transient }, 3)).toEqual({ status: transient });
    for (const final of [400, 403, 404]) expect(() => decide({ status: final }, 0)).toThrow();
    expect(notices(card)).toEqual([]);
    expect(() => decide({ status: 0 }, 90)).toThrow();
    expect(notices(card)).toHaveLength(1);
  });
});
