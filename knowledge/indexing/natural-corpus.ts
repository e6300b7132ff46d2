import { TfIdf } from 'natural/lib/natural/tfidf';
import type { TermDictionary } from '../text/term-dictionary';
/** Where an entry's running counts are noted: after its question, and after its phrasings (question and alternates). */
export type NotedField = 'question' | 'phrasings';

/** A natural document: term → count. */
export type NaturalDocument = Record<string, number>;

/** The running counts of an entry's first terms at the end of a field, for every entry. */
export interface FieldNote {
  /** How many of entry e's first terms the field had. */
  length: number[];
  /** Their counts, aligned with `NaturalCorpus.termIds`. */
  counts: Int32Array;
}

/**
 * natural's TF-IDF corpus of one language, one document per entry: the term counts of its phrasings (question and
 * alternates) and answer, the corpus the index is built from. Each token is counted once, into the current
 * entry's running counts; when the entry ends, they become its natural document, the only place where the
 * entry's counts are kept. An entry's fields are counted one after the other, and as the question and the
 * phrasings end, the running counts of the terms seen so far are noted: the answer, counted last, is what natural's
 * document holds beyond the phrasings.
 *
 * natural's documents are plain term → count objects, and it takes a ready one as is (the form it deserialises).
 * It is filled here rather than by `addDocument(tokens)`, which counts into an object literal growing through
 * hidden-class transitions: 220 to 390 ms per language at 10,000 entries, more than this whole build. A map without
 * prototype is also safe from terms like "constructor" (natural issue #119).
 */
export class NaturalCorpus {
  readonly tfidf = new TfIdf();
  /** Entries having each term (by id) in any field. */
  documentFrequency: Int32Array = new Int32Array(1024);
  /** Entry e's term ids, in order of first occurrence: `termIds[termStart[e] .. termStart[e + 1])`. */
  readonly termStart: number[] = [0];
  termIds: Int32Array;
  /** Each of those terms' count in its entry, aligned with `termIds`: what natural's document holds, read without it. */
  totals: Int32Array;
  /** The fields noted as they end: all but the last, the answer. */
  readonly notes: Readonly<Record<NotedField, FieldNote>> = {
    question: { length: [], counts: new Int32Array(0) },
    phrasings: { length: [], counts: new Int32Array(0) },
  };
  private termCount = 0;
  /** The entry being counted. */
  private current = 0;
  /** The current entry's running counts by term id; `seenIn` tells which entry a count belongs to. */
  private running: Int32Array = new Int32Array(1024);
  private seenIn: Int32Array = new Int32Array(1024).fill(-1);

  /**
   * @param dictionary the ids the counted terms come with.
   * @param expectedEntries to size the arrays (they grow as needed).
   * @param natural whether each document is also handed to natural's TfIdf (the answers' passages need only counts).
   */
  constructor(
    readonly dictionary: TermDictionary,
    expectedEntries = 0,
    private readonly natural = true,
  ) {
    this.termIds = new Int32Array(Math.max(1024, expectedEntries * 64));
    this.totals = new Int32Array(this.termIds.length);
  }

  get entryCount(): number {
    return this.termStart.length - 1;
  }

  /**
   * Entries with at least one term: the N of the idf. An entry not written in this language has an empty document
   * (so that documents stay aligned with entries), which natural would count; it is no document of this language.
   */
  documentCount = 0;

  /** Counts one occurrence of a term in the current entry. */
  readonly count = (id: number): void => {
    if (id >= this.running.length) this.growRunning(id);
    if (this.seenIn[id] === this.current) {
      this.running[id] = (this.running[id] as number) + 1;
      return;
    }
    this.seenIn[id] = this.current;
    this.running[id] = 1;
    if (this.termCount === this.termIds.length) this.termIds = grown(this.termIds, this.termCount + 1);
    this.termIds[this.termCount] = id;
    this.termCount += 1;
  };

  /** Counts `times` occurrences of a term in the current entry at once (a passage's count, counted before). */
  countTimes(id: number, times: number): void {
    this.count(id);
    this.running[id] = (this.running[id] as number) + times - 1;
  }

  private growRunning(id: number): void {
    this.running = grown(this.running, id + 1);
    const seenIn = new Int32Array(this.running.length).fill(-1);
    seenIn.set(this.seenIn);
    this.seenIn = seenIn;
  }

  /** Notes the running counts of the current entry's terms at the end of this field. */
  endField(kind: NotedField): void {
    const note = this.notes[kind];
    const start = this.termStart[this.current] as number;
    if (note.counts.length < this.termCount) note.counts = grown(note.counts, this.termCount);
    for (let at = start; at < this.termCount; at += 1) note.counts[at] = this.running[this.termIds[at] as number] as number;
    note.length.push(this.termCount - start);
  }

  /** Hands the entry's document to natural and starts the next entry. */
  endEntry(): void {
    const start = this.termStart[this.current] as number;
    if (this.termCount > start) this.documentCount += 1;
    if (this.documentFrequency.length < this.dictionary.terms.length) {
      this.documentFrequency = grown(this.documentFrequency, this.dictionary.terms.length);
    }
    if (this.totals.length < this.termIds.length) this.totals = grown(this.totals, this.termIds.length);
    const document = Object.create(null) as NaturalDocument;
    const terms = this.dictionary.terms;
    for (let at = start; at < this.termCount; at += 1) {
      const id = this.termIds[at] as number;
      this.documentFrequency[id] = (this.documentFrequency[id] as number) + 1;
      this.totals[at] = this.running[id] as number;
      if (this.natural) document[terms[id] as string] = this.running[id] as number;
    }
    // natural's typings declare document values as strings, but it stores and reads counts.
    if (this.natural) this.tfidf.addDocument(document as unknown as Record<string, string>, this.current);
    this.termStart.push(this.termCount);
    this.current += 1;
  }

  /** natural's document of an entry: its terms' counts, summed over its fields. */
  document(entry: number): Readonly<NaturalDocument> {
    return this.tfidf.documents[entry] as NaturalDocument;
  }
}

function grown(array: Int32Array, least: number): Int32Array {
  const larger = new Int32Array(Math.max(1024, least, array.length * 2));
  larger.set(array);
  return larger;
}
