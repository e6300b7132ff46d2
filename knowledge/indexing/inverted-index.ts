import type { FieldWeights } from './fields';
import type { NaturalCorpus } from './natural-corpus';
import { PostingWriter } from './posting-writer';
import type { TermDictionary } from '../text/term-dictionary';
import { idf, termFrequency, unseenIdf } from './weighting';

export type { FieldWeights } from './fields';

/** A query term: `weight` is its share of the L2-normalised query vector; its postings are [start, end). */
export interface QueryTerm {
  term: string;
  weight: number;
  start: number;
  end: number;
  /** The term's largest posting weight: the most it can add to an entry's score, per unit of query weight. */
  maxWeight: number;
}

/**
 * TF-IDF cosine over an inverted index built from natural's corpus. Each field is an L2-normalised tf × idf
 * vector; an entry's vector is the weighted sum of its fields' vectors, so that its score — the weighted sum of
 * the field cosines — is one dot product, and a term's postings list each entry once. Postings live in two flat
 * typed arrays, term by term (compressed sparse rows): cheap to build, to scan and for the garbage collector.
 */
export class InvertedIndex {
  readonly postingEntries: Int32Array;
  readonly postingWeights: Float32Array;
  private readonly dictionary: TermDictionary;
  private readonly idfs: Float64Array;
  private readonly offsets: Int32Array;
  private readonly maxWeights: Float32Array;
  private readonly unseen: number;

  constructor(corpus: NaturalCorpus, weights: FieldWeights) {
    this.dictionary = corpus.dictionary;
    const termCount = this.dictionary.terms.length;
    const frequencies = corpus.documentFrequency.subarray(0, termCount);
    // A language no entry is written in has no documents; one keeps the idf finite (no term matches anyway).
    const documents = Math.max(1, corpus.documentCount);
    this.idfs = Float64Array.from(frequencies, (frequency) => idf(frequency, documents));
    this.unseen = unseenIdf(documents);
    // An entry has one posting per term it holds in any field: a term's list is as long as its document frequency.
    this.offsets = new Int32Array(termCount + 1);
    for (let id = 0; id < termCount; id += 1) this.offsets[id + 1] = (this.offsets[id] as number) + (frequencies[id] as number);
    this.postingEntries = new Int32Array(this.offsets[termCount] as number);
    this.postingWeights = new Float32Array(this.offsets[termCount] as number);
    new PostingWriter(corpus, weights, this.idfs, this.offsets, this.postingEntries, this.postingWeights).writeAll();
    this.maxWeights = this.largestWeights();
  }

  idfOf(term: string): number {
    const id = this.dictionary.idOf(term);
    return id === undefined ? this.unseen : (this.idfs[id] as number);
  }

  has(term: string): boolean {
    const id = this.dictionary.idOf(term);
    return id !== undefined && (this.offsets[id + 1] as number) > (this.offsets[id] as number);
  }

  private largestWeights(): Float32Array {
    const largest = new Float32Array(this.dictionary.terms.length);
    for (let id = 0; id < largest.length; id += 1) {
      for (let at = this.offsets[id] as number; at < (this.offsets[id + 1] as number); at += 1) {
        largest[id] = Math.max(largest[id] as number, this.postingWeights[at] as number);
      }
    }
    return largest;
  }

  /**
   * The query as a vector (sublinear term counts × idf, L2-normalised; unknown terms count in the norm with the
   * idf of a term no entry has, so a query full of unknown words scores low). Terms absent from the index are
   * left out.
   */
  queryVector(terms: readonly string[]): QueryTerm[] {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    let squares = 0;
    for (const [term, count] of counts) squares += (termFrequency(count) * this.idfOf(term)) ** 2;
    const norm = Math.sqrt(squares);
    const vector: QueryTerm[] = [];
    for (const [term, count] of counts) {
      const id = this.dictionary.idOf(term);
      if (id === undefined || !this.has(term)) continue;
      const weight = (termFrequency(count) * (this.idfs[id] as number)) / norm;
      vector.push({ term, weight, start: this.offsets[id] as number, end: this.offsets[id + 1] as number, maxWeight: this.maxWeights[id] as number });
    }
    return vector;
  }
}
