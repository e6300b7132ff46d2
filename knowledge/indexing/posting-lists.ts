/**
 * Postings in two flat typed arrays, term by term (compressed sparse rows): for each term, the documents holding it
 * and the term's weight there. Cheap to build, to scan and for the garbage collector. Documents are added in order,
 * so each term's list is sorted by document.
 */
export class PostingLists {
  readonly offsets: Int32Array;
  readonly documents: Int32Array;
  readonly weights: Float32Array;
  private readonly cursor: Int32Array;

  /** @param frequencies how many documents hold each term (its list's length), by term id. */
  constructor(frequencies: Int32Array, termCount: number) {
    this.offsets = new Int32Array(termCount + 1);
    for (let id = 0; id < termCount; id += 1) this.offsets[id + 1] = (this.offsets[id] as number) + (frequencies[id] ?? 0);
    this.documents = new Int32Array(this.offsets[termCount] as number);
    this.weights = new Float32Array(this.offsets[termCount] as number);
    this.cursor = this.offsets.slice(0, -1);
  }

  add(term: number, document: number, weight: number): void {
    const slot = this.cursor[term] as number;
    this.documents[slot] = document;
    this.weights[slot] = weight;
    this.cursor[term] = slot + 1;
  }

  start(term: number): number {
    return this.offsets[term] as number;
  }

  end(term: number): number {
    return this.offsets[term + 1] as number;
  }
}
