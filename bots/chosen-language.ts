import type { Activity } from 'botbuilder';
import type { Lang } from '../knowledge/types';
import { languageOf } from '../locales';
import { webJoinLanguage } from './web';

/**
 * This project's own channels, whose locale is what the user picked for this conversation rather than a client
 * setting: the web page's language (its `?lang=` or its language link; the local Direct Line's channel is
 * `webchat`) and the console's `--lang` (sent only when given).
 */
const CHOSEN_LOCALE_CHANNELS: ReadonlySet<string> = new Set(['webchat', 'console']);

/**
 * The language chosen for this conversation by the page or the command line, if the activity carries one. It ranks
 * with "English" / "Français" typed in the conversation, above the user's choice saved from an earlier conversation:
 * the page around the chat is in that language, and it was chosen for this conversation, later than the saved one.
 */
export function chosenLanguage(activity: Partial<Activity>): Lang | undefined {
  const joined = webJoinLanguage(activity);
  if (joined) return joined;
  return CHOSEN_LOCALE_CHANNELS.has(activity.channelId ?? '') ? languageOf(activity.locale) : undefined;
}
