import type { Activity, ChannelAccount, ConversationAccount } from 'botbuilder';
import { translator } from '../../locales';
import type { BotTurn } from '../bot-turn';
import { conversationTurnKey, type TurnQueue } from '../turn-queue';
import type { Conversation } from './conversation';

export const WEBCHAT_CHANNEL_ID = 'webchat';

/** Reply types a Direct Line client can use; `trace` and `delay` are for emulators and connectors. */
const FORWARDED_TYPES = new Set(['message', 'typing', 'event', 'endOfConversation']);

const turnKey = (conversationId: string): string => conversationTurnKey(WEBCHAT_CHANNEL_ID, conversationId);

export interface BridgeOptions {
  botTurn: BotTurn;
  /** The bot's turn queue: each conversation's work (typing, turn, replies) waits for its earlier turns there. */
  turns: TurnQueue;
  bot: ChannelAccount;
  now: () => number;
  log?: (message: string, error: unknown) => void;
}

/**
 * Between the Direct Line conversations and the bot: runs each conversation's turns one at a time (in the bot's
 * turn queue), shows a typing indicator while a turn runs, and stamps the replies (id, timestamp, sender,
 * recipient, replyToId).
 */
export class BotBridge {
  constructor(private readonly options: BridgeOptions) {}

  /** Web Chat sends no conversationUpdate: the server opens the conversation so the bot can greet the user. */
  start(conversation: Conversation): Promise<void> {
    const update: Partial<Activity> = {
      type: 'conversationUpdate',
      membersAdded: [{ id: conversation.userId, role: 'user' } as ChannelAccount],
      from: { id: conversation.userId, role: 'user' } as ChannelAccount,
      locale: conversation.lang,
    };
    // No replyToId on the welcome: Web Chat would wait 5 s for an activity it never receives.
    return this.queue(conversation, () => this.runTurn(conversation, update, undefined));
  }

  /** Echoes the user's activity into the stream at once (Web Chat needs it back) and queues the bot's turn. */
  receive(conversation: Conversation, inbound: Partial<Activity>): { id: string; turn: Promise<void> } {
    const echoed = conversation.append(
      { ...inbound, channelId: WEBCHAT_CHANNEL_ID, recipient: this.options.bot },
      this.options.now(),
    );
    const id = echoed.id as string;
    if (inbound.type === 'typing') return { id, turn: Promise.resolve() };
    const turn = this.queue(conversation, () => this.runTurn(conversation, echoed, id));
    return { id, turn };
  }

  /** Turns of the conversation queued or running. */
  pending(conversationId: string): number {
    return this.options.turns.pending(turnKey(conversationId));
  }

  /** Resolves once the turns of the conversation queued so far have finished. */
  settled(conversationId: string): Promise<void> {
    return this.options.turns.settled(turnKey(conversationId));
  }

  /** Under the key the adapter gives the same turn: the bot turn inside runs at once, not after itself. */
  private queue(conversation: Conversation, work: () => Promise<void>): Promise<void> {
    return this.options.turns.run(turnKey(conversation.id), work);
  }

  private async runTurn(conversation: Conversation, incoming: Partial<Activity>, replyToId: string | undefined) {
    // A turn can compute for seconds before its first await (cold recognizers): let the POST's answer leave first.
    await new Promise((resolve) => setImmediate(resolve));
    this.append(conversation, { type: 'typing' }, replyToId);
    const activity: Partial<Activity> = {
      ...incoming,
      id: incoming.id ?? `${conversation.id}|start`,
      channelId: WEBCHAT_CHANNEL_ID,
      conversation: { id: conversation.id } as ConversationAccount,
      recipient: this.options.bot,
      locale: incoming.locale ?? conversation.lang,
    };
    try {
      const replies = await this.options.botTurn(activity);
      for (const reply of replies.filter((item) => FORWARDED_TYPES.has(item.type ?? 'message'))) {
        this.append(conversation, reply, replyToId);
      }
    } catch (error) {
      this.options.log?.(`[DirectLine] bot turn failed in conversation ${conversation.id}`, error);
      const text = translator(conversation.lang, 'web')('chat.botError');
      this.append(conversation, { type: 'message', text }, replyToId);
    }
  }

  private append(conversation: Conversation, reply: Partial<Activity>, replyToId: string | undefined): void {
    conversation.append(
      {
        ...reply,
        type: reply.type ?? 'message',
        channelId: WEBCHAT_CHANNEL_ID,
        from: { ...this.options.bot, role: 'bot' } as ChannelAccount,
        recipient: { id: conversation.userId, role: 'user' } as ChannelAccount,
        replyToId,
      },
      this.options.now(),
    );
  }
}
