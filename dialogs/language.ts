import type { TurnContext } from 'botbuilder';
import { languageOf, translator } from '../locales';
import type { TFunction } from 'i18next';
import type { Lang } from '../knowledge/types';

const TURN_LANGUAGE = Symbol('faq.turnLanguage');

/** Where a turn's language can come from, most specific first. */
export interface LanguageSources {
  /**
   * Chosen for this conversation: "English" / "Français" typed in it, or the language of the web page it runs in
   * (the bot records that one when the conversation starts, see `bots/web`).
   */
  conversation?: Lang;
  /** The user's last explicit choice, saved from an earlier conversation; only read when needed. */
  saved: () => Promise<Lang | undefined>;
  /** The channel's locale: the client's settings, not a choice about this bot. */
  locale?: string;
}

/**
 * This conversation's choice, else the user's saved choice, else the channel's locale, else the configured default.
 * A choice beats a setting, and a choice made for this conversation beats one made in an earlier one.
 */
export async function resolveLanguage(sources: LanguageSources, defaultLang: Lang): Promise<Lang> {
  return sources.conversation ?? (await sources.saved()) ?? languageOf(sources.locale) ?? defaultLang;
}

/** Resolved once per turn (by the main dialog) so that every step, prompt and error message agree. */
export function setTurnLanguage(context: TurnContext, lang: Lang): void {
  context.turnState.set(TURN_LANGUAGE, lang);
}

export function turnLanguageOrUndefined(context: TurnContext): Lang | undefined {
  return context.turnState.get(TURN_LANGUAGE) as Lang | undefined;
}

export function turnLanguage(context: TurnContext): Lang {
  const lang = turnLanguageOrUndefined(context);
  if (!lang) throw new Error('[Conversation] the turn language is not resolved yet (MainDialog resolves it first)');
  return lang;
}

/** The conversation strings in the turn's language. */
export function turnTranslator(context: TurnContext): TFunction {
  return translator(turnLanguage(context), 'conversation');
}
