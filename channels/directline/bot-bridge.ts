import type { Activity, ChannelAccount, ConversationAccount } from 'botbuilder';
import { translator } from '../../locales';
import type { BotTurn } from '../bot-turn';
import type { Conversation } from './conversation';

export const WEBCHAT_CHANNEL_ID = 'webchat';

/** Reply types a Direct Line client can use; `trace` and `delay` are for emulators and connectors. */
const FORWARDED_TYPES = new Set(['message', 'typing', 'event', 'endOfConversation']);

export interface BridgeOptions {
  botTurn: BotTurn;
  bot: ChannelAccount;
  now: () => number;
  log?: (message: string, error: unknown) => void;
}

/**
 * Between the Direct Line conversations and the bot: queues each conversation's turns one at a time, shows a typing
 * indicator while a turn runs, and stamps the replies (id, timestamp, sender, recipient, replyToId).
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
    return conversation.enqueue(() => this.runTurn(conversation, update, undefined));
  }

  /** Echoes the user's activity into the stream at once (Web Chat needs it back) and queues the bot's turn. */
  receive(conversation: Conversation, inbound: Partial<Activity>): { id: string; turn: Promise<void> } {
    const echoed = conversation.append(
      { ...inbound, channelId: WEBCHAT_CHANNEL_ID, recipient: this.options.bot },
      this.options.now(),
    );
    const id = echoed.id as string;
    if (inbound.type === 'typing') return { id, turn: Promise.resolve() };
    const turn = conversation.enqueue(() => this.runTurn(conversation, echoed, id));
    return { id, turn };
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
