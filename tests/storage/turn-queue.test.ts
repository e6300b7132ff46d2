import { setTimeout as sleep } from 'node:timers/promises';
import { ActivityTypes, TestAdapter, TurnContext } from 'botbuilder';
import { ConcurrencySafeConversationState } from '../../storage/concurrency-safe-state';
import { StorageConflictError } from '../../storage/errors';
import { SqliteStorage } from '../../storage/sqlite-storage';
import { ConversationTurnQueue } from '../../storage/turn-queue';

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

describe('ConversationTurnQueue', () => {
  let storage: SqliteStorage;
  let state: ConcurrencySafeConversationState;

  beforeEach(() => {
    storage = new SqliteStorage(':memory:');
    state = new ConcurrencySafeConversationState(storage);
  });
  afterEach(() => storage.close());

  it('runs overlapping turns of one conversation one after the other, so none conflicts', async () => {
    const running = { now: 0, max: 0 };
    const queue = new ConversationTurnQueue();
    const adapter = new TestAdapter().use(queue);
    const bot = countingBot(state, running);
    await Promise.all([1, 2, 3].map(() => adapter.processActivity(message('same'), bot)));
    expect(running.max).toBe(1);
    const nextTurn = new TurnContext(new TestAdapter(), message('same'));
    await expect(state.createProperty<number>('counter').get(nextTurn)).resolves.toBe(3);
    expect(queue.busyConversations).toBe(0);
  });

  it('still runs different conversations in parallel', async () => {
    const running = { now: 0, max: 0 };
    const adapter = new TestAdapter().use(new ConversationTurnQueue());
    await Promise.all(['a', 'b', 'c'].map((id) => adapter.processActivity(message(id), countingBot(state, running))));
    expect(running.max).toBe(3);
  });

  it('is needed: without it, overlapping turns of one conversation conflict', async () => {
    const running = { now: 0, max: 0 };
    const adapter = new TestAdapter();
    const turns = [1, 2].map(() => adapter.processActivity(message('same'), countingBot(state, running)));
    const outcomes = await Promise.allSettled(turns);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(StorageConflictError);
  });

  it('lets the next turn run after a turn failed', async () => {
    const queue = new ConversationTurnQueue();
    const adapter = new TestAdapter().use(queue);
    const failing = adapter.processActivity(message('same'), async () => {
      await sleep(10);
      throw new Error('boom');
    });
    const next = adapter.processActivity(message('same'), async (context) => {
      await context.sendActivity('ok');
    });
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBeUndefined();
    expect(queue.busyConversations).toBe(0);
  });
});
