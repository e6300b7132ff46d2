import type { Entry, Lang } from '../types';
import { Analyzer } from '../text/analyzer';
import { Vocabulary } from '../text/vocabulary';
import type { FieldDocument } from './fields';
import { InvertedIndex, type FieldWeights } from './inverted-index';
import { Ranker } from './ranker';
import type { Ranked } from './top-k';

function fieldDocuments(
  analyzer: Analyzer,
  vocabulary: Vocabulary,
  lang: Lang,
  entries: readonly Entry[],
  weights: FieldWeights,
): FieldDocument[] {
  const documents: FieldDocument[] = [];
  const add = (entry: number, kind: FieldDocument['kind'], text: string): void => {
    const words = analyzer.words(text);
    vocabulary.add(words);
    documents.push({ entry, kind, terms: analyzer.terms(words.map((word) => word.stem)) });
  };
  entries.forEach((entry, index) => {
    if (weights.question > 0) add(index, 'question', entry.question[lang]);
    add(index, 'phrasings', [entry.question[lang], ...entry.alternates[lang]].join('\n'));
    add(index, 'answer', entry.answer[lang]);
  });
  return documents;
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
    const documents = fieldDocuments(this.analyzer, this.vocabulary, lang, entries, weights);
    this.index = new InvertedIndex(documents, entries.length, weights);
    // A lower idf means a more common stem: the better guess between equally close spellings.
    this.vocabulary.prepare((stem) => -this.index.idfOf(stem));
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
