import type { Activity } from 'botbuilder';
import { valueProblem } from '../http/activity-schema';

/** A client's activity refused before it reaches the bot (answered 400). */
export class InboundActivityError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`[DirectLine] activity.${field}: ${problem}`);
    this.name = 'InboundActivityError';
  }
}

const ACCEPTED_TYPES = ['message', 'event', 'typing'] as const;
const TEXT_FORMATS = ['plain', 'markdown', 'xml'];
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;
/** Message texts beyond this are cut (the bot reads far less, and says so); Web Chat would only say "send failed". */
const MAX_TEXT_LENGTH = 5000;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(body: Json, field: string, maxLength = MAX_TEXT_LENGTH): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InboundActivityError(field, 'expected a string');
  if (value.length > maxLength) throw new InboundActivityError(field, `longer than ${maxLength} characters`);
  return value;
}

/** Web Chat's own bookkeeping, the only channel data kept: it matches the echoed activity to the one it sent. */
function clientChannelData(body: Json): Json | undefined {
  if (!isObject(body.channelData)) return undefined;
  const { clientActivityID, clientTimestamp } = body.channelData;
  const kept: Json = {};
  if (typeof clientActivityID === 'string' && clientActivityID.length <= 200) kept.clientActivityID = clientActivityID;
  if (typeof clientTimestamp === 'string' && clientTimestamp.length <= 100) kept.clientTimestamp = clientTimestamp;
  return Object.keys(kept).length ? kept : undefined;
}

/** The message text cut to `MAX_TEXT_LENGTH`, never in the middle of a character written as two UTF-16 units. */
function messageText(body: Json): string | undefined {
  const text = optionalString(body, 'text', Number.POSITIVE_INFINITY);
  if (text === undefined || text.length <= MAX_TEXT_LENGTH) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_TEXT_LENGTH - 1)) ? MAX_TEXT_LENGTH - 1 : MAX_TEXT_LENGTH;
  return text.slice(0, end);
}

/** Web Chat's thumbs event (see `bots/web/feedback-vote.ts`): its one entity is the schema.org action clicked. */
const FEEDBACK_EVENT = 'webchat:activity-status/feedback';
const VOTE_TYPES = ['LikeAction', 'DislikeAction'];

/** The only entity kept: the vote action of a feedback event, reduced to its type and id. */
function voteEntities(body: Json, name: string | undefined): Json[] | undefined {
  if (name !== FEEDBACK_EVENT || !Array.isArray(body.entities)) return undefined;
  const [action] = body.entities as unknown[];
  if (!isObject(action) || !VOTE_TYPES.includes(action['@type'] as string)) return undefined;
  const id = action['@id'];
  if (typeof id !== 'string' || id.length > 1000) return undefined;
  return [{ type: 'https://schema.org/' + String(action['@type']), '@type': action['@type'], '@id': id }];
}

function withoutUndefined(activity: Json): Partial<Activity> {
  return Object.fromEntries(Object.entries(activity).filter(([, value]) => value !== undefined)) as Partial<Activity>;
}

/**
 * Keeps the fields of a client activity the bot may see, from an allowlist. The sender is always the token's user,
 * whatever `from` says; attachments (uploads) and entities are dropped, but for the vote of Web Chat's thumbs.
 */
export function sanitizeInbound(body: unknown, userId: string): Partial<Activity> {
  if (!isObject(body)) throw new InboundActivityError('(body)', 'expected a JSON object');
  const type = body.type;
  if (!ACCEPTED_TYPES.includes(type as (typeof ACCEPTED_TYPES)[number])) {
    throw new InboundActivityError('type', `expected one of ${ACCEPTED_TYPES.join(', ')}`);
  }
  const locale = optionalString(body, 'locale', 35);
  const textFormat = optionalString(body, 'textFormat', 10);
  const name = type === 'event' ? optionalString(body, 'name', 200) : undefined;
  const problem = valueProblem({ type: type as string, name, value: body.value ?? undefined });
  if (problem) {
    const [path, reason] = problem.split(/: (.*)/s);
    throw new InboundActivityError(path.replace(/^activity\./, ''), reason);
  }
  return withoutUndefined({
    type,
    text: messageText(body),
    name,
    value: body.value ?? undefined,
    locale: locale && LOCALE.test(locale) ? locale : undefined,
    textFormat: textFormat && TEXT_FORMATS.includes(textFormat) ? textFormat : undefined,
    channelData: clientChannelData(body),
    entities: voteEntities(body, name),
    from: { id: userId, role: 'user' },
  });
}
