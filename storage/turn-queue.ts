import type { Middleware, TurnContext } from 'botbuilder';

/**
 * Adapter middleware that runs the turns of one conversation one after the other within this process.
 *
 * Two quick messages would otherwise run concurrently, and with `ConcurrencySafeConversationState` the second
 * save would fail with an eTag conflict. Queued, the second turn starts after the first has saved, and sees its
 * state. Across processes the eTag check remains the guard. Turns of different conversations still run in parallel.
 * Register it first (`adapter.use(new ConversationTurnQueue())`) and save state inside the bot's turn.
 */
export class ConversationTurnQueue implements Middleware {
  /** The promise the next turn of each busy conversation must wait for. */
  private readonly tails = new Map<string, Promise<void>>();

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = conversationKey(context);
    if (!key) {
      return next();
    }
    const previous = this.tails.get(key) ?? Promise.resolve();
    let finish: () => void = () => undefined;
    const current = new Promise<void>((resolve) => (finish = resolve));
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    try {
      await previous;
      await next();
    } finally {
      finish();
      if (this.tails.get(key) === tail) {
        this.tails.delete(key);
      }
    }
  }

  /** Number of conversations with a turn running or waiting (for tests and health checks). */
  get busyConversations(): number {
    return this.tails.size;
  }
}

function conversationKey(context: TurnContext): string | undefined {
  const { channelId, conversation } = context.activity;
  return conversation?.id ? `${channelId}/${conversation.id}` : undefined;
}
