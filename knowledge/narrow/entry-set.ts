/**
 * A set of entries of one base as a bitset over their positions in `kb.entries`: intersecting, counting and
 * comparing cost a few hundred machine words at 10,000 entries, whatever the selection.
 */
export class EntrySet {
  private constructor(
    readonly size: number,
    private readonly words: Uint32Array,
  ) {}

  static empty(size: number): EntrySet {
    return new EntrySet(size, new Uint32Array(Math.ceil(size / 32)));
  }

  static full(size: number): EntrySet {
    const set = EntrySet.empty(size);
    for (let position = 0; position < size; position += 1) set.add(position);
    return set;
  }

  add(position: number): void {
    const word = position >>> 5;
    this.words[word] = (this.words[word] ?? 0) | (1 << (position & 31));
  }

  has(position: number): boolean {
    return ((this.words[position >>> 5] ?? 0) & (1 << (position & 31))) !== 0;
  }

  /** A new set: the entries in both. */
  and(other: EntrySet): EntrySet {
    const words = new Uint32Array(this.words.length);
    for (let index = 0; index < words.length; index += 1) words[index] = (this.words[index] ?? 0) & (other.words[index] ?? 0);
    return new EntrySet(this.size, words);
  }

  /** A new set: the entries in either. */
  or(other: EntrySet): EntrySet {
    const words = new Uint32Array(this.words.length);
    for (let index = 0; index < words.length; index += 1) words[index] = (this.words[index] ?? 0) | (other.words[index] ?? 0);
    return new EntrySet(this.size, words);
  }

  /** How many entries are in the set. */
  count(): number {
    let total = 0;
    for (const word of this.words) total += bitCount(word);
    return total;
  }

  /** How many entries are in both, without building the intersection. */
  countAnd(other: EntrySet): number {
    let total = 0;
    for (let index = 0; index < this.words.length; index += 1) total += bitCount((this.words[index] ?? 0) & (other.words[index] ?? 0));
    return total;
  }

  equals(other: EntrySet): boolean {
    if (other.words.length !== this.words.length) return false;
    return this.words.every((word, index) => word === other.words[index]);
  }

  /** The positions in the set, in increasing order. */
  positions(): number[] {
    const positions: number[] = [];
    this.words.forEach((word, index) => {
      for (let bits = word; bits !== 0; bits &= bits - 1) positions.push(index * 32 + (31 - Math.clz32(bits & -bits)));
    });
    return positions;
  }
}

function bitCount(word: number): number {
  let bits = word - ((word >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
