import type { TfIdf } from 'natural/lib/natural/tfidf';
import { encodeDocuments, naturalCorpus, TermDictionary, type EncodedDocument } from './encoded-documents';
import type { FieldDocument, FieldKind } from './fields';
import { idf, unseenIdf } from './idf';

/**
 * How the field cosines make an entry's score: `question` × cos(query, question) + `answer` × cos(query, answer)
 * + the rest × cos(query, all phrasings). Chosen on the dev set with `npx tsx bench/calibrate.ts`.
 */
export interface FieldWeights {
  /** Share of the question alone. */
  question: number;
  /** Share of the answer text; all the phrasings (question and alternates) get the rest. */
  answer: number;
}

function shareOf(kind: FieldKind, weights: FieldWeights): number {
  if (kind === 'question') return weights.question;
  return kind === 'answer' ? weights.answer : 1 - weights.question - weights.answer;
}

/**
 * Sublinear term frequency (1 + ln tf): the pooled phrasings repeat an entry's key words in every alternate, and
 * raw counts let those repeats drown the other words (top-1 on the dev set: 92 % raw, 96-98 % sublinear).
 */
function termFrequency(count: number): number {
  return 1 + Math.log(count);
}

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
 * TF-IDF cosine over an inverted index. Each field document is an L2-normalised tf × idf vector; an entry's vector
 * is the weighted sum of its fields' vectors, so that its score — the weighted sum of the field cosines — is one
 * dot product, and a term's postings list each entry once. Postings live in two flat typed arrays, term by term
 * (compressed sparse rows): cheap to build, to scan and for the garbage collector.
 */
export class InvertedIndex {
  /** natural's TF-IDF corpus of the entries (term counts); its idf is the one used here. */
  readonly tfidf: TfIdf;
  readonly postingEntries: Int32Array;
  readonly postingWeights: Float32Array;
  private readonly dictionary = new TermDictionary();
  private readonly idfs: Float64Array;
  private readonly offsets: Int32Array;
  private readonly maxWeights: Float32Array;
  private readonly unseen: number;

  constructor(documents: readonly FieldDocument[], entryCount: number, weights: FieldWeights) {
    const encoded = encodeDocuments(documents, this.dictionary);
    const { tfidf, documentFrequency } = naturalCorpus(encoded, this.dictionary, entryCount);
    this.tfidf = tfidf;
    this.idfs = Float64Array.from(documentFrequency, (frequency) => idf(frequency, entryCount));
    this.unseen = unseenIdf(entryCount);
    const weighted = encoded.filter((document) => shareOf(document.kind, weights) > 0);
    this.offsets = this.listOffsets(weighted);
    const total = this.offsets[this.offsets.length - 1] as number;
    this.postingEntries = new Int32Array(total);
    this.postingWeights = new Float32Array(total);
    this.fill(weighted, weights);
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

  /** Where each term's postings start: one per entry having the term in a weighted field. */
  private listOffsets(documents: readonly EncodedDocument[]): Int32Array {
    const terms = this.dictionary.terms.length;
    const sizes = new Int32Array(terms);
    const lastEntry = new Int32Array(terms).fill(-1);
    for (const { entry, ids } of documents) {
      for (const id of ids) {
        if (lastEntry[id] === entry) continue;
        lastEntry[id] = entry;
        sizes[id] = (sizes[id] as number) + 1;
      }
    }
    const offsets = new Int32Array(terms + 1);
    for (let id = 0; id < terms; id += 1) offsets[id + 1] = (offsets[id] as number) + (sizes[id] as number);
    return offsets;
  }

  /** An entry's documents come one after the other: a term's last posting is the only one it may share. */
  private fill(documents: readonly EncodedDocument[], weights: FieldWeights): void {
    const cursor = Int32Array.from(this.offsets.subarray(0, -1));
    const lastEntry = new Int32Array(cursor.length).fill(-1);
    for (const { entry, kind, ids, counts } of documents) {
      let squares = 0;
      ids.forEach((id, at) => (squares += (termFrequency(counts[at] as number) * (this.idfs[id] as number)) ** 2));
      const scale = shareOf(kind, weights) / Math.sqrt(squares);
      ids.forEach((id, at) => {
        const weight = termFrequency(counts[at] as number) * (this.idfs[id] as number) * scale;
        if (lastEntry[id] === entry) this.postingWeights[(cursor[id] as number) - 1] += weight;
        else {
          lastEntry[id] = entry;
          this.postingEntries[cursor[id] as number] = entry;
          this.postingWeights[cursor[id] as number] = weight;
          cursor[id] = (cursor[id] as number) + 1;
        }
      });
    }
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
