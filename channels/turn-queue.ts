import { AsyncLocalStorage } from 'node:async_hooks';
import type { Middleware, TurnContext } from 'botbuilder';

/** The queue key of a conversation's turns, the same for the adapter and for a channel queueing its own work. */
export function conversationTurnKey(channelId: string, conversationId: string): string {
  return `${channelId}/${conversationId}`;
}

interface Lane {
  /** Resolves when the last queued work of the key has finished. */
  tail: Promise<void>;
  /** Work queued or running. */
  pending: number;
}

const NOTHING_HELD: ReadonlySet<string> = new Set();
const ignore = (): void => undefined;

/**
 * The turns of each conversation, one after the other, within this process; different conversations run in
 * parallel. Two quick messages would otherwise run concurrently and the second state save would fail with an eTag
 * conflict; queued, the second turn starts after the first has saved, and sees its state. Across processes the eTag
 * check remains the guard.
 *
 * One queue serves every channel: the adapter's middleware queues each turn, and a channel that does more around a
 * turn (the local Direct Line shows typing, then posts the replies in order) runs that work under the same key.
 * Work already holding a key (the bot turn inside the Direct Line's work) runs at once instead of waiting for itself.
 */
export class TurnQueue {
  private readonly lanes = new Map<string, Lane>();
  private readonly held = new AsyncLocalStorage<ReadonlySet<string>>();

  /** Runs `work` once the earlier work of `key` has finished (failed work does not stop the next). */
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const held = this.held.getStore() ?? NOTHING_HELD;
    if (held.has(key)) return work();
    const lane = this.lanes.get(key) ?? { tail: Promise.resolve(), pending: 0 };
    this.lanes.set(key, lane);
    lane.pending += 1;
    const holding = new Set(held).add(key);
    const result = lane.tail.then(() => this.held.run(holding, work));
    lane.tail = result.then(ignore, ignore).then(() => {
      lane.pending -= 1;
      if (lane.pending === 0 && this.lanes.get(key) === lane) this.lanes.delete(key);
    });
    return result;
  }

  /** Work of `key` queued or running (a channel refuses new messages beyond a limit). */
  pending(key: string): number {
    return this.lanes.get(key)?.pending ?? 0;
  }

  /** Resolves once the work queued so far under `key` (every key without one) has finished: shutdown waits for it. */
  async settled(key?: string): Promise<void> {
    const lanes = key === undefined ? [...this.lanes.values()] : [this.lanes.get(key)];
    await Promise.all(lanes.map((lane) => lane?.tail));
  }
}

/** Adapter middleware: each turn waits for the earlier turns of its conversation. Register it first. */
export function queuedTurns(queue: TurnQueue): Middleware {
  return {
    onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const { channelId, conversation } = context.activity;
      return conversation?.id ? queue.run(conversationTurnKey(channelId, conversation.id), next) : next();
    },
  };
}
