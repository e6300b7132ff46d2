import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { languageOf, type Lang } from '../config/languages';
import { recognizeCommand } from '../dialogs/commands';
import { setTurnLanguage, turnLanguageOrUndefined } from '../dialogs/language';
import { savedLanguage, type PreferencesAccessor } from '../dialogs/preferences';
import { newSession, type Session } from '../dialogs/session';
import { webJoinLanguage } from './web';

/** What the turn's language is worked out from, besides the activity itself. Built once, by `createBot`. */
export interface LanguageSources {
  /** The conversation's session: the language chosen for this conversation. */
  session: StatePropertyAccessor<Session>;
  /** The user's preferences: the language they chose in an earlier conversation. */
  preferences: PreferencesAccessor;
  /** `DEFAULT_LANG`, when nothing else says. */
  defaultLang: Lang;
}

/** One rank of the order. `read` may use stored state; `fromActivity` is what it can tell without it. */
interface Layer {
  read(context: TurnContext, sources: LanguageSources): Promise<Lang | undefined>;
  fromActivity(activity: Partial<Activity>): Lang | undefined;
}

/**
 * This project's own channels, whose locale is what the user picked for this conversation rather than a client
 * setting: the web page's language (its `?lang=` or its language link; the local Direct Line's channel is `webchat`)
 * and the console's `--lang` (sent only when given).
 */
const CHOSEN_LOCALE_CHANNELS: ReadonlySet<string> = new Set(['webchat', 'console']);

/** "English" / "Français" (or "anglais", "in english"…) as this very message. */
function typedChoice(activity: Partial<Activity>): Lang | undefined {
  if (activity.type !== 'message') return undefined;
  const command = recognizeCommand(activity.text);
  return command?.kind === 'language' ? command.lang : undefined;
}

/** The language the page (Azure's join event, the local web chat) or the command line chose for this conversation. */
function pageChoice(activity: Partial<Activity>): Lang | undefined {
  const joined = webJoinLanguage(activity);
  if (joined) return joined;
  return CHOSEN_LOCALE_CHANNELS.has(activity.channelId ?? '') ? languageOf(activity.locale) : undefined;
}

/**
 * A command typed earlier in the conversation, else the page's choice. The session records the page's choice on the
 * first turn that carries it: Azure's join event says it once, and later messages on that channel do not.
 */
async function conversationChoice(context: TurnContext, sources: LanguageSources): Promise<Lang | undefined> {
  const chosen = pageChoice(context.activity);
  const session = await sources.session.get(context, newSession());
  if (chosen) session.lang ??= chosen;
  return session.lang;
}

/** The order, most specific first: see `resolveTurnLanguage`. */
const LAYERS: readonly Layer[] = [
  { read: async (context) => typedChoice(context.activity), fromActivity: typedChoice },
  { read: conversationChoice, fromActivity: pageChoice },
  { read: (context, sources) => savedLanguage(sources.preferences, context), fromActivity: () => undefined },
  { read: async (context) => languageOf(context.activity.locale), fromActivity: (activity) => languageOf(activity.locale) },
];

/**
 * The turn's language, worked out once per turn, before the main dialog or a greeting runs, and kept in the turn
 * state where every dialog step, prompt and reply reads it (`turnLanguage`). The first of:
 *
 * 1. a language command as this very message ("English", "Français", "anglais"…);
 * 2. this conversation's choice: such a command typed earlier in it, else the language its page or command line
 *    chose (the local web chat's `?lang=` or language link, Azure's `webchat/join` event, the console's `--lang`);
 * 3. the user's saved choice: their last language command, in any conversation on this channel;
 * 4. the client's locale (`activity.locale`: Teams' language, a browser's);
 * 5. `DEFAULT_LANG`.
 *
 * A choice beats a setting, and a choice made for this conversation beats one made in an earlier one. The saved
 * choice is read only when nothing above it says. Another source (the language a message is written in, say) is one
 * more entry of `LAYERS` at its rank, with what it needs added to `LanguageSources`: callers do not change.
 */
export async function resolveTurnLanguage(context: TurnContext, sources: LanguageSources): Promise<Lang> {
  const known = turnLanguageOrUndefined(context);
  if (known) return known;
  let lang: Lang | undefined;
  for (const layer of LAYERS) {
    lang = await layer.read(context, sources);
    if (lang) break;
  }
  const resolved = lang ?? sources.defaultLang;
  setTurnLanguage(context, resolved);
  return resolved;
}

/**
 * The turn's language for the turn-error handler: as resolved, else the same order without the layers' stored state
 * (the failure may be the storage's, or came before the language was resolved).
 */
export function knownTurnLanguage(context: TurnContext, defaultLang: Lang): Lang {
  const known = turnLanguageOrUndefined(context);
  if (known) return known;
  for (const layer of LAYERS) {
    const lang = layer.fromActivity(context.activity);
    if (lang) return lang;
  }
  return defaultLang;
}
