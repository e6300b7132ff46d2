import type { Word } from './analyzer';
import { TypoCorrector } from './typos';

/**
 * What an index knows of a language's words: stems, and the unaccented surface forms seen in the documents with
 * their stem. Resolves a query word to a known stem when it can (exact form, same stem, or a close spelling).
 */
export class Vocabulary {
  private readonly stems = new Set<string>();
  private readonly stemOfSurface = new Map<string, string>();
  private corrector: TypoCorrector | undefined;
  private readonly corrections = new Map<string, string | undefined>();

  /** Records a document's words. */
  add(words: readonly Word[]): void {
    for (const word of words) {
      if (this.stemOfSurface.has(word.surface)) continue;
      this.stemOfSurface.set(word.surface, word.stem);
      this.stems.add(word.stem);
    }
  }

  /**
   * Builds the spelling index now rather than on the first misspelt query; call once all words are added.
   * @param commonness how common a stem is (e.g. its document frequency): between equally close spellings, the
   *   correction goes to the more common word.
   */
  prepare(commonness: (stem: string) => number = () => 1): TypoCorrector {
    const frequency = new Map<string, number>();
    for (const [surface, stem] of this.stemOfSurface) frequency.set(surface, commonness(stem));
    this.corrector = new TypoCorrector(frequency);
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
    if (this.corrections.has(surface)) return this.corrections.get(surface);
    const corrected = (this.corrector ?? this.prepare()).correct(surface);
    // Bounded: queries are user input, the cache must not grow without limit.
    if (this.corrections.size >= 10_000) this.corrections.clear();
    this.corrections.set(surface, corrected);
    return corrected;
  }
}
