import { FIELD_KINDS, shareOf, type FieldKind, type FieldWeights } from './fields';
import type { NaturalCorpus } from './natural-corpus';
import { termFrequency } from './weighting';

/** 1 + ln n for the counts a field usually has, so that filling the postings computes few logarithms. */
const FREQUENCIES = Float64Array.from({ length: 256 }, (_, count) => termFrequency(count));

/**
 * Turns natural's corpus into postings, entry by entry: each field's term counts (noted ones, or natural's
 * count for the entry minus the phrasings' for the answer), their tf × idf vectors and norms, then one weight per
 * term of the entry: the fields' normalised weights, weighed by their shares.
 */
export class PostingWriter {
  private readonly cursor: Int32Array;
  private readonly shares: number[];
  /** The current entry's tf × idf per field, indexed like its terms; reused from entry to entry. */
  private vectors: Float64Array[] = FIELD_KINDS.map(() => new Float64Array(64));

  constructor(
    private readonly corpus: NaturalCorpus,
    fieldWeights: FieldWeights,
    private readonly idfs: Float64Array,
    offsets: Int32Array,
    private readonly postingEntries: Int32Array,
    private readonly postingWeights: Float32Array,
  ) {
    this.cursor = offsets.slice(0, -1);
    this.shares = FIELD_KINDS.map((kind) => shareOf(kind, fieldWeights));
  }

  writeAll(): void {
    for (let entry = 0; entry < this.corpus.entryCount; entry += 1) this.write(entry);
  }

  private write(entry: number): void {
    const start = this.corpus.termStart[entry] as number;
    const size = (this.corpus.termStart[entry + 1] as number) - start;
    if ((this.vectors[0] as Float64Array).length < size) this.vectors = FIELD_KINDS.map(() => new Float64Array(size * 2));
    const [question, phrasings, answer] = this.vectors as [Float64Array, Float64Array, Float64Array];
    const questionScale = this.scale(0, question, entry, start, size);
    const phrasingsScale = this.scale(1, phrasings, entry, start, size);
    const answerScale = this.scale(2, answer, entry, start, size);
    for (let at = 0; at < size; at += 1) {
      const id = this.corpus.termIds[start + at] as number;
      const slot = this.cursor[id] as number;
      this.postingEntries[slot] = entry;
      this.postingWeights[slot] =
        (question[at] as number) * questionScale + (phrasings[at] as number) * phrasingsScale + (answer[at] as number) * answerScale;
      this.cursor[id] = slot + 1;
    }
  }

  /** What the field's tf × idf vector is multiplied by: its share over its norm (0 for a field without share). */
  private scale(field: number, vector: Float64Array, entry: number, start: number, size: number): number {
    const share = this.shares[field] as number;
    if (share === 0) {
      vector.fill(0, 0, size);
      return 0;
    }
    const norm = this.fillVector(FIELD_KINDS[field] as FieldKind, vector, entry, start, size);
    return norm > 0 ? share / norm : 0;
  }

  /** Writes the field's tf × idf for each of the entry's terms into `vector`; returns the vector's norm. */
  private fillVector(kind: FieldKind, vector: Float64Array, entry: number, start: number, size: number): number {
    const { termIds, notes } = this.corpus;
    const note = notes[kind === 'answer' ? 'phrasings' : kind];
    const noted = note.length[entry] as number;
    let squares = 0;
    if (kind !== 'answer') {
      // A noted field has the entry's first terms only.
      for (let at = 0; at < noted; at += 1) {
        const value = frequency(note.counts[start + at] as number) * (this.idfs[termIds[start + at] as number] as number);
        vector[at] = value;
        squares += value * value;
      }
      vector.fill(0, noted, size);
      return Math.sqrt(squares);
    }
    // The answer, counted last, is what natural's document holds beyond the phrasings.
    const document = this.corpus.document(entry);
    const terms = this.corpus.dictionary.terms;
    for (let at = 0; at < size; at += 1) {
      const id = termIds[start + at] as number;
      const count = (document[terms[id] as string] as number) - (at < noted ? (note.counts[start + at] as number) : 0);
      const value = frequency(count) * (this.idfs[id] as number);
      vector[at] = value;
      squares += value * value;
    }
    return Math.sqrt(squares);
  }
}

function frequency(count: number): number {
  return count < FREQUENCIES.length ? (FREQUENCIES[count] as number) : termFrequency(count);
}
