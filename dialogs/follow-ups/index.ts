import { RelatedEntries, type Entry, type KnowledgeBase } from '../../knowledge';
import type { AnswerHistory } from './answer-history';

export type { AnswerHistory } from './answer-history';
export { FeedbackAnswerHistory } from './answer-history';

/** The "see also" after an answer. */
export interface FollowUps {
  /** Up to `limit` entries worth reading after `entry`, best first; `entry` and the `exclude`d ids are left out. */
  after(entry: Entry, limit: number, exclude: readonly string[]): Promise<Entry[]>;
}

/**
 * Entries that users who read this one went on to rate helpful (when a history is given), then entries on the same
 * subject (`RelatedEntries`). A history that fails gives nothing: the same subject still does.
 */
export class SeeAlso implements FollowUps {
  private readonly related: RelatedEntries;
  private readonly byId: ReadonlyMap<string, Entry>;

  constructor(
    kb: KnowledgeBase,
    private readonly history?: AnswerHistory,
  ) {
    this.related = new RelatedEntries(kb);
    this.byId = new Map(kb.entries.map((entry) => [entry.id, entry]));
  }

  async after(entry: Entry, limit: number, exclude: readonly string[]): Promise<Entry[]> {
    const left = new Set([entry.id, ...exclude]);
    const helpful = this.history ? await this.history.helpfulAfter(entry.id).catch(() => []) : [];
    const sameSubject = this.related.of(entry, limit + left.size).map((other) => other.id);
    const ids = [...new Set([...helpful, ...sameSubject])].filter((id) => !left.has(id));
    return ids.flatMap((id) => this.byId.get(id) ?? []).slice(0, limit);
  }
}
