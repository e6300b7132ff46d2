import type { ConversationRef, DataSubject, Retention, RetentionCounts } from './retention';
import type { UserRefs } from './user-refs';

/**
 * The channels the bot serves (`channelId` of Teams, the local web chat, Azure's Direct Line and Web Chat, the
 * console, the Emulator): a request naming no channel covers these and every channel a store reports.
 */
export const KNOWN_CHANNELS = ['msteams', 'webchat', 'directline', 'console', 'emulator'] as const;

export interface ErasureReport {
  userId: string;
  channels: string[];
  /** The subject's conversations found, whose state was erased with them. */
  conversations: number;
  /** Records deleted per store. */
  deleted: RetentionCounts;
}

/** The subject of a request about `userId`, on `channels` if given, else on every channel known or stored. */
export async function dataSubject(
  stores: readonly Retention[],
  refs: UserRefs,
  userId: string,
  channels?: readonly string[],
): Promise<DataSubject> {
  const listed = channels?.length ? channels : await everyChannel(stores);
  const unique = [...new Set(listed)].sort();
  const subjectRefs = unique.flatMap((channelId) => refs.every({ channelId, userId }));
  return { userId, channels: unique, refs: subjectRefs };
}

async function everyChannel(stores: readonly Retention[]): Promise<string[]> {
  const reported = await Promise.all(stores.map((store) => store.channels?.() ?? Promise.resolve([])));
  return [...KNOWN_CHANNELS, ...reported.flat()];
}

/**
 * Deletes everything kept about the subject: first every store says which conversations it ties to them, then each
 * store deletes the subject's records and those conversations'.
 */
export async function eraseSubject(stores: readonly Retention[], subject: DataSubject): Promise<ErasureReport> {
  const found = (await Promise.all(stores.map((store) => store.conversationsOf(subject)))).flat();
  const conversations = uniqueConversations(found);
  const deleted: RetentionCounts = {};
  for (const store of stores) deleted[store.name] = await store.erase(subject, conversations);
  const { userId, channels } = subject;
  return { userId, channels: [...channels], conversations: conversations.length, deleted };
}

function uniqueConversations(conversations: readonly ConversationRef[]): ConversationRef[] {
  const byKey = new Map(conversations.map((c) => [JSON.stringify([c.channelId, c.conversationId]), c]));
  return [...byKey.values()];
}
