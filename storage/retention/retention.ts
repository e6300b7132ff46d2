/**
 * What every store that keeps data about people implements, so that one retention schedule, one `purge` and one
 * `erase` cover them all: the stores are listed once (`OpenedStorage.retention`), and a store added later joins by
 * being added to that list.
 */

/** A conversation as the channels name it. */
export interface ConversationRef {
  channelId: string;
  conversationId: string;
}

/** Who a data-subject request is about, in the forms the stores can recognise. */
export interface DataSubject {
  /** The user's id as their channel shows it (Teams' `29:…`, the web chat's `dl_…`). */
  userId: string;
  /** The channels the id is looked up on (an id is only unique within its channel). */
  channels: readonly string[];
  /** The user's keyed references (`UserRefs.every`) on each of those channels. */
  refs: readonly string[];
}

export interface Retention {
  /** The table, or kind of record, in counts and logs (`bot_state`, `feedback`). */
  readonly name: string;
  /**
   * Deletes, or strips down to what may be kept, at most `limit` records last changed before `cutoff` and not
   * purged yet; resolves with how many it changed. Called again until it returns less than `limit`, so each call
   * must make progress (a stripped record is not selected again).
   */
  purge(cutoff: Date, limit: number): Promise<number>;
  /** The conversations this store ties to the subject, so that the other stores erase them too. */
  conversationsOf(subject: DataSubject): Promise<ConversationRef[]>;
  /**
   * Deletes everything it keeps about the subject, and about the given conversations (the subject's, found by
   * every store); resolves with how many records it deleted.
   */
  erase(subject: DataSubject, conversations: readonly ConversationRef[]): Promise<number>;
  /**
   * The channels it holds records of, if it can list them cheaply, so that a request naming no channel covers them
   * too (besides `KNOWN_CHANNELS`).
   */
  channels?(): Promise<string[]>;
}

/** Records changed, per store `name`. */
export type RetentionCounts = Record<string, number>;
