import { TurnContext, type Activity } from 'botbuilder';

/** The `msteams` part of an Adaptive Card Action.Submit's data: what Teams turns into a message. */
interface TeamsSubmitData {
  type?: unknown;
  value?: unknown;
  text?: unknown;
  displayText?: unknown;
}

/**
 * Makes a message read the same whatever the client did to it, before the dialogs see it:
 * - in Teams group chats and channels, the `<at>bot</at>` mention the user had to type is removed;
 * - a card click that came back as a bare `value` (a host that does not know the card's `msteams` data, such as
 *   Outlook, posts the data as it is) becomes the message Teams would have posted.
 * Changes `activity` in place, like botbuilder's `TurnContext.removeRecipientMention`.
 */
export function prepareIncomingMessage(activity: Activity): void {
  stripBotMention(activity);
  readCardClick(activity);
}

function stripBotMention(activity: Activity): void {
  if (!activity.text || !activity.recipient?.id) return;
  const before = activity.text;
  TurnContext.removeRecipientMention(activity);
  // Teams may keep the space that followed the mention as an HTML entity.
  if (activity.text !== before) activity.text = activity.text.replace(/^(?:&nbsp;|\s)+/, '').trim();
}

function readCardClick(activity: Activity): void {
  if (activity.text?.trim() || typeof activity.value !== 'object' || activity.value === null) return;
  const data = (activity.value as { msteams?: TeamsSubmitData }).msteams;
  if (!data) return;
  if (data.type === 'imBack' && typeof data.value === 'string') {
    activity.text = data.value;
    activity.value = undefined;
  } else if (data.type === 'messageBack' && typeof data.text === 'string') {
    activity.text = data.text;
    activity.value = data.value;
  }
}
