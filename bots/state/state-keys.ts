import type { TurnContext } from 'botbuilder';
import { StorageError } from '../../storage';

/** Where a state lives in the store, computed from the turn (the conversation, the user…). */
export type StateKeyOf = (context: TurnContext) => string;

/**
 * botbuilder's `ConversationState` key, `<channel>/conversations/<conversation id>/<namespace>`: state stored by
 * earlier versions of the bot is found again.
 */
export function conversationStateKey(context: TurnContext, namespace = ''): string {
  const { channelId, conversation } = context.activity;
  if (!channelId) throw new StorageError('conversation state: the activity has no channelId');
  if (!conversation?.id) throw new StorageError('conversation state: the activity has no conversation.id');
  return `${channelId}/conversations/${conversation.id}/${namespace}`;
}

/** botbuilder's `UserState` key, `<channel>/users/<user id>/<namespace>`: one user of one channel. */
export function userStateKey(context: TurnContext, namespace = ''): string {
  const { channelId, from } = context.activity;
  if (!channelId) throw new StorageError('user state: the activity has no channelId');
  if (!from?.id) throw new StorageError('user state: the activity has no from.id');
  return `${channelId}/users/${from.id}/${namespace}`;
}
