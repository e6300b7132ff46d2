import type { TurnContext } from 'botbuilder';
import type { FeedbackReason } from '../storage/feedback/feedback-store';
import { optionArgument } from './cards/options';
import type { ConversationDeps } from './deps';
import { turnLanguage } from './language';
import type { MenuReply } from './menu/menu-option';
import { searchQuestion } from './search';
import { recognizeSmallTalk } from './small-talk';

/**
 * Typed instead of a reason after a "No": a question the bot can answer is a new question; anything else is the
 * user's own reason.
 */
export function isAnswerable(deps: ConversationDeps, context: TurnContext, text: string): boolean {
  const topics = deps.topics.read(text).selection;
  return searchQuestion(deps.matcher, text, turnLanguage(context), topics).decision === 'answer';
}

/**
 * Keeps the reason picked, or the user's own words (redacted by the writer), with the rating; says whether one was
 * given: "Passer" or small talk ("non merci") gives none.
 */
export async function recordReason(deps: ConversationDeps, answerKey: string, reply: MenuReply): Promise<boolean> {
  if (reply.kind === 'text') {
    if (recognizeSmallTalk(reply.text)) return false;
    await deps.feedback.setComment(answerKey, reply.text);
    return true;
  }
  const reason = optionArgument(reply.id, 'reason') as FeedbackReason | undefined;
  if (reason) await deps.feedback.setReason(answerKey, reason);
  return reason !== undefined;
}
