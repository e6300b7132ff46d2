import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { projectPath } from '../../../config/paths';

const SCRIPT = readFileSync(projectPath('channels', 'web', 'assets', 'chat.js'), 'utf8');
const PAGE = 'http://bot.example/chat?lang=en';

type Action = { type: string; payload?: unknown };
type Next = (action: Action) => Action;
type Middleware = (store: { dispatch: (action: Action) => void }) => (next: Next) => Next;

interface Rendered {
  options: { directLine: { domain: string }; locale: string; store?: { middleware: Middleware } };
}

/** Runs chat.js as the English chat page would, with a fake Web Chat, and resolves once it rendered. */
async function runChatScript(session: { domain: string; token: string; webSocket: boolean }): Promise<Rendered> {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('chat.js did not render Web Chat')), 2000);
    const host = {
      dataset: { tokenUrl: '/api/directline/token?lang=en', lang: 'en', locale: 'en-US', nonce: 'n0nce' },
      textContent: '',
      querySelector: () => null,
      appendChild: () => undefined,
    };
    const WebChat = {
      createDirectLine: (options: { domain: string }) => options,
      createStore: (_initial: object, middleware: Middleware) => ({ middleware }),
      renderWebChat: (options: Rendered['options']) => {
        clearTimeout(timeout);
        resolve({ options });
      },
    };
    const location = { href: PAGE, origin: new URL(PAGE).origin };
    const window = { WebChat, location, addEventListener: () => undefined };
    const document = { getElementById: (id: string) => (id === 'webchat' ? host : null) };
    const fetch = async () => ({ ok: true, status: 200, json: async () => session });
    runInNewContext(SCRIPT, { window, document, fetch, URL, setTimeout });
  });
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

describe('chat.js', () => {
  it('with Azure’s Direct Line, posts webchat/join with the page’s language once connected', async () => {
    const azure = 'https://europe.directline.botframework.com/v3/directline';
    const { options } = await runChatScript({ domain: azure, token: 'azure-token', webSocket: true });
    expect(options.directLine.domain).toBe(azure);
    const middleware = options.store?.middleware;
    if (!middleware) throw new Error('no store: the page would never announce itself');

    const connected = dispatchedOn(middleware, { type: 'DIRECT_LINE/CONNECT_FULFILLED' });
    expect(connected.dispatched).toEqual([
      { type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { language: 'en' } } },
    ]);
    expect(connected.passedOn).toEqual([{ type: 'DIRECT_LINE/CONNECT_FULFILLED' }]);
    expect(dispatchedOn(middleware, { type: 'DIRECT_LINE/POST_ACTIVITY' }).dispatched).toEqual([]);
  });

  it('with the server’s own Direct Line, which starts the conversation itself, sends nothing more', async () => {
    const { options } = await runChatScript({ domain: '/v3/directline', token: 'local-token', webSocket: false });
    expect(options.directLine.domain).toBe('http://bot.example/v3/directline');
    expect(options.store).toBeUndefined();
    expect(options.locale).toBe('en-US');
  });
});
