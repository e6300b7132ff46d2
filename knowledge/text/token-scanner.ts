import * as classes from './char-classes';
import { rawTokens } from './tokenize';
import { normalizeCompatibility } from './unicode';

// Copied into this module: an imported binding may be compiled into a getter call (tsx does), too slow for a loop
// that runs for every character indexed.
const { WORD, JOINER, COMPLEX } = classes;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function hashOf(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let at = start; at < end; at += 1) hash = Math.imul(hash ^ text.charCodeAt(at), FNV_PRIME);
  return hash;
}

function sameText(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let at = 0; at < key.length; at += 1) if (key.charCodeAt(at) !== text.charCodeAt(start + at)) return false;
  return true;
}

/**
 * Splits texts into tokens exactly as `rawTokens(normalizeCompatibility(text))` does, and gives each token's
 * reading, worked out once per distinct token as written. Indexing reads every token of every entry, and most
 * are seen before: the scanner finds them again straight from the text (a hash of its characters, an open
 * addressing table), without normalising the whole text, cutting a string out of it or hashing it a second time:
 * twice as fast as normalising, a regular expression and a Map (55 against 120 ms for the French side of 10,000
 * synthetic entries). Texts holding a character whose normalisation depends on its neighbours take the general
 * path, which is exactly that.
 */
export class TokenScanner<V> {
  private readonly chars = new classes.CharClasses();
  // Room for 8,000 distinct tokens (a table at most half full) before it grows.
  private hashes = new Int32Array(1 << 14);
  /** The tokens stored; '' marks a free slot (a token is never empty). */
  private keys: string[] = new Array<string>(1 << 14).fill('');
  private values: (V | undefined)[] = new Array<V | undefined>(1 << 14).fill(undefined);
  private used = 0;
  /** The readings of the last text scanned, in order: the first `scan(text)` of them. Reused from text to text. */
  readonly readings: V[] = [];
  private count = 0;

  /**
   * @param read a token's reading; it gets the token as written, not yet normalised.
   * @param capacity how many tokens are kept before starting afresh (queries are user input).
   */
  constructor(
    private readonly read: (token: string) => V,
    private readonly capacity: number,
  ) {}

  /** Forgets every token read. */
  clear(): void {
    this.resize(this.hashes.length, true);
  }

  /** Reads the text's tokens into `readings`; returns how many there are. */
  scan(text: string): number {
    this.count = 0;
    if (!this.scanSimple(text)) {
      this.count = 0;
      for (const token of rawTokens(normalizeCompatibility(text))) this.reading(token, 0, token.length, hashOf(token, 0, token.length));
    }
    return this.count;
  }

  /** False, having stopped, at the first character that needs the general path. */
  private scanSimple(text: string): boolean {
    const known = this.chars.known;
    const length = text.length;
    let at = 0;
    while (at < length) {
      let code = text.charCodeAt(at);
      let kind = known[code] || this.chars.learn(code);
      if (kind !== WORD) {
        if (kind === COMPLEX) return false;
        at += 1;
        continue;
      }
      // A token: letters and digits, with apostrophes and hyphens between them.
      const start = at;
      let hash = FNV_OFFSET;
      for (;;) {
        hash = Math.imul(hash ^ code, FNV_PRIME);
        at += 1;
        if (at === length) break;
        code = text.charCodeAt(at);
        kind = known[code] || this.chars.learn(code);
        if (kind === WORD) continue;
        const next = kind === JOINER ? this.afterJoiners(text, at) : -1;
        if (next < 0) break;
        for (; at < next; at += 1) hash = Math.imul(hash ^ text.charCodeAt(at), FNV_PRIME);
        code = text.charCodeAt(at);
      }
      this.reading(text, start, at, hash);
    }
    return true;
  }

  /** Where the letters after a run of apostrophes and hyphens start, or -1 if none follow. */
  private afterJoiners(text: string, at: number): number {
    const kindAt = (position: number): number => {
      const code = text.charCodeAt(position);
      return this.chars.known[code] || this.chars.learn(code);
    };
    let next = at + 1;
    while (next < text.length && kindAt(next) === JOINER) next += 1;
    return next < text.length && kindAt(next) === WORD ? next : -1;
  }

  private reading(text: string, start: number, end: number, hash: number): void {
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    for (let key = this.keys[slot] as string; key !== ''; key = this.keys[slot] as string) {
      if (this.hashes[slot] === hash && sameText(key, text, start, end)) {
        this.found(this.values[slot] as V);
        return;
      }
      slot = (slot + 1) & mask;
    }
    const token = text.slice(start, end);
    const value = this.read(token);
    this.store(token, hash, value);
    this.found(value);
  }

  /** Setting an array's length to 0 frees its storage: the readings are overwritten instead. */
  private found(value: V): void {
    this.readings[this.count] = value;
    this.count += 1;
  }

  private store(token: string, hash: number, value: V): void {
    if (this.used >= this.capacity) this.resize(this.hashes.length, true);
    else if ((this.used + 1) * 2 > this.hashes.length) this.resize(this.hashes.length * 2, false);
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.keys[slot] !== '') slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.keys[slot] = token;
    this.values[slot] = value;
    this.used += 1;
  }

  private resize(size: number, empty: boolean): void {
    const [keys, values] = [this.keys, this.values];
    this.hashes = new Int32Array(size);
    this.keys = new Array<string>(size).fill('');
    this.values = new Array<V | undefined>(size).fill(undefined);
    this.used = 0;
    if (empty) return;
    keys.forEach((key, slot) => {
      if (key !== '') this.store(key, hashOf(key, 0, key.length), values[slot] as V);
    });
  }
}
