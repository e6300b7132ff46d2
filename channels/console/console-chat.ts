import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Activity } from 'botbuilder';
import type { BotTurn } from '../bot-turn';
import { buttonsOf, renderReply, type ConsoleButton, type Styling } from './render';

const USER = { id: 'console-user', name: 'Vous' };

/**
 * One terminal conversation over a `BotTurn`: typed lines become messages, and a number picks one of the buttons
 * the bot offered last (sending what a click would send).
 */
export class ConsoleChat {
  private readonly conversation = { id: `console-${randomUUID()}` };
  private buttons: ConsoleButton[] = [];

  constructor(
    private readonly botTurn: BotTurn,
    /** The language asked for on the command line (a BCP-47 locale), if any. */
    private readonly locale: string | undefined,
    private readonly write: (text: string) => void,
    private readonly style: Styling,
  ) {}

  /** The person joins: the bot's welcome. */
  start(): Promise<void> {
    return this.exchange({ type: ActivityTypes.ConversationUpdate, membersAdded: [USER] });
  }

  say(line: string): Promise<void> {
    const chosen = this.buttonFor(line);
    const message = chosen ? { text: chosen.text, value: chosen.value } : { text: line };
    return this.exchange({ type: ActivityTypes.Message, ...message });
  }

  private buttonFor(line: string): ConsoleButton | undefined {
    const number = /^\s*(\d{1,2})\s*$/.exec(line)?.[1];
    return number === undefined ? undefined : this.buttons[Number(number) - 1];
  }

  private async exchange(activity: Partial<Activity>): Promise<void> {
    const replies = await this.botTurn({
      ...activity,
      channelId: 'console',
      locale: this.locale,
      conversation: { ...this.conversation, isGroup: false, conversationType: 'personal', name: 'console' },
      from: USER,
    });
    const withButtons = replies.filter((reply) => buttonsOf(reply).length > 0).at(-1);
    this.buttons = withButtons ? buttonsOf(withButtons) : [];
    for (const reply of replies) this.write(`${renderReply(reply, this.style)}\n`);
  }
}
