import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { languageOf, type Lang } from '../config/languages';
import { recognizeCommand } from '../dialogs/commands';
import { emptyInput } from '../dialogs/input';
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
  /** The language a message is clearly written in, if it is (`LanguageDetector.clearLanguage`). */
  messageLanguage(text: string): Lang | undefined;
}

/** One rank of the order. `read` may use stored state; `fromActivity` is what it can tell without it. */
interface Layer {
  read(context: TurnContext, sources: LanguageSources): Promise<Lang | undefined>;
  fromActivity(activity: Partial<Activity>): Lang | undefined;
  /** Says the language of this message or question only: not the conversation's, which the other layers say. */
  perMessage?: true;
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

/** A message typed (or a button's text), not a click carrying a payload: what a question is. */
function typedText(activity: Partial<Activity>): string | undefined {
  if (activity.type !== 'message' || emptyInput(activity) || activity.value !== undefined) return undefined;
  return activity.text;
}

/**
 * The language a question is clearly written in, kept for the turns that follow it up (its rating, the reason, the
 * other answers) until the conversation goes back to its topics; a short or mixed message says nothing.
 */
async function questionLanguage(context: TurnContext, sources: LanguageSources): Promise<Lang | undefined> {
  const session = await sources.session.get(context, newSession());
  const text = typedText(context.activity);
  const clear = text === undefined ? undefined : sources.messageLanguage(text);
  if (clear) session.questionLang = clear;
  return session.questionLang;
}

/** The order, most specific first: see `resolveTurnLanguage`. */
const LAYERS: readonly Layer[] = [
  { read: async (context) => typedChoice(context.activity), fromActivity: typedChoice },
  { read: questionLanguage, fromActivity: () => undefined, perMessage: true },
  { read: conversationChoice, fromActivity: pageChoice },
  { read: (context, sources) => savedLanguage(sources.preferences, context), fromActivity: () => undefined },
  { read: async (context) => languageOf(context.activity.locale), fromActivity: (activity) => languageOf(activity.locale) },
];

/**
 * The turn's language, worked out once per turn, before the main dialog or a greeting runs, and kept in the turn
 * state where every dialog step, prompt and reply reads it (`turnLanguage`). The first of:
 *
 * 1. a language command as this very message ("English", "Français", "anglais"…);
 * 2. the language this question is clearly written in (from its words: never one acronym, never a short reply),
 *    and, for the turns that follow it up (rating, reason, other answers), the language of the question they follow;
 * 3. this conversation's choice: such a command typed earlier in it, else the language its page or command line
 *    chose (the local web chat's `?lang=` or language link, Azure's `webchat/join` event, the console's `--lang`);
 * 4. the user's saved choice: their last language command, in any conversation on this channel;
 * 5. the client's locale (`activity.locale`: Teams' language, a browser's);
 * 6. `DEFAULT_LANG`.
 *
 * A choice beats a setting, and a choice made for this conversation beats one made in an earlier one. The saved
 * choice is read only when nothing above it says. The conversation's own language (`conversationLanguage`) is the
 * same order without rank 2: where they differ, the bot offers to continue in the question's. Another source is one
 * more entry of `LAYERS` at its rank, with what it needs added to `LanguageSources`: callers do not change.
 */
export async function resolveTurnLanguage(context: TurnContext, sources: LanguageSources): Promise<Lang> {
  const known = turnLanguageOrUndefined(context);
  if (known) return known;
  let perMessage: Lang | undefined;
  let conversation: Lang | undefined;
  for (const layer of LAYERS) {
    const lang = await layer.read(context, sources);
    if (lang && layer.perMessage) perMessage ??= lang;
    else if (lang) conversation = lang;
    if (conversation) break;
  }
  const conversationLang = conversation ?? sources.defaultLang;
  // A language command as this very message is the first layer: it beats the question's language.
  const commanded = typedChoice(context.activity);
  const resolved = commanded ?? perMessage ?? conversationLang;
  setTurnLanguage(context, resolved, conversationLang);
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
