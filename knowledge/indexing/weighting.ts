/**
 * Okapi BM25's weights, computed from natural's term counts (BM25 is a TF-IDF: a saturating term frequency times an
 * inverse document frequency). Saturation: a word repeated in an answer counts for more, but less and less (the tenth
 * "Ségur" in an answer about Ségur says little more than the second); length normalisation: a word in a short field
 * says more about it than the same word lost in a long one.
 */
export interface Saturation {
  /** How fast repeats stop counting (1.2 is BM25's usual value). */
  k1: number;
  /** How much a field's length against the average discounts it (0: not at all, 1: fully). */
  b: number;
}

export const SATURATION: Readonly<Saturation> = Object.freeze({ k1: 1.2, b: 0.75 });

/**
 * A term's weight in a field, from 0 (absent) towards 1 (repeated without end): tf·(k1+1) / (tf + k1·(1 − b + b·len/avg)),
 * divided by its bound k1 + 1 so that scores stay within [0, 1].
 */
export function saturated(count: number, length: number, averageLength: number, saturation: Saturation): number {
  if (count === 0) return 0;
  const { k1, b } = saturation;
  const norm = averageLength > 0 ? 1 - b + (b * length) / averageLength : 1;
  return count / (count + k1 * norm);
}

/**
 * Robertson–Spärck Jones inverse document frequency as BM25 uses it, ln(1 + (N − df + 0.5) / (df + 0.5)), N and df
 * counted in entries: always positive, and a word found in nearly every entry weighs nearly nothing (natural's
 * 1 + ln(N / (1 + df)) keeps it at about 1, a fifth of the rarest word's weight in a base of a hundred entries).
 */
export function idf(documentFrequency: number, entryCount: number): number {
  return Math.log(1 + (entryCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** The idf of a term no entry contains: an unknown query word weighs as much as the rarest. */
export function unseenIdf(entryCount: number): number {
  return idf(0, entryCount);
}

/** Sublinear count of a term repeated in the query (1 + ln n): "DMP DMP" is not twice the question. */
export function queryFrequency(count: number): number {
  return count > 0 ? 1 + Math.log(count) : 0;
}
