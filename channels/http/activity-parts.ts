import { FEEDBACK_INVOKE } from '../../bots/teams';
import { WEB_JOIN_EVENT } from '../../bots/web';
import { anything, either, flag, record, refine, required, text, whenRecord } from './schema';
import type { Check } from './schema';

/** The parts of an activity that have a shape of their own: accounts, entities, attachments, channel data, values. */
export const id = text({ nonEmpty: true, max: 1024 });
export const name = text({ max: 512 });
export const HTTP_URL = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;
/** BCP 47 as clients write it (`fr-FR`, `en`, `zh-Hant-TW`, sometimes `fr_FR`). */
export const LOCALE = /^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*$/;

export const account = record({ id: required(id), name, role: text({ max: 32 }), aadObjectId: text({ max: 128 }) });
const reference = record({ id: text({ max: 1024 }), name });

/** `TurnContext.removeRecipientMention` reads `type` of every entity, and `mentioned.id` and `text` of mentions. */
export const entity = refine(
  record({ type: required(text({ nonEmpty: true, max: 128 })), text: text(), mentioned: account }),
  (value, path) => {
    const isMention = String(value.type).toLowerCase() === 'mention';
    return isMention && value.mentioned === undefined ? `${path}.mentioned: required` : undefined;
  },
);

export const attachment = record({
  contentType: required(text({ nonEmpty: true, max: 256 })),
  contentUrl: text(),
  name,
  content: anything,
});

/** What botbuilder's Teams handler and the Web Chat bookkeeping read in `channelData`. */
const teamsChannelData = record({
  eventType: text({ max: 64 }),
  tenant: reference,
  team: record({ id: text({ max: 1024 }), name, aadGroupId: text({ max: 128 }) }),
  channel: reference,
  settings: record({ selectedChannel: reference }),
  meeting: reference,
  feedbackLoopEnabled: flag,
});

/** The `value` shapes the bot reads, by activity type (and name). */
const VALUE_SHAPES: ReadonlyArray<{ type: string; name?: string; value: Check }> = [
  {
    type: 'invoke',
    name: FEEDBACK_INVOKE,
    value: record({
      actionName: text({ max: 64 }),
      actionValue: record({ reaction: text({ max: 32 }), feedback: either(text(), record({ feedbackText: text() })) }),
    }),
  },
  { type: 'event', name: WEB_JOIN_EVENT, value: whenRecord(record({ language: text({ max: 64 }) })) },
  {
    type: 'message',
    value: whenRecord(
      record({
        feedback: text({ max: 16 }),
        answerKey: text({ max: 2048 }),
        msteams: record({ type: text({ max: 32 }), text: text(), displayText: text(), value: anything }),
      }),
    ),
  },
];

export function valueShape(activity: Record<string, unknown>, path: string): string | undefined {
  if (activity.value === undefined) return undefined;
  const shape = VALUE_SHAPES.find(
    (item) => item.type === activity.type && (item.name === undefined || item.name === activity.name),
  );
  return shape?.value(activity.value, `${path}.value`);
}

export function channelDataShape(activity: Record<string, unknown>, path: string): string | undefined {
  if (activity.channelData === undefined || activity.channelId !== 'msteams') return undefined;
  return teamsChannelData(activity.channelData, `${path}.channelData`);
}
