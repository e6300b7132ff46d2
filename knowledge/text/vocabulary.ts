import type { Lang } from '../types';
import type { Word } from './analyzer';
import { derivedStems } from './derivation';
import { BoundedMemo } from './memo';
import { Truncations } from './truncations';
import { TypoCorrector } from './typos';

/** What the vocabulary needs to know of the language beyond the base's own words. */
export interface Language {
  lang: Lang;
  /** Whether a word (lower case, accents folded) is one of the language's: then it is never "corrected". */
  isWord: (surface: string) => boolean;
}

/**
 * What an index knows of a language's words: stems, and the unaccented surface forms seen in the documents with
 * their stem. Resolves a query word to a stem the base has when it can, in this order: the same surface form, the
 * same stem, a stem of the same family (`derivedStems`: "blocage" finds "bloquée"); a word of the language the base
 * lacks stays itself, and so does an acronym; else a truncation ("certif", "admin") is completed into the most common
 * word it begins, or a typo corrected into the closest known spelling (`TypoCorrector`).
 */
export class Vocabulary {
  private readonly stems = new Set<string>();
  private readonly stemOfSurface = new Map<string, string>();
  private commonness: (stem: string) => number = () => 1;
  private corrector: TypoCorrector | undefined;
  private truncations: Truncations | undefined;
  private readonly resolved = new BoundedMemo<string, string>(10_000);

  /** @param language without it, every unknown word may be corrected (the golden files' setting). */
  constructor(private readonly language?: Language) {}

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
   * Between equally good candidates, the more common word wins.
   * @param commonness how common a stem is (e.g. minus its idf).
   */
  rankCorrectionsBy(commonness: (stem: string) => number): void {
    this.commonness = commonness;
    this.corrector = undefined;
    this.truncations = undefined;
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

  hasStem(stem: string): boolean {
    return this.stems.has(stem);
  }

  /** The stem to search for (see the class's comment). */
  resolve(word: Word): string {
    const exact = this.stemOfSurface.get(word.surface);
    if (exact !== undefined) return exact;
    if (this.stems.has(word.stem) || word.acronym) return word.stem;
    const key = `${word.surface}\u0000${word.stem}`;
    let stem = this.resolved.get(key);
    if (stem === undefined) stem = this.resolved.set(key, this.resolveUnknown(word));
    return stem;
  }

  private resolveUnknown(word: Word): string {
    if (this.language !== undefined) {
      const family = this.mostCommon(derivedStems(word.stem, this.language.lang).filter((stem) => this.stems.has(stem)));
      if (family !== undefined) return family;
      if (this.language.isWord(word.surface)) return word.stem;
      const completed = this.completions().complete(word.surface);
      if (completed !== undefined) return completed;
    }
    const corrected = this.prepare().correct(word.surface);
    return corrected === undefined ? word.stem : (this.stemOfSurface.get(corrected) ?? word.stem);
  }

  private mostCommon(stems: readonly string[]): string | undefined {
    let best: string | undefined;
    for (const stem of stems) if (best === undefined || this.commonness(stem) > this.commonness(best)) best = stem;
    return best;
  }

  private completions(): Truncations {
    this.truncations ??= new Truncations(this.stemOfSurface, this.commonness);
    return this.truncations;
  }
}
