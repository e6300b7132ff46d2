import type { Entry, Lang } from '../types';
import { Analyzer, type Word } from '../text/analyzer';
import { Vocabulary } from '../text/vocabulary';
import type { FieldWeights } from './fields';
import { InvertedIndex } from './inverted-index';
import { NaturalCorpus } from './natural-corpus';
import { Ranker } from './ranker';
import type { Ranked } from './top-k';

/**
 * Counts every entry's terms into natural's corpus, field by field (question, alternates, answer), and records
 * the words met in the vocabulary.
 */
export function countEntries(analyzer: Analyzer, vocabulary: Vocabulary, lang: Lang, entries: readonly Entry[]): NaturalCorpus {
  const corpus = new NaturalCorpus(analyzer.dictionary, entries.length);
  const addWord = (word: Word): void => vocabulary.addWord(word);
  const count = (text: string): void => analyzer.indexTerms(text, corpus.count, addWord);
  for (const entry of entries) {
    count(entry.question[lang]);
    corpus.endField('question');
    for (const alternate of entry.alternates[lang]) count(alternate);
    corpus.endField('phrasings');
    count(entry.answer[lang]);
    corpus.endEntry();
  }
  return corpus;
}

/** Everything needed to rank one language's side of the entries. */
export class LanguageIndex {
  readonly analyzer: Analyzer;
  readonly vocabulary: Vocabulary;
  private readonly index: InvertedIndex;
  private readonly ranker: Ranker;

  constructor(
    readonly lang: Lang,
    entries: readonly Entry[],
    lexiconGroups: readonly (readonly string[])[],
    weights: FieldWeights,
  ) {
    this.analyzer = new Analyzer(lang, lexiconGroups);
    this.vocabulary = new Vocabulary();
    // natural's corpus is let go once the postings are built from it: queries need the postings, and the idf only
    // the document frequencies, which give natural's idf (a test checks it). Kept, it would hold five times the
    // memory of all the rest (10,000 entries, both languages: 105 MB against 19 MB).
    this.index = new InvertedIndex(countEntries(this.analyzer, this.vocabulary, lang, entries), weights);
    // A lower idf means a more common stem: the better guess between equally close spellings.
    this.vocabulary.rankCorrectionsBy((stem) => -this.index.idfOf(stem));
    this.ranker = new Ranker(this.index, entries.length);
  }

  /** The query's terms: its words resolved against the vocabulary (typos), then lexicon groups. */
  queryTerms(text: string): string[] {
    return this.analyzer.terms(this.analyzer.words(text).map((word) => this.vocabulary.resolve(word)));
  }

  /** The `limit` best entries among those `allowed`, best first; entries sharing no term are left out. */
  rank(terms: readonly string[], allowed: (entry: number) => boolean, limit: number): Ranked[] {
    return this.ranker.rank(this.index.queryVector(terms), allowed, limit);
  }
}
