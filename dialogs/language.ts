import type { TurnContext } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { Lang } from '../config/languages';
import { translator } from '../locales';

const TURN_LANGUAGE = Symbol('faq.turnLanguage');
const CONVERSATION_LANGUAGE = Symbol('faq.conversationLanguage');

/**
 * Records the turn's language. Only `resolveTurnLanguage` (bots/turn-language.ts) calls this, once per turn, before
 * the main dialog runs: the order of the sources is there, and nowhere else.
 */
export function setTurnLanguage(context: TurnContext, lang: Lang, conversationLang: Lang = lang): void {
  context.turnState.set(TURN_LANGUAGE, lang);
  context.turnState.set(CONVERSATION_LANGUAGE, conversationLang);
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

/**
 * The conversation's own language this turn: the turn's, unless the message (or the question it follows up) is
 * written in the other one. Where they differ, the bot offers to continue in the turn's.
 */
export function conversationLanguage(context: TurnContext): Lang {
  return (context.turnState.get(CONVERSATION_LANGUAGE) as Lang | undefined) ?? turnLanguage(context);
}

/** The conversation strings in the turn's language. */
export function turnTranslator(context: TurnContext): TFunction {
  return translator(turnLanguage(context), 'conversation');
}
