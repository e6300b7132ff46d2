import type { TurnContext } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { Lang } from '../config/languages';
import { translator } from '../locales';

const TURN_LANGUAGE = Symbol('faq.turnLanguage');

/**
 * Records the turn's language. Only `resolveTurnLanguage` (bots/turn-language.ts) calls this, once per turn, before
 * the main dialog runs: the order of the sources is there, and nowhere else.
 */
export function setTurnLanguage(context: TurnContext, lang: Lang): void {
  context.turnState.set(TURN_LANGUAGE, lang);
}

export function turnLanguageOrUndefined(context: TurnContext): Lang | undefined {
  return context.turnState.get(TURN_LANGUAGE) as Lang | undefined;
}

/** The language every step, prompt and reply of this turn uses. */
export function turnLanguage(context: TurnContext): Lang {
  const lang = turnLanguageOrUndefined(context);
  if (!lang) throw new Error('[Conversation] the turn language is not resolved yet (the bot resolves it before the dialog)');
  return lang;
}

/** The conversation strings in the turn's language. */
export function turnTranslator(context: TurnContext): TFunction {
  return translator(turnLanguage(context), 'conversation');
}
