import type { Entry, Lang } from '../types';
import { Analyzer, type Word } from '../text/analyzer';
import { Vocabulary } from '../text/vocabulary';
import { generalWords } from '../text/word-lists';
import type { FieldWeights } from './fields';
import { InvertedIndex, type Corpora } from './inverted-index';
import { NaturalCorpus } from './natural-corpus';
import { passagesOf } from './passages';
import { OwnPhrasings, PHRASING_HASH_START, PhrasingIndex, phrasingHashStep, phrasingKey } from './phrasings';
import { Ranker } from './ranker';
import type { Saturation } from './weighting';
import type { Ranked } from './top-k';

/**
 * Counts every entry's terms into natural's corpus, field by field (question, alternates, answer), and the answer's
 * passages into a second corpus (one document per passage, each text analysed once for both); records the words met
 * in the vocabulary, and each question and alternate's `phrasingKey` in `phrasings` (in the same pass: analysing them
 * again would add a fifth to the build).
 */
export function countEntries(
  analyzer: Analyzer,
  vocabulary: Vocabulary,
  lang: Lang,
  entries: readonly Entry[],
  phrasings: number[] = [],
  topics: (entry: Entry, lang: Lang) => string = () => '',
): Corpora {
  const corpus = new NaturalCorpus(analyzer.dictionary, entries.length);
  const passages = new NaturalCorpus(analyzer.dictionary, entries.length * 2, false);
  const entryOf: number[] = [];
  const addWord = (word: Word): void => vocabulary.addWord(word);
  let hash = PHRASING_HASH_START;
  let terms = 0;
  const countAndHash = (id: number): void => {
    corpus.count(id);
    hash = phrasingHashStep(hash, id);
    terms += 1;
  };
  const countPhrasing = (text: string, entry: number): void => {
    hash = PHRASING_HASH_START;
    terms = 0;
    analyzer.indexTerms(text, countAndHash, addWord);
    if (terms > 0) phrasings.push(phrasingKey(hash, entry));
  };
  for (let at = 0; at < entries.length; at += 1) {
    const entry = entries[at] as Entry;
    // An entry not written in this language counts nothing here: it is no document of this language's corpus.
    const question = entry.question[lang];
    if (question !== undefined) countPhrasing(question, at);
    corpus.endField('question');
    for (const alternate of entry.alternates[lang]) countPhrasing(alternate, at);
    corpus.endField('phrasings');
    const answer = entry.answer[lang];
    for (const passage of answer === undefined ? [] : passagesOf(answer)) {
      analyzer.indexTerms(passage, passages.count, addWord);
      passages.endEntry();
      entryOf.push(at);
      // The entry's answer is the sum of its passages: their counts are added, not their words counted again.
      const last = passages.entryCount - 1;
      for (let term = passages.termStart[last] as number; term < (passages.termStart[last + 1] as number); term += 1) {
        corpus.countTimes(passages.termIds[term] as number, passages.totals[term] as number);
      }
    }
    // The labels of the entry's facets ("Calendrier", "Comptes et accès") say what it is about, in its own words:
    // counted with the answer as a whole, in no passage.
    if (answer !== undefined) analyzer.indexTerms(topics(entry, lang), corpus.count, addWord);
    corpus.endEntry();
  }
  return { entries: corpus, passages, entryOf: Int32Array.from(entryOf) };
}

/** What a query searches for. */
export interface SearchTerms {
  /** Its content words resolved against the vocabulary (typos, inflections), then lexicon groups. */
  terms: string[];
  /** Its question words ("comment", "what"): they only add to entries that its terms found (see `QueryTerm`). */
  companions: string[];
}

/** A query as the index reads it. */
export interface ReadQuery extends SearchTerms {
  /**
   * The entry whose question or one alternate the query repeats (same words in the same order, as written, after
   * the text pipeline), when exactly one entry has that phrasing.
   */
  phrasingOf: number | undefined;
}

/** Everything needed to rank one language's side of the entries. */
export class LanguageIndex {
  readonly analyzer: Analyzer;
  readonly vocabulary: Vocabulary;
  private readonly index: InvertedIndex;
  private readonly ranker: Ranker;
  private readonly phrasings: OwnPhrasings;

  constructor(
    readonly lang: Lang,
    entries: readonly Entry[],
    lexiconGroups: readonly (readonly string[])[],
    weights: FieldWeights,
    options: { saturation?: Saturation; topics?: (entry: Entry, lang: Lang) => string } = {},
  ) {
    this.analyzer = new Analyzer(lang, lexiconGroups);
    this.vocabulary = new Vocabulary({ lang, isWord: (surface) => generalWords(lang).has(surface) });
    const phrasings: number[] = [];
    // natural's corpora are let go once the postings are built from them: queries need the postings, and the idf only
    // the document frequencies. Kept, they would hold five times the memory of all the rest (10,000 entries, both
    // languages: 105 MB against 19 MB).
    this.index = new InvertedIndex(countEntries(this.analyzer, this.vocabulary, lang, entries, phrasings, options.topics), weights, options.saturation);
    this.phrasings = new OwnPhrasings(this.analyzer, lang, entries, new PhrasingIndex(phrasings));
    // A lower idf means a more common stem: the better guess between equally close spellings.
    this.vocabulary.rankCorrectionsBy((stem) => -this.index.idfOf(stem));
    this.ranker = new Ranker(this.index, entries.length);
  }

  /** The query's terms: its words resolved against the vocabulary (typos), then lexicon groups. */
  queryTerms(text: string): string[] {
    return this.read(text).terms;
  }

  /** The query's terms, and the entry whose own phrasing it repeats, if any. */
  read(text: string): ReadQuery {
    const words = this.analyzer.words(text);
    const content = words.filter((word) => !word.questionWord);
    return {
      terms: this.analyzer.terms(content.map((word) => this.vocabulary.resolve(word))),
      companions: words.filter((word) => word.questionWord).map((word) => word.stem),
      // As written, before typo correction: repeating a phrasing is recognised on evidence, not on a guess.
      phrasingOf: this.phrasings.entryOf(words.map((word) => word.stem)),
    };
  }

  /** The `limit` best entries among those `allowed`, best first; entries sharing no term are left out. */
  rank(query: SearchTerms, allowed: (entry: number) => boolean, limit: number): Ranked[] {
    return this.ranker.rank(this.index.queryVector(query.terms, query.companions), allowed, limit);
  }
}
