import type { InvertedIndex, QueryTerm } from './inverted-index';
import { TopK, type Ranked } from './top-k';

/**
 * Scores entries term at a time through the postings: an entry's fields (one weight per entry and term) plus its
 * best passage (passages are scored apart, then each entry keeps its best). Scratch arrays are reused between
 * queries; a generation stamp marks what the current query touched, instead of clearing. Question words
 * (companions) only add to entries and passages that the query's other words reached.
 */
export class Ranker {
  private readonly entries: Scratch;
  private readonly passages: Scratch;
  private readonly best: Float64Array;
  private readonly bestStamp: Int32Array;

  constructor(
    private readonly index: InvertedIndex,
    entryCount: number,
  ) {
    this.entries = new Scratch(entryCount);
    this.passages = new Scratch(index.passageCount);
    this.best = new Float64Array(entryCount);
    this.bestStamp = new Int32Array(entryCount);
  }

  rank(query: readonly QueryTerm[], allowed: (entry: number) => boolean, limit: number): Ranked[] {
    this.entries.next();
    this.passages.next();
    const ordered = [...query.filter((term) => !term.companion), ...query.filter((term) => term.companion)];
    const { entries: entryPostings, passages: passagePostings } = this.index;
    for (const term of ordered) {
      this.entries.accumulate(entryPostings.documents, entryPostings.weights, entryPostings.start(term.id), entryPostings.end(term.id), term.weight, !term.companion);
      this.passages.accumulate(passagePostings.documents, passagePostings.weights, passagePostings.start(term.id), passagePostings.end(term.id), term.weight, !term.companion);
    }
    this.keepBestPassages();
    const top = new TopK(limit);
    const { touched, touchedCount, score } = this.entries;
    for (let i = 0; i < touchedCount; i += 1) {
      const entry = touched[i] as number;
      const total = (score[entry] as number) + (this.bestStamp[entry] === this.entries.generation ? (this.best[entry] as number) : 0);
      if (total > 0 && allowed(entry)) top.offer(entry, total);
    }
    return top.items;
  }

  /** Each entry's best passage score (every entry a passage reached was reached by its own postings too). */
  private keepBestPassages(): void {
    const { touched, touchedCount, score } = this.passages;
    const generation = this.entries.generation;
    for (let i = 0; i < touchedCount; i += 1) {
      const passage = touched[i] as number;
      const entry = this.index.entryOf[passage] as number;
      const value = score[passage] as number;
      if (this.bestStamp[entry] !== generation || value > (this.best[entry] as number)) {
        this.bestStamp[entry] = generation;
        this.best[entry] = value;
      }
    }
  }
}

/** Running scores of one kind of document for the current query. */
class Scratch {
  readonly score: Float64Array;
  readonly touched: Int32Array;
  touchedCount = 0;
  generation = 0;
  private readonly stamp: Int32Array;

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.stamp = new Int32Array(size);
    this.touched = new Int32Array(size);
  }

  /** On (very rare) overflow of the stamp, the stamps are cleared instead. */
  next(): void {
    this.touchedCount = 0;
    if (this.generation < 0x7fffffff) this.generation += 1;
    else {
      this.stamp.fill(0);
      this.generation = 1;
    }
  }

  /** Adds a term's postings [start, end) times its query weight; `admitting` false only updates documents already reached. */
  accumulate(documents: Int32Array, weights: Float32Array, start: number, end: number, queryWeight: number, admitting: boolean): void {
    const { score, stamp, touched, generation } = this;
    for (let i = start; i < end; i += 1) {
      const document = documents[i] as number;
      if (stamp[document] !== generation) {
        if (!admitting) continue;
        stamp[document] = generation;
        score[document] = 0;
        touched[this.touchedCount] = document;
        this.touchedCount += 1;
      }
      score[document] = (score[document] as number) + (weights[i] as number) * queryWeight;
    }
  }
}
