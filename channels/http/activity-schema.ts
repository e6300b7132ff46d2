import type { Activity } from 'botbuilder';
import { account, attachment, channelDataShape, entity, HTTP_URL, id, LOCALE, name, valueShape } from './activity-parts';
import { dateTime, flag, list, record, refine, required, text } from './schema';
import type { Check } from './schema';

export const DELIVERY_MODES = ['normal', 'notification', 'expectReplies', 'ephemeral'] as const;

/** Replies go to `serviceUrl` unless they come back in the HTTP response. */
function serviceUrlWhenPosting(activity: Record<string, unknown>, path: string): string | undefined {
  if (activity.serviceUrl !== undefined || activity.deliveryMode === 'expectReplies') return undefined;
  return `${path}.serviceUrl: required unless deliveryMode is expectReplies`;
}

/**
 * Every activity field the bot, its dialogs and the parts of botbuilder it uses read, with the shape they assume.
 * `POST /api/messages` checks a body against it before anything else runs, so that a field of the wrong type is a
 * 400 naming that field instead of a turn error. Fields nobody reads are let through as they are.
 */
export const ACTIVITY: Check = refine(
  record({
    type: required(text({ nonEmpty: true, max: 64 })),
    channelId: required(text({ nonEmpty: true, max: 64 })),
    conversation: required(
      record({
        id: required(id),
        conversationType: text({ max: 64 }),
        tenantId: text({ max: 128 }),
        isGroup: flag,
        name,
      }),
    ),
    from: required(account),
    recipient: account,
    serviceUrl: text({ max: 2048, pattern: HTTP_URL }),
    deliveryMode: text({ oneOf: DELIVERY_MODES }),
    id: text({ max: 1024 }),
    replyToId: text({ max: 1024 }),
    name: text({ max: 256 }),
    action: text({ max: 64 }),
    text: text(),
    textFormat: text({ max: 16 }),
    locale: text({ max: 64, pattern: LOCALE }),
    localTimezone: text({ max: 64 }),
    timestamp: dateTime,
    localTimestamp: dateTime,
    expiration: dateTime,
    membersAdded: list(account),
    membersRemoved: list(account),
    reactionsAdded: list(record({ type: required(text({ max: 64 })) })),
    reactionsRemoved: list(record({ type: required(text({ max: 64 })) })),
    entities: list(entity, 100),
    attachments: list(attachment, 100),
    channelData: record({ clientActivityID: text({ max: 200 }), clientTimestamp: text({ max: 100 }) }),
  }),
  serviceUrlWhenPosting,
  channelDataShape,
  valueShape,
);

export type ActivityCheck = { activity: Activity; problem?: undefined } | { activity?: undefined; problem: string };

/** The body as an activity the bot can read, or the first problem found (naming the field). */
export function checkActivity(body: unknown): ActivityCheck {
  const problem = ACTIVITY(body, 'activity');
  if (problem) return { problem };
  return { activity: withDates(body as Record<string, unknown>) };
}

const DATE_FIELDS = [
  ['timestamp', 'rawTimestamp'],
  ['localTimestamp', 'rawLocalTimestamp'],
  ['expiration', 'rawExpiration'],
] as const;

/** What botbuilder's own HTTP entry does (`validateAndFixActivity`): date strings become dates, the raw text kept. */
function withDates(activity: Record<string, unknown>): Activity {
  for (const [field, raw] of DATE_FIELDS) {
    if (typeof activity[field] === 'string') {
      activity[raw] = activity[field];
      activity[field] = new Date(activity[field] as string);
    }
  }
  return activity as unknown as Activity;
}

/** The `value` of a client's activity, checked as `/api/messages` checks it (for the local Direct Line). */
export function valueProblem(activity: { type?: string; name?: string; value?: unknown }): string | undefined {
  return valueShape(activity, 'activity');
}
