import { randomUUID } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import type { Decision, FacetSelection, Lang } from '../knowledge/types';
import type { ReachedBy as RecordedReach } from '../storage/analytics/question-events';
import type { RecordOutcome } from '../storage/feedback/feedback-store';
import type { ConversationDeps } from './deps';
import type { ReachedBy } from './next-step';
import type { ShownAnswer } from './session';

/** A key unique to one answer (or one unanswered question) of one conversation. */
export function newAnswerKey(context: TurnContext): string {
  return `${context.activity.conversation?.id ?? 'unknown'}/${randomUUID()}`;
}

/** The rating carried by a feedback button's payload (see `feedbackOptions`), if the activity is such a click. */
export function feedbackClick(activity: Partial<Activity>): { answerKey: string; helpful: boolean } | undefined {
  const value = activity.value as { feedback?: unknown; answerKey?: unknown } | undefined;
  if (!value || typeof value.answerKey !== 'string') return undefined;
  if (value.feedback !== 'yes' && value.feedback !== 'no') return undefined;
  return { answerKey: value.answerKey, helpful: value.feedback === 'yes' };
}

/** Records a rating of an answer once (its answer key is unique): by the Oui/Non buttons or the channel's own. */
export function recordRating(
  deps: Pick<ConversationDeps, 'feedback'>,
  context: TurnContext,
  shown: ShownAnswer,
  helpful: boolean,
  comment: string | null = null,
): Promise<RecordOutcome> {
  const { messageId: _channelOnly, ...answer } = shown;
  const { channelId } = context.activity;
  return deps.feedback.record({ ...answer, helpful, reason: null, comment, channelId, ...authorOf(context) });
}

/** Who rates, in which conversation: the store keeps a keyed hash of the user, for erasure requests. */
function authorOf(context: TurnContext): { userId: string | null; conversationId: string | null } {
  return { userId: context.activity.from?.id || null, conversationId: context.activity.conversation?.id || null };
}

export interface Unanswered {
  lang: Lang;
  facets: FacetSelection;
  decision: Decision;
  matchScore: number | null;
  question: string;
}

export function recordUnanswered(
  deps: ConversationDeps,
  context: TurnContext,
  unanswered: Unanswered,
): Promise<RecordOutcome> {
  return deps.feedback.recordUnanswered({
    ...unanswered,
    answerKey: newAnswerKey(context),
    channelId: context.activity.channelId,
    ...authorOf(context),
  });
}

/** How the analytics name the ways an answer is reached (a typed question, a "did you mean" pick…). */
const RECORDED_REACH: Record<ReachedBy, RecordedReach> = {
  search: 'typed',
  suggestion: 'did-you-mean',
  cascade: 'cascade',
  alternative: 'alternative',
  'see-also': 'see-also',
};

/** Records that an answer was shown, and how it was reached, under the answer key its rating will use. */
export function recordAnswerShown(
  deps: Pick<ConversationDeps, 'events'>,
  context: TurnContext,
  shown: Omit<ShownAnswer, 'messageId'>,
  reachedBy: ReachedBy,
): Promise<RecordOutcome> {
  const { answerKey, entryId, lang, facets, decision, matchScore, question } = shown;
  return deps.events.recordEvent({
    eventKey: answerKey,
    kind: 'answer',
    entryId,
    offered: [],
    reachedBy: RECORDED_REACH[reachedBy],
    decision,
    matchScore,
    lang,
    channelId: context.activity.channelId,
    facets: { ...facets },
    question,
    ...authorOf(context),
  });
}

/** Records a "did you mean" menu: the question, and the entries it offered, best first. */
export function recordDidYouMean(
  deps: Pick<ConversationDeps, 'events'>,
  context: TurnContext,
  unanswered: Unanswered,
  offered: readonly string[],
): Promise<RecordOutcome> {
  return deps.events.recordEvent({
    ...unanswered,
    facets: { ...unanswered.facets },
    eventKey: newAnswerKey(context),
    kind: 'did-you-mean',
    entryId: null,
    offered: [...offered],
    reachedBy: null,
    channelId: context.activity.channelId,
    ...authorOf(context),
  });
}
