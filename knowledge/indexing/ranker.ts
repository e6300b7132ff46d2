import type { InvertedIndex, QueryTerm } from './inverted-index';
import type { PostingLists } from './posting-lists';
import { TopK, type Ranked } from './top-k';

/**
 * Scores entries term at a time through the postings, each side apart (see `FieldWeights`): its phrasings, and its
 * answer plus the best of its passages (passages are scored apart, then each entry keeps its best); an entry scores
 * as its better side. Scratch arrays are reused between queries; a generation stamp marks what the current query
 * touched, instead of clearing. Question words (companions) only add to what the query's other words reached.
 */
export class Ranker {
  private readonly phrasings: Scratch;
  private readonly answers: Scratch;
  private readonly passages: Scratch;
  private readonly best: Float64Array;
  private readonly bestStamp: Int32Array;

  constructor(
    private readonly index: InvertedIndex,
    entryCount: number,
  ) {
    this.phrasings = new Scratch(entryCount);
    this.answers = new Scratch(entryCount);
    this.passages = new Scratch(index.passageCount);
    this.best = new Float64Array(entryCount);
    this.bestStamp = new Int32Array(entryCount);
  }

  rank(query: readonly QueryTerm[], allowed: (entry: number) => boolean, limit: number): Ranked[] {
    const sides: [Scratch, PostingLists][] = [[this.phrasings, this.index.phrasings], [this.answers, this.index.answers], [this.passages, this.index.passages]];
    for (const [scratch] of sides) scratch.next();
    const ordered = [...query.filter((term) => !term.companion), ...query.filter((term) => term.companion)];
    for (const term of ordered) {
      for (const [scratch, postings] of sides) scratch.accumulate(postings, term.id, term.weight, !term.companion);
    }
    this.keepBestPassages();
    const top = new TopK(limit);
    const offer = (entry: number): void => {
      const score = Math.max(this.phrasings.valueOf(entry), this.answers.valueOf(entry) + (this.bestStamp[entry] === this.answers.generation ? (this.best[entry] as number) : 0));
      if (score > 0 && allowed(entry)) top.offer(entry, score);
    };
    for (let i = 0; i < this.phrasings.touchedCount; i += 1) offer(this.phrasings.touched[i] as number);
    // Entries the phrasings reached are offered once: an entry's score is the same whichever list brings it.
    for (let i = 0; i < this.answers.touchedCount; i += 1) {
      const entry = this.answers.touched[i] as number;
      if (!this.phrasings.has(entry)) offer(entry);
    }
    return top.items;
  }

  /** Each entry's best passage score (every entry a passage reached was reached by its answer's postings too). */
  private keepBestPassages(): void {
    const { touched, touchedCount, score } = this.passages;
    const generation = this.answers.generation;
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

  has(document: number): boolean {
    return this.stamp[document] === this.generation;
  }

  valueOf(document: number): number {
    return this.has(document) ? (this.score[document] as number) : 0;
  }

  /** Adds a term's postings times its query weight; `admitting` false only updates documents already reached. */
  accumulate(postings: PostingLists, term: number, queryWeight: number, admitting: boolean): void {
    const { score, stamp, touched, generation } = this;
    const { documents, weights } = postings;
    const end = postings.end(term);
    for (let i = postings.start(term); i < end; i += 1) {
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
