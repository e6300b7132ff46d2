import type { TermDictionary } from '../text/term-dictionary';
import type { FieldWeights } from './fields';
import type { NaturalCorpus } from './natural-corpus';
import type { PostingLists } from './posting-lists';
import { writeEntryPostings, writePassagePostings } from './posting-writer';
import { idf, queryFrequency, SATURATION, unseenIdf, type Saturation } from './weighting';

export type { FieldWeights } from './fields';

/** A query term found in the index: its id and its share of the query's weight. */
export interface QueryTerm {
  term: string;
  id: number;
  weight: number;
  /**
   * A question word ("comment", "why"): it adds to entries that other words of the query found, never brings one in
   * alone (a question sharing nothing with an entry but "comment" has nothing to do with it).
   */
  companion: boolean;
}

/** natural's corpora of one language: one document per entry, and one per passage of the answers (`entryOf`). */
export interface Corpora {
  entries: NaturalCorpus;
  passages: NaturalCorpus;
  entryOf: Int32Array;
}

/**
 * The BM25 index of one language, built from natural's term counts: for each side of an entry (see `FieldWeights`),
 * postings of its phrasings, of its answer and of the answer's passages. A query's terms weigh their idf over the sum
 * of the query's idfs, unknown words included, so a side's score is the share of the query it matches, each matched
 * word saturated by its frequency there: a number from 0 to 1 whatever the base's size.
 */
export class InvertedIndex {
  readonly phrasings: PostingLists;
  readonly answers: PostingLists;
  readonly passages: PostingLists;
  readonly entryOf: Int32Array;
  readonly passageCount: number;
  private readonly dictionary: TermDictionary;
  private readonly idfs: Float64Array;
  private readonly unseen: number;

  constructor(corpora: Corpora, weights: FieldWeights, saturation: Saturation = SATURATION) {
    const corpus = corpora.entries;
    this.dictionary = corpus.dictionary;
    // A language no entry is written in has no documents; one keeps the idf finite (no term matches anyway).
    const documents = Math.max(1, corpus.documentCount);
    this.idfs = Float64Array.from({ length: this.dictionary.terms.length }, (_, id) => idf(corpus.documentFrequency[id] ?? 0, documents));
    this.unseen = unseenIdf(documents);
    const { phrasings, answers } = writeEntryPostings(corpus, weights, saturation);
    this.phrasings = phrasings;
    this.answers = answers;
    this.passages = writePassagePostings(corpora.passages, weights, saturation);
    this.entryOf = corpora.entryOf;
    this.passageCount = corpora.passages.entryCount;
  }

  idfOf(term: string): number {
    const id = this.dictionary.idOf(term);
    return id === undefined || id >= this.idfs.length ? this.unseen : (this.idfs[id] as number);
  }

  has(term: string): boolean {
    const id = this.dictionary.idOf(term);
    return id !== undefined && id < this.idfs.length && (corpusFrequency(this.phrasings, id) > 0 || corpusFrequency(this.answers, id) > 0);
  }

  /**
   * The query's terms found in the index, each weighing its idf (times its sublinear count) over the query's total;
   * terms absent from the index count in the total with the idf of a term no entry has, so a query full of unknown
   * words scores low, and so does a query of one common word (the total is at least one unknown word's idf).
   * Companions (question words) count in the total too.
   */
  queryVector(terms: readonly string[], companions: readonly string[] = []): QueryTerm[] {
    const counts = new Map<string, { count: number; companion: boolean }>();
    for (const term of terms) counts.set(term, { count: (counts.get(term)?.count ?? 0) + 1, companion: false });
    for (const term of companions) if (!counts.has(term)) counts.set(term, { count: 1, companion: true });
    // A query's evidence is its idf mass: one common word ("données") is too little to be sure of anything, however
    // well an entry matches it, so the total is at least the weight of one word no entry has.
    let sum = 0;
    for (const [term, { count }] of counts) sum += queryFrequency(count) * this.idfOf(term);
    const total = Math.max(this.unseen, sum);
    const vector: QueryTerm[] = [];
    for (const [term, { count, companion }] of counts) {
      const id = this.dictionary.idOf(term);
      if (id === undefined || !this.has(term)) continue;
      vector.push({ term, id, weight: (queryFrequency(count) * (this.idfs[id] as number)) / total, companion });
    }
    return vector;
  }
}

function corpusFrequency(postings: PostingLists, id: number): number {
  return postings.end(id) - postings.start(id);
}
