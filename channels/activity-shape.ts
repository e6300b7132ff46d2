/**
 * What `POST /api/messages` needs before a turn can even start. Bot Framework channels always send these; anything
 * else (a hand-written request in local mode) would otherwise reach the dialogs and fail there as a turn error (500,
 * or an apology to a conversation that does not exist).
 */
export function activityShapeProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'expected a JSON object';
  const activity = body as Record<string, unknown>;
  if (!nonEmptyString(activity.type)) return 'activity.type: expected a non-empty string';
  if (!nonEmptyString(activity.channelId)) return 'activity.channelId: expected a non-empty string';
  const conversation = activity.conversation as Record<string, unknown> | undefined;
  if (typeof conversation !== 'object' || conversation === null || !nonEmptyString(conversation.id)) {
    return 'activity.conversation.id: expected a non-empty string';
  }
  if (activity.text !== undefined && activity.text !== null && typeof activity.text !== 'string') {
    return 'activity.text: expected a string';
  }
  return undefined;
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
