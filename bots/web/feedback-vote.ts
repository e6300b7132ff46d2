import type { Activity, TurnContext } from 'botbuilder';
import { answerKeyOfVote } from '../../dialogs/cards/answer-entities';
import { recordRating } from '../../dialogs/feedback';
import { newSession, shownAnswer } from '../../dialogs/session';
import type { TeamsFeedbackDeps, TeamsRatingOutcome } from '../teams';

/**
 * The event Web Chat 4.18 posts half a second after a thumb is clicked (botframework-webchat-component,
 * `ActivityStatus/private/Feedback/Feedback.tsx`): `{ type: 'event', name, entities: [the action clicked] }`, the
 * action being one of the answer's `LikeAction`/`DislikeAction` as the bot wrote it (`answerMessageEntity`).
 */
export const WEB_CHAT_FEEDBACK_EVENT = 'webchat:activity-status/feedback';

/** A Web Chat thumb: which answer, and which way. */
export interface WebChatVote {
  answerKey: string;
  helpful: boolean;
}

const HELPFUL_BY_TYPE: Readonly<Record<string, boolean>> = { LikeAction: true, DislikeAction: false };

/** The vote carried by a Web Chat feedback event, or undefined if the activity is not one this bot can read. */
export function webChatVote(activity: Partial<Activity>): WebChatVote | undefined {
  if (activity.type !== 'event' || activity.name !== WEB_CHAT_FEEDBACK_EVENT) return undefined;
  const [action] = (activity.entities ?? []) as Record<string, unknown>[];
  const helpful = HELPFUL_BY_TYPE[String(action?.['@type'])];
  const answerKey = answerKeyOfVote(action?.['@id']);
  if (helpful === undefined || answerKey === undefined) return undefined;
  return { answerKey, helpful };
}

/**
 * Records a thumb as the same feedback as the Oui/Non buttons (same answer key): whichever comes first counts, a
 * second thumb or a later Oui/Non is a duplicate. An answer key of another conversation is unknown here.
 */
export async function recordWebChatVote(
  deps: TeamsFeedbackDeps,
  context: TurnContext,
  vote: WebChatVote,
): Promise<TeamsRatingOutcome> {
  const shown = shownAnswer(await deps.session.get(context, newSession()), vote.answerKey);
  if (!shown) return 'unknown-answer';
  return recordRating(deps, context, shown, vote.helpful);
}
