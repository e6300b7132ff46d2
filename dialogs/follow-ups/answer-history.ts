import type { FeedbackReader, FeedbackRecord } from '../../storage';

/**
 * What users did after reading an answer. Today's source is the feedback (ratings, in order, per conversation);
 * an analytics store recording every answer shown can implement it too, with the same meaning.
 */
export interface AnswerHistory {
  /** Ids of the entries users rated helpful after reading `entryId` in the same conversation, most often first. */
  helpfulAfter(entryId: string): Promise<string[]>;
}

export interface FeedbackHistoryOptions {
  now?: () => number;
  /** How often the counts are read again. */
  refreshMs?: number;
  /** How far back ratings are read. */
  windowMs?: number;
  /** How many ratings are read at most (newest first). */
  maxRecords?: number;
  /** A pair counts only when that many conversations show it: one user's path is no pattern. */
  minConversations?: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** The conversation of a feedback record: its answer key is `${conversationId}/${uuid}` (see `newAnswerKey`). */
function conversationOf(record: FeedbackRecord): string {
  return record.answerKey.slice(0, record.answerKey.lastIndexOf('/'));
}

/** For each entry, how many conversations rated another one helpful after rating it (either way). */
export function helpfulAfterCounts(records: readonly FeedbackRecord[]): Map<string, Map<string, number>> {
  const byConversation = new Map<string, FeedbackRecord[]>();
  for (const record of records) {
    if (record.entryId === null) continue;
    const key = conversationOf(record);
    byConversation.set(key, [...(byConversation.get(key) ?? []), record]);
  }
  const counts = new Map<string, Map<string, number>>();
  for (const ratings of byConversation.values()) {
    const ordered = [...ratings].sort((a, b) => a.at.getTime() - b.at.getTime());
    const pairs = new Set<string>();
    ordered.forEach((read, index) => {
      for (const later of ordered.slice(index + 1)) {
        if (later.helpful === true && later.entryId !== read.entryId) pairs.add(`${read.entryId}\n${later.entryId}`);
      }
    });
    for (const pair of pairs) {
      const [from = '', to = ''] = pair.split('\n');
      const row = counts.get(from) ?? new Map<string, number>();
      row.set(to, (row.get(to) ?? 0) + 1);
      counts.set(from, row);
    }
  }
  return counts;
}

/**
 * "Entries users who read this one went on to rate helpful", from the feedback ratings: the recent ones, read at
 * most every `refreshMs` (a turn never waits for more than the first reading; later ones happen behind).
 */
export class FeedbackAnswerHistory implements AnswerHistory {
  private counts: Map<string, Map<string, number>> | undefined;
  private loading: Promise<void> | undefined;
  private readAt = 0;
  private readonly options: Required<FeedbackHistoryOptions>;

  constructor(
    private readonly reader: Pick<FeedbackReader, 'list'>,
    options: FeedbackHistoryOptions = {},
  ) {
    this.options = { now: Date.now, refreshMs: 10 * 60 * 1000, windowMs: 180 * DAY, maxRecords: 20_000, minConversations: 2, ...options };
  }

  async helpfulAfter(entryId: string): Promise<string[]> {
    if (this.counts === undefined) await this.refresh();
    else if (this.options.now() - this.readAt > this.options.refreshMs) void this.refresh().catch(() => undefined);
    const row = this.counts?.get(entryId) ?? new Map<string, number>();
    return [...row]
      .filter(([, conversations]) => conversations >= this.options.minConversations)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([id]) => id);
  }

  private refresh(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const from = new Date(this.options.now() - this.options.windowMs);
        this.counts = helpfulAfterCounts(await this.reader.list({ from, limit: this.options.maxRecords }));
        this.readAt = this.options.now();
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }
}
