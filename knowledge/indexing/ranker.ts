import type { InvertedIndex, QueryTerm } from './inverted-index';
import { TopK, type Ranked } from './top-k';

/**
 * Accumulates entry scores term at a time, with scratch arrays reused between queries (a generation stamp marks
 * what the current query touched, instead of clearing). Max-score pruning: terms go from the most to the least
 * influential; once the k-th best entry so far beats all that the remaining terms could give an entry not seen
 * yet, those terms only update entries already seen. The top k stays exact, and a query with a word found in
 * half the base ("santé", "data") does not score half the base.
 */
export class Ranker {
  private readonly score: Float64Array;
  private readonly stamp: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private generation = 0;

  constructor(
    private readonly index: InvertedIndex,
    entryCount: number,
  ) {
    this.score = new Float64Array(entryCount);
    this.stamp = new Int32Array(entryCount);
    this.touched = new Int32Array(entryCount);
  }

  rank(query: readonly QueryTerm[], allowed: (entry: number) => boolean, limit: number): Ranked[] {
    const terms = query
      .map((term) => ({ term, bound: term.weight * term.maxWeight }))
      .sort((a, b) => b.bound - a.bound);
    this.nextGeneration();
    let remaining = terms.reduce((sum, item) => sum + item.bound, 0);
    let admitting = true;
    let lastTry = Infinity;
    for (const { term, bound } of terms) {
      // Checking costs a pass over the entries seen: only when the remaining terms weigh little, and rarely.
      if (admitting && this.touchedCount >= limit && remaining < lastTry / 2) {
        lastTry = remaining;
        if (this.kthBest(allowed, limit) > remaining) admitting = false;
      }
      this.accumulate(term, admitting);
      remaining -= bound;
    }
    return this.best(allowed, limit).items;
  }

  private accumulate(term: QueryTerm, admitting: boolean): void {
    const { postingEntries: entries, postingWeights: weights } = this.index;
    const { score, stamp, touched, generation } = this;
    const queryWeight = term.weight;
    for (let i = term.start; i < term.end; i += 1) {
      const entry = entries[i] as number;
      if (stamp[entry] !== generation) {
        if (!admitting) continue;
        stamp[entry] = generation;
        score[entry] = 0;
        touched[this.touchedCount] = entry;
        this.touchedCount += 1;
      }
      score[entry] = (score[entry] as number) + (weights[i] as number) * queryWeight;
    }
  }

  private kthBest(allowed: (entry: number) => boolean, limit: number): number {
    const top = this.best(allowed, limit);
    return top.items.length < limit ? -Infinity : (top.items[limit - 1] as Ranked).score;
  }

  private best(allowed: (entry: number) => boolean, limit: number): TopK {
    const top = new TopK(limit);
    for (let i = 0; i < this.touchedCount; i += 1) {
      const entry = this.touched[i] as number;
      const score = this.score[entry] as number;
      if (score > 0 && allowed(entry)) top.offer(entry, score);
    }
    return top;
  }

  /** On (very rare) overflow of the stamp, the stamps are cleared instead. */
  private nextGeneration(): void {
    this.touchedCount = 0;
    if (this.generation < 0x7fffffff) this.generation += 1;
    else {
      this.stamp.fill(0);
      this.generation = 1;
    }
  }
}
