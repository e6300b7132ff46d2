import { randomUUID } from 'node:crypto';
import type { Activity, ChannelAccount, ConversationAccount } from 'botbuilder';

/** Teams-shaped activities, as the Bot Framework connector posts them for Microsoft Teams. */

export type TeamsScope = 'personal' | 'groupChat' | 'channel';

export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BOT: ChannelAccount = { id: '28:5d8c2f0e-7f5b-4a4c-9c1e-0b9e3f1a2b3c', name: 'FAQ Santé Bot' };
export const USER = {
  id: '29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrWl8gFqA',
  name: 'Camille Martin',
  aadObjectId: '6be0d3c1-3d33-4b4a-9bf6-1c6f2e1b9a10',
};
const TEAM = { id: '19:2a9a8d1f0b3c4e5f8a7b6c5d4e3f2a1b@thread.tacv2', name: 'Éditeurs e-santé' };
const CHANNEL_ID = '19:7c1e4f5a6b7c8d9e0f1a2b3c4d5e6f7a@thread.tacv2';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

let counter = 0;

/** One Teams conversation: a personal chat, a group chat, or a thread of a team's channel. */
export class TeamsConversation {
  readonly id: string;

  constructor(
    readonly scope: TeamsScope,
    readonly locale = 'fr-FR',
  ) {
    const n = ++counter;
    this.id =
      scope === 'personal'
        ? `a:1${randomUUID().replace(/-/g, '')}`
        : scope === 'groupChat'
          ? `19:${randomUUID().replace(/-/g, '')}@thread.v2`
          : `${CHANNEL_ID};messageid=17${String(n).padStart(11, '0')}`;
  }

  /** What every activity of this conversation carries; messages ask for their replies in the HTTP response. */
  base(type: string): Partial<Activity> {
    return {
      type,
      id: `17${Date.now()}${++counter}`,
      timestamp: new Date(),
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      from: { ...USER },
      recipient: { ...BOT },
      conversation: {
        id: this.id,
        conversationType: this.scope,
        tenantId: TENANT_ID,
        isGroup: this.scope !== 'personal',
      } as ConversationAccount,
      locale: this.locale,
      entities: [{ type: 'clientInfo', locale: this.locale, country: 'FR', platform: 'Web', timezone: 'Europe/Paris' }],
      channelData: this.channelData(),
      deliveryMode: 'expectReplies',
    };
  }

  private channelData(): Record<string, unknown> {
    const tenant = { id: TENANT_ID };
    if (this.scope !== 'channel') return { tenant };
    return {
      tenant,
      teamsTeamId: TEAM.id,
      teamsChannelId: CHANNEL_ID,
      team: { ...TEAM, aadGroupId: '0b7e3a8c-3f1d-4c5b-9a2e-6d4f8b1c2e3a' },
      channel: { id: CHANNEL_ID },
    };
  }

  message(text: string, extra: Partial<Activity> = {}): Partial<Activity> {
    return { ...this.base('message'), text, textFormat: 'plain', ...extra };
  }

  /** A message addressed to the bot with an @mention, as Teams requires in group chats and channels. */
  mentioning(text: string): Partial<Activity> {
    const mention = `<at>${BOT.name}</at>`;
    const message = this.message(`${mention} ${text}`);
    return { ...message, entities: [{ type: 'mention', mentioned: { ...BOT }, text: mention }, ...(message.entities ?? [])] };
  }

  /** A click on an Adaptive Card Action.Submit whose data is not Teams' `msteams` kind: a value, no text. */
  cardValue(value: Record<string, unknown>): Partial<Activity> {
    const { text: _none, ...message } = this.message('');
    return { ...message, value };
  }

  install(action: 'add' | 'add-upgrade' = 'add'): Partial<Activity> {
    return { ...this.base('installationUpdate'), action };
  }

  membersAdded(...members: ChannelAccount[]): Partial<Activity> {
    const channelData =
      this.scope === 'channel' ? { ...this.channelData(), eventType: 'teamMemberAdded' } : this.channelData();
    return { ...this.base('conversationUpdate'), membersAdded: members, channelData };
  }

  /** Teams' thumbs up/down on message `replyToId`, with the text of its feedback form. Invokes are answered directly. */
  feedback(reaction: 'like' | 'dislike', replyToId: string | undefined, feedbackText = ''): Partial<Activity> {
    const { deliveryMode: _normal, ...base } = this.base('invoke');
    return {
      ...base,
      name: 'message/submitAction',
      replyToId,
      value: {
        actionName: 'feedback',
        actionValue: { reaction, feedback: JSON.stringify({ feedbackText }) },
      },
    };
  }
}
