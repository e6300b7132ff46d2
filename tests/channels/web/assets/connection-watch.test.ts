import { connectionWatch } from './modules';

/** A rxjs 5 response as far as connection-watch.js uses it: `retryWhen` hands over the factory it is given. */
class FakeResponse {
  retryFactory?: (errors: unknown) => unknown;
  retryWhen(factory: (errors: unknown) => unknown): string {
    this.retryFactory = factory;
    return 'retrying response';
  }
}

/** The function each poll error goes through (it throws to give up), from the `retryWhen` factory. */
function retryDecision(response: FakeResponse): (error: { status: number }, attempt: number) => unknown {
  let decide: ((error: { status: number }, attempt: number) => unknown) | undefined;
  const errors = {
    map: (mapper: typeof decide) => {
      decide = mapper;
      return { delay: () => 'delayed errors' };
    },
  };
  response.retryFactory?.(errors);
  if (!decide) throw new Error('connection-watch.js did not retry the poll');
  return decide;
}

describe('connection-watch.js', () => {
  it.each([
    [3, true],
    [4, true],
    [5, true],
    [2, false],
    [1, false],
  ])('counts connection status %i as lost: %s', (connectionStatus, lost) => {
    const action = { type: 'DIRECT_LINE/UPDATE_CONNECTION_STATUS', payload: { connectionStatus } };
    expect(connectionWatch.isLost(action)).toBe(lost);
    expect(connectionWatch.isLost({ type: 'DIRECT_LINE/CONNECT_FULFILLED' })).toBe(false);
  });

  it('retries polls that find the server gone, a while, then gives up; nothing else is retried', () => {
    const response = new FakeResponse();
    const directLine = { services: { ajax: (_request: object): unknown => response } };
    let gaveUp = 0;
    connectionWatch.keepPolling(directLine, () => (gaveUp += 1));
    const { ajax } = directLine.services;
    const poll = { method: 'GET', url: 'http://bot.example/v3/directline/conversations/c/activities?watermark=7' };
    expect(ajax({ method: 'POST', url: 'http://bot.example/v3/directline/conversations/c/activities' })).toBe(
      response,
    );
    expect(ajax(poll)).toBe('retrying response');

    const decide = retryDecision(response);
    for (const transient of [0, 502, 503, 504]) expect(decide({ status: transient }, 3)).toEqual({ status: transient });
    for (const final of [400, 403, 404]) expect(() => decide({ status: final }, 0)).toThrow();
    expect(gaveUp).toBe(0);
    expect(() => decide({ status: 0 }, 90)).toThrow();
    expect(gaveUp).toBe(1);
  });

  it('says once that a resumed conversation lost its history when the first poll comes back behind the tab', () => {
    /** A rxjs 5 response as far as watchHistory uses it: `map` runs its function on the poll's answer. */
    const answer = (watermark: string) => ({
      map: (mapper: (result: unknown) => unknown) => mapper({ response: { activities: [], watermark } }),
    });
    const poll = { method: 'GET', url: 'http://bot.example/v3/directline/conversations/c/activities?watermark=0' };
    const watermarks = ['0', '0'];
    const directLine = { services: { ajax: (_request: object): unknown => answer(watermarks.shift() ?? '0') } };
    let lost = 0;
    connectionWatch.watchHistory(directLine, '12', () => (lost += 1));
    directLine.services.ajax(poll);
    directLine.services.ajax(poll);
    expect(lost).toBe(1);

    const kept = { services: { ajax: (_request: object): unknown => answer('14') } };
    connectionWatch.watchHistory(kept, '12', () => (lost += 1));
    kept.services.ajax(poll);
    expect(lost).toBe(1);
  });
});
