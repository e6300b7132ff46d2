import { randomUUID } from 'node:crypto';
import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';

/**
 * Gives every reply an id and reports it as sent. The Bot Framework connector assigns its own ids (botbuilder drops
 * ours before sending), but `expectReplies` callers get none at all: without this, an answer delivered that way
 * could never be matched with a later rating of it (Teams' thumbs name the rated message by its id).
 */
export async function assignReplyIds(
  _context: TurnContext,
  activities: Partial<Activity>[],
  next: () => Promise<ResourceResponse[]>,
): Promise<ResourceResponse[]> {
  for (const activity of activities) activity.id ??= randomUUID();
  const responses = await next();
  return responses.map((response, index) => (response?.id ? response : { id: activities[index]?.id ?? '' }));
}
