import type { Activity } from 'botbuilder';
import type { Lang } from '../../knowledge/types';
import { languageOf } from '../../locales';
import type { Greeting } from '../teams';

/**
 * The event the web page posts once Web Chat is connected to Azure's Direct Line (`channels/web/assets/chat.js`),
 * with the page's language: `{ type: 'event', name: 'webchat/join', value: { language: 'fr' } }`.
 */
export const WEB_JOIN_EVENT = 'webchat/join';

/** The channel ids Azure's Direct Line gives a Web Chat conversation (Direct Line or Web Chat channel secret). */
const DIRECT_LINE_CHANNELS: ReadonlySet<string> = new Set(['directline', 'webchat']);

/**
 * How a web conversation gets its welcome:
 * - `conversationUpdate`: the server's own Direct Line starts the conversation with one, carrying the page's locale;
 * - `join-event` (Azure's Direct Line): the Direct Line's own conversationUpdate has no locale and can arrive before
 *   the page is connected, so the welcome waits for the page's `webchat/join` event.
 */
export type WebWelcome = 'conversationUpdate' | 'join-event';

/** The page uses Azure's Direct Line exactly when a Direct Line secret is configured (see `channels/web`). */
export function webWelcomeFor(config: { directLineSecret?: string }): WebWelcome {
  return config.directLineSecret ? 'join-event' : 'conversationUpdate';
}

export function isWebJoin(activity: Partial<Activity>): boolean {
  return activity.type === 'event' && activity.name === WEB_JOIN_EVENT;
}

/** The page's language carried by a `webchat/join` event ('fr', 'en', or a locale such as 'en-US'). */
export function webJoinLanguage(activity: Partial<Activity>): Lang | undefined {
  if (!isWebJoin(activity)) return undefined;
  const language = (activity.value as { language?: unknown } | undefined)?.language;
  return typeof language === 'string' ? languageOf(language) : undefined;
}

/** The page's join event is the start of the conversation, like a user added (the dialog welcomes only once). */
export function greetingOnWebJoin(activity: Partial<Activity>): Greeting {
  return isWebJoin(activity) ? 'welcome' : 'none';
}

/** True for the Direct Line conversationUpdate that must not welcome because the page's join event will. */
export function awaitsWebJoin(activity: Partial<Activity>, welcome: WebWelcome): boolean {
  return welcome === 'join-event' && DIRECT_LINE_CHANNELS.has(activity.channelId ?? '');
}
