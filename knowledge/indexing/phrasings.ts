import { phrasingsOf } from '../entry/languages';
import type { Analyzer } from '../text/analyzer';
import type { Entry, Lang } from '../types';

/** FNV-1a over term ids, kept to 30 bits: small integers are stored unboxed, in maps as anywhere. */
export const PHRASING_HASH_START = 0x811c9dc5 & 0x3fffffff;

export function phrasingHashStep(hash: number, termId: number): number {
  return Math.imul(hash ^ termId, 0x01000193) & 0x3fffffff;
}

/** The hash of a phrasing's terms (term ids, in order), as `countEntries` computes it while indexing. */
export function phrasingHash(termIds: readonly number[]): number {
  let hash = PHRASING_HASH_START;
  for (const id of termIds) hash = phrasingHashStep(hash, id);
  return hash;
}

/** A packed key holds the entry in its low bits: up to 2^23 entries (8 million), 30 + 23 bits within a double's 53. */
const ENTRY_SPAN = 2 ** 23;

/** A phrasing of an entry, as one number: sorting such keys sorts by hash, then entry. */
export function phrasingKey(hash: number, entry: number): number {
  if (entry >= ENTRY_SPAN) throw new RangeError(`[PhrasingIndex] entry ${entry}: at most ${ENTRY_SPAN} entries`);
  return hash * ENTRY_SPAN + entry;
}

/**
 * The entries' own phrasings (questions and alternates), by a hash of their analysed terms, to recognise a query
 * that repeats one of them. Only hashes are kept, packed with their entry in one sorted array (8 bytes a phrasing;
 * a map of the phrasings as strings would hold as much memory as the whole index at 10,000 entries): a hash names
 * the entries that may have the phrasing, which the caller checks.
 */
export class PhrasingIndex {
  private readonly keys: Float64Array;

  /** @param keys `phrasingKey`s, in any order. */
  constructor(keys: readonly number[]) {
    this.keys = Float64Array.from(keys).sort();
  }

  /** The entries that may have a phrasing of this hash, each once, in order. */
  candidates(hash: number): number[] {
    const low = hash * ENTRY_SPAN;
    const found: number[] = [];
    for (let at = this.firstAtLeast(low); at < this.keys.length && (this.keys[at] as number) < low + ENTRY_SPAN; at += 1) {
      const entry = (this.keys[at] as number) - low;
      if (found.at(-1) !== entry) found.push(entry);
    }
    return found;
  }

  private firstAtLeast(key: number): number {
    let [low, high] = [0, this.keys.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.keys[middle] as number) < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((stem, at) => stem === b[at]);
}

/**
 * Recognises a query repeating an entry's own question or alternate: the same content words in the same order, as
 * the text pipeline reads them (case, accents, punctuation, elisions and stopwords aside). Word order counts: this
 * sets the scores aside, so it must rest on the user reproducing our phrasing; a reordering is evidence of the kind
 * the scores already weigh, and the scores ignore order.
 */
export class OwnPhrasings {
  constructor(
    private readonly analyzer: Analyzer,
    private readonly lang: Lang,
    private readonly entries: readonly Entry[],
    private readonly index: PhrasingIndex,
  ) {}

  /** The one entry having a phrasing of these stems (as written, in order); undefined when none or several do. */
  entryOf(stems: readonly string[]): number | undefined {
    if (stems.length === 0) return undefined;
    const ids: number[] = [];
    for (const term of this.analyzer.terms([...stems])) {
      const id = this.analyzer.dictionary.idOf(term);
      // A word no entry has: no phrasing has it either.
      if (id === undefined) return undefined;
      ids.push(id);
    }
    const having = this.index.candidates(phrasingHash(ids)).filter((entry) => this.hasPhrasing(entry, stems));
    return having.length === 1 ? having[0] : undefined;
  }

  private hasPhrasing(entry: number, stems: readonly string[]): boolean {
    return phrasingsOf(this.entries[entry] as Entry, this.lang).some((text) => sameWords(this.analyzer.stems(text), stems));
  }
}
