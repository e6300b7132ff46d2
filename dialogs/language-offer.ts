import type { TurnContext } from 'botbuilder';
import { continueInOption } from './cards/options';
import type { MenuOption } from './menu/menu-option';
import { conversationLanguage, turnLanguage, turnTranslator } from './language';

/**
 * "Continue in English", when this turn speaks the language its question was written in rather than the
 * conversation's: one tap makes it the conversation's language (the topics stay).
 */
export function languageOfferOptions(context: TurnContext): MenuOption[] {
  return turnLanguage(context) === conversationLanguage(context) ? [] : [continueInOption(turnTranslator(context))];
}
