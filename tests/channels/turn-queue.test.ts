import { setTimeout as sleep } from 'node:timers/promises';
import { ActivityTypes, TestAdapter, TurnContext } from 'botbuilder';
import { ConcurrencySafeConversationState } from '../../bots/state';
import { conversationTurnKey, queuedTurns, TurnQueue } from '../../channels/turn-queue';
import { SqliteDocumentStore } from '../../storage/documents/sqlite-document-store';
import { StorageConflictError } from '../../storage/errors';
import { sqliteMemory } from '../storage/backends';

/** A turn that reads a counter, works a while (so turns overlap), then writes it back. */
function countingBot(state: ConcurrencySafeConversationState, running: { now: number; max: number }) {
  const counter = state.createProperty<number>('counter');
  return async (context: TurnContext): Promise<void> => {
    running.now += 1;
    running.max = Math.max(running.max, running.now);
    try {
      const count = await counter.get(context, 0);
      await sleep(20);
      await counter.set(context, count + 1);
      await state.saveChanges(context);
    } finally {
      running.now -= 1;
    }
  };
}

const message = (conversationId: string) => ({
  type: ActivityTypes.Message,
  channelId: 'test',
  text: 'bonjour',
  conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
});

describe('the turn queue as adapter middleware', () => {
  const backend = sqliteMemory();
  let state: ConcurrencySafeConversationState;
  beforeAll(async () => {
    state = new ConcurrencySafeConversationState(await SqliteDocumentStore.open((await backend.connect()).database));
  });
  afterAll(() => backend.cleanup());

  it('runs overlapping turns of one conversation one after the other, so none conflicts', async () => {
    const running = { now: 0, max: 0 };
    const queue = new TurnQueue();
    const adapter = new TestAdapter().use(queuedTurns(queue));
    const bot = countingBot(state, running);
    await Promise.all([1, 2, 3].map(() => adapter.processActivity(message('same'), bot)));
    expect(running.max).toBe(1);
    const nextTurn = new TurnContext(new TestAdapter(), message('same'));
    await expect(state.createProperty<number>('counter').get(nextTurn)).resolves.toBe(3);
    expect(queue.pending(conversationTurnKey('test', 'same'))).toBe(0);
  });

  it('still runs different conversations in parallel', async () => {
    const running = { now: 0, max: 0 };
    const adapter = new TestAdapter().use(queuedTurns(new TurnQueue()));
    await Promise.all(['a', 'b', 'c'].map((id) => adapter.processActivity(message(id), countingBot(state, running))));
    expect(running.max).toBe(3);
  });

  it('is needed: without it, overlapping turns of one conversation conflict', async () => {
    const running = { now: 0, max: 0 };
    const adapter = new TestAdapter();
    const turns = [1, 2].map(() => adapter.processActivity(message('unqueued'), countingBot(state, running)));
    const outcomes = await Promise.allSettled(turns);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(StorageConflictError);
  });
});

describe('TurnQueue', () => {
  it('lets the next work of a key run after one failed, and counts what is pending', async () => {
    const queue = new TurnQueue();
    const failing = queue.run('k', async () => {
      await sleep(10);
      throw new Error('boom');
    });
    const next = queue.run('k', async () => 'ok');
    expect(queue.pending('k')).toBe(2);
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
    expect(queue.pending('k')).toBe(0);
  });

  it('runs work nested under a key it holds at once (a channel queueing around the adapter’s turn)', async () => {
    const queue = new TurnQueue();
    const order: string[] = [];
    const outer = queue.run('k', async () => {
      order.push('outer starts');
      await queue.run('k', async () => void order.push('inner, without waiting for itself'));
      await queue.run('other', async () => void order.push('another key'));
      order.push('outer ends');
    });
    const later = queue.run('k', async () => void order.push('next work of k'));
    await Promise.all([outer, later]);
    expect(order).toEqual([
      'outer starts',
      'inner, without waiting for itself',
      'another key',
      'outer ends',
      'next work of k',
    ]);
  });

  it('settles once the work queued so far is done, per key or for every key', async () => {
    const queue = new TurnQueue();
    const done: string[] = [];
    void queue.run('a', async () => {
      await sleep(20);
      done.push('a');
    });
    void queue.run('b', async () => {
      await sleep(5);
      done.push('b');
    });
    await queue.settled('b');
    expect(done).toEqual(['b']);
    await queue.settled();
    expect(done).toEqual(['b', 'a']);
    await expect(queue.settled('never-used')).resolves.toBeUndefined();
  });

  it('is not poisoned by work that hangs: the next work of the key starts after maxWaitMs, and the queue goes on', async () => {
    const overtime: string[] = [];
    const queue = new TurnQueue({ maxWaitMs: 50, onOvertime: (key) => overtime.push(key) });
    void queue.run('k', () => new Promise<never>(() => undefined));
    const started = Date.now();
    await expect(queue.run('k', async () => 'second')).resolves.toBe('second');
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    await expect(queue.run('k', async () => 'third')).resolves.toBe('third');
    expect(overtime).toEqual(['k']);
    expect(queue.pending('k')).toBe(1);
  });

  it('waits as long as the previous work takes when it ends within maxWaitMs', async () => {
    const queue = new TurnQueue({ maxWaitMs: 1000, onOvertime: () => undefined });
    const order: string[] = [];
    void queue.run('k', async () => {
      await sleep(30);
      order.push('first');
    });
    await queue.run('k', async () => void order.push('second'));
    expect(order).toEqual(['first', 'second']);
  });
});
