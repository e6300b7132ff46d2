import { boundedEditDistance } from './edit-distance';
import { typoAllowance } from './typo-tolerance';

/** Distinct letter pairs of the word, with its start and end marked so that first and last letters count. */
function bigrams(word: string): Set<string> {
  const padded = `^${word}$`;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < padded.length; i += 1) grams.add(padded.slice(i, i + 2));
  return grams;
}

/**
 * Finds the closest known word to a misspelt one. Candidates come from a letter-pair index: one edit destroys
 * at most three of a word's letter pairs (a transposition: "abcd"/"acbd"), so a word within k edits shares at
 * least (pairs − 3k) of them. Only those candidates get the (bounded) edit distance computed.
 * A correction keeps the first letter, which typists seldom get wrong (Pollock and Zamora, 1984: about 7 % of
 * misspellings); without that rule, words the base does not know but spelt right were "corrected" into other
 * words: "aligning" → "signing", "sessions" → "versions", "prescription" → "description".
 */
export class TypoCorrector {
  private readonly words: string[];
  private readonly frequencies: number[];
  private readonly byBigram = new Map<string, number[]>();
  private readonly shared: Uint16Array;
  private readonly stamp: Int32Array;
  private generation = 0;

  /** @param frequency how often each word occurs; ties go to the more frequent word. */
  constructor(frequency: ReadonlyMap<string, number>) {
    this.words = [...frequency.keys()];
    this.frequencies = [...frequency.values()];
    this.words.forEach((word, index) => {
      for (const gram of bigrams(word)) {
        const list = this.byBigram.get(gram);
        if (list === undefined) this.byBigram.set(gram, [index]);
        else list.push(index);
      }
    });
    this.shared = new Uint16Array(this.words.length);
    this.stamp = new Int32Array(this.words.length);
  }

  /** The closest vocabulary word within the typo rule's allowance (`typoAllowance`), or undefined. */
  correct(word: string): string | undefined {
    const max = typoAllowance(word.length);
    if (max === 0) return undefined;
    const grams = bigrams(word);
    const needed = Math.max(1, grams.size - 3 * max);
    this.generation += 1;
    let best: { index: number; distance: number } | undefined;
    for (const gram of grams) {
      for (const index of this.byBigram.get(gram) ?? []) {
        if (this.stamp[index] !== this.generation) {
          this.stamp[index] = this.generation;
          this.shared[index] = 0;
        }
        this.shared[index] = (this.shared[index] as number) + 1;
        if (this.shared[index] !== needed || (this.words[index] as string)[0] !== word[0]) continue;
        const distance = boundedEditDistance(word, this.words[index] as string, max);
        if (distance <= max && (best === undefined || this.isBetter(index, distance, best))) best = { index, distance };
      }
    }
    return best === undefined ? undefined : this.words[best.index];
  }

  private isBetter(index: number, distance: number, best: { index: number; distance: number }): boolean {
    if (distance !== best.distance) return distance < best.distance;
    const [frequency, bestFrequency] = [this.frequencies[index] ?? 0, this.frequencies[best.index] ?? 0];
    if (frequency !== bestFrequency) return frequency > bestFrequency;
    return (this.words[index] as string) < (this.words[best.index] as string);
  }
}
