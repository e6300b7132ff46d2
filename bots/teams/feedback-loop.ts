import type { Activity, InvokeResponse, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { recordRating } from '../../dialogs/feedback';
import { answerOfMessage, newSession, type Session } from '../../dialogs/session';
import type { FeedbackWriter, RecordOutcome } from '../../storage';

/** The invoke Teams sends when an answer's thumbs up or down is clicked (and its feedback form sent). */
export const FEEDBACK_INVOKE = 'message/submitAction';

/** A Teams rating of one message. */
export interface TeamsRating {
  helpful: boolean;
  /** What the user wrote in Teams' feedback form, if anything. */
  comment: string | null;
  /** The rated message; Agents Playground leaves it out. */
  messageId?: string;
}

interface FeedbackInvokeValue {
  actionName?: unknown;
  actionValue?: { reaction?: unknown; feedback?: unknown };
}

/** The rating carried by a Teams feedback invoke, or undefined if the activity is not one. */
export function teamsRating(activity: Partial<Activity>): TeamsRating | undefined {
  if (activity.type !== 'invoke' || activity.name !== FEEDBACK_INVOKE) return undefined;
  const value = activity.value as FeedbackInvokeValue | undefined;
  const reaction = value?.actionValue?.reaction;
  if (value?.actionName !== 'feedback' || (reaction !== 'like' && reaction !== 'dislike')) return undefined;
  return {
    helpful: reaction === 'like',
    comment: feedbackText(value.actionValue?.feedback),
    messageId: activity.replyToId || undefined,
  };
}

/**
 * Teams sends the form as a JSON string, `{"feedbackText":"…"}`; Agents Playground sends the text itself. Anything
 * else is ignored rather than stored as a comment nobody can read.
 */
export function feedbackText(feedback: unknown): string | null {
  let parsed = feedback;
  if (typeof feedback === 'string') {
    try {
      parsed = JSON.parse(feedback) as unknown;
    } catch {
      parsed = feedback;
    }
  }
  const text = typeof parsed === 'string' ? parsed : (parsed as { feedbackText?: unknown } | null)?.feedbackText;
  return typeof text === 'string' && text.trim() ? text.trim() : null;
}

export interface TeamsFeedbackDeps {
  session: StatePropertyAccessor<Session>;
  feedback: FeedbackWriter;
}

export type TeamsRatingOutcome = RecordOutcome | 'unknown-answer';

/**
 * Records a Teams rating as the same feedback record as the Oui/Non buttons (same answer key): whichever comes
 * first counts, the other is a duplicate.
 */
export async function recordTeamsRating(
  deps: TeamsFeedbackDeps,
  context: TurnContext,
  rating: TeamsRating,
): Promise<TeamsRatingOutcome> {
  const session = await deps.session.get(context, newSession());
  const shown = answerOfMessage(session, rating.messageId);
  if (!shown) return 'unknown-answer';
  return recordRating(deps, context, shown, rating.helpful, rating.comment);
}

/** Teams shows an error on the message for anything but a 200 with an empty body. */
export const FEEDBACK_RECEIVED: InvokeResponse = { status: 200 };
