import type { Word } from './analyzer';
import { BoundedMemo } from './memo';
import { TypoCorrector } from './typos';

/**
 * What an index knows of a language's words: stems, and the unaccented surface forms seen in the documents with
 * their stem. Resolves a query word to a known stem when it can (exact form, same stem, or a close spelling).
 */
export class Vocabulary {
  private readonly stems = new Set<string>();
  private readonly stemOfSurface = new Map<string, string>();
  private commonness: (stem: string) => number = () => 1;
  private corrector: TypoCorrector | undefined;
  private readonly corrections = new BoundedMemo<string, string | null>(10_000);

  /** Records a document's words. */
  add(words: readonly Word[]): void {
    for (const word of words) this.addWord(word);
  }

  /** Records a word; the first stem recorded for a surface form stays. */
  addWord(word: Word): void {
    if (this.stemOfSurface.has(word.surface)) return;
    this.stemOfSurface.set(word.surface, word.stem);
    this.stems.add(word.stem);
  }

  /**
   * Between equally close spellings, the correction goes to the more common word.
   * @param commonness how common a stem is (e.g. minus its idf).
   */
  rankCorrectionsBy(commonness: (stem: string) => number): void {
    this.commonness = commonness;
    this.corrector = undefined;
  }

  /**
   * The spelling index. Built on the first misspelt query rather than with the index: few words ever need it, and
   * it costs a pass over the whole vocabulary.
   */
  prepare(): TypoCorrector {
    if (this.corrector === undefined) {
      const frequency = new Map<string, number>();
      for (const [surface, stem] of this.stemOfSurface) frequency.set(surface, this.commonness(stem));
      this.corrector = new TypoCorrector(frequency);
    }
    return this.corrector;
  }

  hasSurface(surface: string): boolean {
    return this.stemOfSurface.has(surface);
  }

  /** The stem to search for: the word's own when known, else the stem of the closest known spelling. */
  resolve(word: Word): string {
    const exact = this.stemOfSurface.get(word.surface);
    if (exact !== undefined) return exact;
    if (this.stems.has(word.stem)) return word.stem;
    const corrected = this.correct(word.surface);
    return corrected === undefined ? word.stem : (this.stemOfSurface.get(corrected) ?? word.stem);
  }

  private correct(surface: string): string | undefined {
    let corrected = this.corrections.get(surface);
    if (corrected === undefined) corrected = this.corrections.set(surface, this.prepare().correct(surface) ?? null);
    return corrected ?? undefined;
  }
}
