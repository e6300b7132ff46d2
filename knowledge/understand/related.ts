import type { Entry, KnowledgeBase } from '../types';

/** How many entries hold each facet value: a value few entries share says more about a subject. */
function valueCounts(kb: KnowledgeBase): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of kb.entries) {
    for (const [facet, values] of Object.entries(entry.facets)) {
      for (const value of values ?? []) counts.set(`${facet}=${value}`, (counts.get(`${facet}=${value}`) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Entries on the same subject as `entry`, closest first: those sharing its facet values, each shared value weighing
 * more the fewer entries hold it (the product over the offer). An entry sharing none is not related, whatever the
 * cascade lets it match. Pure: the "see also" default.
 */
export class RelatedEntries {
  private readonly counts: Map<string, number>;
  /** What `of` found per entry and limit: the base does not change under an instance, and it reads every entry. */
  private readonly found = new Map<string, Entry[]>();

  constructor(private readonly kb: KnowledgeBase) {
    this.counts = valueCounts(kb);
  }

  of(entry: Entry, limit: number): Entry[] {
    const key = `${limit} ${entry.id}`;
    let related = this.found.get(key);
    if (related === undefined) {
      related = this.scored(entry, limit);
      if (this.found.size >= 10_000) this.found.clear();
      this.found.set(key, related);
    }
    return [...related];
  }

  private scored(entry: Entry, limit: number): Entry[] {
    const total = this.kb.entries.length;
    const scored = this.kb.entries
      .map((other, order) => ({ other, order, score: other.id === entry.id ? 0 : this.shared(entry, other, total) }))
      .filter(({ score }) => score > 0);
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    return scored.slice(0, limit).map(({ other }) => other);
  }

  private shared(entry: Entry, other: Entry, total: number): number {
    let score = 0;
    for (const [facet, values] of Object.entries(entry.facets)) {
      for (const value of values ?? []) {
        if (!(other.facets[facet] ?? []).includes(value)) continue;
        score += Math.log(1 + total / (this.counts.get(`${facet}=${value}`) ?? total));
      }
    }
    return score;
  }
}
