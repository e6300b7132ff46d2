import type { Activity, TurnContext } from 'botbuilder';
import { PromptCultureModels } from 'botbuilder-dialogs';
import { languageOf, translator } from '../locales';
import type { TFunction } from 'i18next';
import type { Lang } from '../knowledge/types';
import type { Session } from './session';

const TURN_LANGUAGE = Symbol('faq.turnLanguage');

/** The user's explicit choice, else the channel's locale, else the configured default. */
export function resolveLanguage(session: Session | undefined, activity: Partial<Activity>, defaultLang: Lang): Lang {
  return session?.lang ?? languageOf(activity.locale) ?? defaultLang;
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

/** botbuilder's culture for a language, so its number and ordinal recognizers read "le deuxième" in French. */
export function cultureOf(lang: Lang): string {
  return lang === 'fr' ? PromptCultureModels.French.locale : PromptCultureModels.English.locale;
}
