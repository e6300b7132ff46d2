import type { BotState, TurnContext } from 'botbuilder';
import { knownTurnLanguage } from '../bots/turn-language';
import type { Lang } from '../config/languages';
import { translator } from '../locales';
import { isStorageConflict } from '../storage';

export type ErrorLog = (message: string, error: unknown) => void;

/**
 * The adapter's last resort: log, apologise in the user's language, and reset the conversation so that the next
 * message starts afresh instead of hitting the same broken state. A stale-eTag conflict is the exception: another
 * turn of the same conversation saved first, so its state is sound and must be kept; the user is asked to resend.
 */
export function turnErrorHandler(conversationState: BotState, defaultLang: Lang, log: ErrorLog) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const { channelId, conversation } = context.activity;
    log(`[onTurnError] ${channelId}/${conversation?.id ?? '?'}: ${error.message}`, error);
    const conflict = isStorageConflict(error);
    const lang = knownTurnLanguage(context, defaultLang);
    try {
      await context.sendActivity(translator(lang, 'conversation')(conflict ? 'error.conflict' : 'error.apology'));
    } catch (sendError) {
      log('[onTurnError] could not send the apology', sendError);
    }
    if (conflict) return;
    try {
      await conversationState.delete(context);
    } catch (deleteError) {
      log('[onTurnError] could not reset the conversation state', deleteError);
    }
  };
}
