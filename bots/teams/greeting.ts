import type { Activity } from 'botbuilder';

/**
 * What the bot says when it arrives somewhere:
 * - `welcome`: the full welcome and the first question (the main dialog), in a one-to-one chat;
 * - `hello`: one short line saying how to use the bot, when it is added to a team or a group chat. Teams' guidelines
 *   ask bots to introduce themselves there, but a questionnaire posted unasked in a shared conversation would be
 *   noise for everyone else, and a message to each person who joins a team, spam;
 * - `none`.
 */
export type Greeting = 'welcome' | 'hello' | 'none';

const TEAMS = 'msteams';

/** Teams' `personal`, `groupChat` or `channel`; undefined elsewhere. */
function teamsScope(activity: Partial<Activity>): string | undefined {
  if (activity.channelId !== TEAMS) return undefined;
  return activity.conversation?.conversationType ?? 'personal';
}

/**
 * `conversationUpdate` with `membersAdded`. In a Teams personal chat the install adds the bot (Teams) or the bot and
 * the user (Agents Playground): either is the start of the conversation. The main dialog welcomes only once per
 * conversation, so the `installationUpdate` that comes with it does no harm. In teams and group chats, nobody is
 * greeted here: the bot's arrival is `installationUpdate`'s business, and people who join were not asking.
 */
export function greetingOnMembersAdded(activity: Partial<Activity>): Greeting {
  const members = activity.membersAdded ?? [];
  const botId = activity.recipient?.id;
  const scope = teamsScope(activity);
  if (scope === undefined) return members.some((member) => member.id !== botId) ? 'welcome' : 'none';
  return scope === 'personal' && members.length > 0 ? 'welcome' : 'none';
}

/** `installationUpdate`: the app was added (not upgraded) to a personal chat, a group chat or a team. */
export function greetingOnInstall(activity: Partial<Activity>): Greeting {
  if (activity.action !== 'add') return 'none';
  const scope = teamsScope(activity);
  if (scope === undefined) return 'none';
  return scope === 'personal' ? 'welcome' : 'hello';
}
