import type { BotState, TurnContext } from 'botbuilder';
import { knownTurnLanguage } from '../bots/turn-language';
import type { Lang } from '../config/languages';
import { translator } from '../locales';
import { isStorageConflict, isStorageUnavailable } from '../storage';

export type ErrorLog = (message: string, error: unknown) => void;

/** What the user is told, which depends on what the handler could do. */
type Outcome = 'reset' | 'conflict' | 'unavailable' | 'notReset';

const MESSAGE_KEYS: Record<Outcome, string> = {
  reset: 'error.apology',
  conflict: 'error.conflict',
  unavailable: 'error.unavailable',
  notReset: 'error.notReset',
};

/**
 * The adapter's last resort: log, then tell the user what is true in their language.
 * - After an ordinary failure the conversation is reset, so that the next message starts afresh instead of hitting
 *   the same broken state; the apology says so only if the reset worked.
 * - After a stale-eTag conflict, another turn of the same conversation saved first: its state is sound and kept,
 *   and the user is asked to resend.
 * - When storage cannot be reached (or does not answer in time), nothing is reset (it could not be, and the state
 *   stored is sound): the user is told the service is momentarily unavailable and to resend in a minute; the
 *   conversation resumes where it was once storage is back.
 */
export function turnErrorHandler(conversationState: BotState, defaultLang: Lang, log: ErrorLog) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const { channelId, conversation } = context.activity;
    log(`[onTurnError] ${channelId}/${conversation?.id ?? '?'}: ${error.message}`, error);
    const outcome = await settle(conversationState, context, error, log);
    const lang = knownTurnLanguage(context, defaultLang);
    try {
      await context.sendActivity(translator(lang, 'conversation')(MESSAGE_KEYS[outcome]));
    } catch (sendError) {
      log('[onTurnError] could not send the apology', sendError);
    }
  };
}

async function settle(state: BotState, context: TurnContext, error: Error, log: ErrorLog): Promise<Outcome> {
  if (isStorageConflict(error)) return 'conflict';
  if (isStorageUnavailable(error)) return 'unavailable';
  try {
    await state.delete(context);
    return 'reset';
  } catch (deleteError) {
    log('[onTurnError] could not reset the conversation state', deleteError);
    return isStorageUnavailable(deleteError) ? 'unavailable' : 'notReset';
  }
}
