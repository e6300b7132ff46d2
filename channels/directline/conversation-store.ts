import { Conversation } from './conversation';
import type { TokenClaims } from './token';

/** The bot turns of each conversation (queued elsewhere): a conversation with turns pending is never idle. */
export interface ConversationTurns {
  pending(conversationId: string): number;
  settled(conversationId: string): Promise<void>;
}

export interface ConversationStoreOptions {
  now: () => number;
  turns: ConversationTurns;
  idleMs: number;
  maxConversations: number;
  maxActivitiesPerConversation: number;
  /** How often idle conversations are swept; the lookup also drops them, the sweep only frees memory sooner. */
  sweepEveryMs?: number;
}

export class StoreFullError extends Error {
  constructor(limit: number) {
    super(`[DirectLine] ${limit} conversations already open`);
    this.name = 'StoreFullError';
  }
}

/**
 * The conversations of this process. Conversations nobody used (message or poll) for `idleMs` are dropped; the bot's
 * own state (storage) is unaffected, only the Direct Line transcript goes. A client's token expires about
 * when its conversation idles out (tokens live as long as the idle delay, and only a client using the conversation
 * renews them), so idle conversations are not re-opened.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly options: ConversationStoreOptions) {
    this.timer = setInterval(() => this.sweep(), options.sweepEveryMs ?? 60_000);
    this.timer.unref();
  }

  /** The live conversation `id`, marked as used; undefined when unknown or idle too long. */
  touch(id: string): Conversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    const now = this.options.now();
    if (this.isIdle(conversation, now)) {
      this.conversations.delete(id);
      return undefined;
    }
    conversation.lastActiveAt = now;
    return conversation;
  }

  /** Opens the conversation a token grants; throws `StoreFullError` when the process holds too many. */
  open(claims: TokenClaims): Conversation {
    return this.add(claims, false);
  }

  /**
   * Re-opens a conversation started elsewhere (before a restart, or on another instance): empty, numbered on from
   * the client's watermark. Same limit as `open`.
   */
  reopen(claims: TokenClaims): Conversation {
    return this.add(claims, true);
  }

  sweep(): void {
    const now = this.options.now();
    for (const [id, conversation] of this.conversations) {
      if (this.isIdle(conversation, now)) this.conversations.delete(id);
    }
  }

  /** Stops the sweep timer and waits for the turns in flight. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([...this.conversations.keys()].map((id) => this.options.turns.settled(id)));
  }

  private add(claims: TokenClaims, reopened: boolean): Conversation {
    this.sweep();
    if (this.conversations.size >= this.options.maxConversations)
      throw new StoreFullError(this.options.maxConversations);
    const { conversationId, userId, lang } = claims;
    const { maxActivitiesPerConversation, now } = this.options;
    const conversation = new Conversation(conversationId, userId, lang, maxActivitiesPerConversation, now(), reopened);
    this.conversations.set(conversationId, conversation);
    return conversation;
  }

  private isIdle(conversation: Conversation, now: number): boolean {
    return this.options.turns.pending(conversation.id) === 0 && now - conversation.lastActiveAt >= this.options.idleMs;
  }
}
