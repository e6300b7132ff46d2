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
 * Longest wait for the conversation's previous turn. Storage has its own time limits, so a turn should never come
 * near it; if one hangs anyway, the conversation's next turns go on instead of waiting behind it forever.
 */
export const MAX_TURN_WAIT_MS = 15_000;

export interface TurnQueueOptions {
  maxWaitMs?: number;
  /** Told when a turn stopped waiting for a previous one that was still running. */
  onOvertime?: (key: string) => void;
}

/** Resolves when `previous` settles, or after `ms` (false then), whichever comes first. */
function settledWithin(previous: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void previous.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * The turns of each conversation, one after the other, within this process; different conversations run in
 * parallel. Two quick messages would otherwise run concurrently and the second state save would fail with an eTag
 * conflict; queued, the second turn starts after the first has saved, and sees its state. Across processes the eTag
 * check remains the guard.
 *
 * One queue serves every channel: the adapter's middleware queues each turn, and a channel that does more around a
 * turn (the local Direct Line shows typing, then posts the replies in order) runs that work under the same key.
 * Work already holding a key (the bot turn inside the Direct Line's work) runs at once instead of waiting for itself.
 * Failed work does not stop the next, and work that hangs holds the next back `maxWaitMs` at most.
 */
export class TurnQueue {
  private readonly lanes = new Map<string, Lane>();
  private readonly held = new AsyncLocalStorage<ReadonlySet<string>>();
  private readonly maxWaitMs: number;
  private readonly onOvertime: (key: string) => void;

  constructor(options: TurnQueueOptions = {}) {
    this.maxWaitMs = options.maxWaitMs ?? MAX_TURN_WAIT_MS;
    this.onOvertime =
      options.onOvertime ?? ((key) => console.warn(`[TurnQueue] ${key}: the previous turn still runs; this one goes on`));
  }

  /** Runs `work` once the earlier work of `key` has finished (failed work does not stop the next). */
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const held = this.held.getStore() ?? NOTHING_HELD;
    if (held.has(key)) return work();
    const lane = this.lanes.get(key) ?? { tail: Promise.resolve(), pending: 0 };
    this.lanes.set(key, lane);
    lane.pending += 1;
    const holding = new Set(held).add(key);
    const previous = lane.tail;
    const result = settledWithin(previous, this.maxWaitMs).then((settled) => {
      if (!settled) this.onOvertime(key);
      return this.held.run(holding, work);
    });
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
