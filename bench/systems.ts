import MiniSearch from 'minisearch';
import { TfIdf } from 'natural/lib/natural/tfidf';
import type { Ranked } from '../knowledge/indexing/top-k';
import { TopK } from '../knowledge/indexing/top-k';
import { phrasingsOf, textsOf } from '../knowledge/entry/languages';
import { Matcher } from '../knowledge/match/matcher';
import { Analyzer } from '../knowledge/text/analyzer';
import type { Entry, KnowledgeBase, Lang } from '../knowledge/types';

/** A search engine under test, built for one base; `search` gives its 5 best entries (indexes), best first. */
export interface Searcher {
  search(text: string, lang: Lang): Ranked[];
}

export interface System {
  name: string;
  /** Whether its scores are cosines in [0, 1] (then thresholds are calibrated on a fixed grid). */
  cosine: boolean;
  build(kb: KnowledgeBase): Searcher;
}

const LIMIT = 5;

function best(scores: Iterable<readonly [number, number]>): Ranked[] {
  const top = new TopK(LIMIT);
  for (const [entry, score] of scores) if (score > 0) top.offer(entry, score);
  return top.items;
}

function fullText(entry: Entry, lang: Lang): string {
  return textsOf(entry, lang).join('\n');
}

function lexiconOf(kb: KnowledgeBase, lang: Lang): string[][] {
  return kb.lexicon.filter((group) => group.lang === lang).map((group) => group.terms);
}

export const OURS: System = {
  name: 'ours (analyser + inverted index, cosine)',
  cosine: true,
  build(kb) {
    const matcher = new Matcher(kb);
    return { search: (text, lang) => matcher.candidates({ text, lang }).filtered };
  },
};

/** natural's TfIdf as documented: string documents (its tokenizer and English stopwords), `tfidfs()` scan. */
export const NATURAL_DEFAULTS: System = {
  name: "natural TfIdf.tfidfs(), its own tokenizer",
  cosine: false,
  build(kb) {
    const indexes = { fr: new TfIdf(), en: new TfIdf() };
    for (const lang of ['fr', 'en'] as const) for (const entry of kb.entries) indexes[lang].addDocument(fullText(entry, lang));
    return { search: (text, lang) => best(indexes[lang].tfidfs(text).map((score, entry) => [entry, score] as const)) };
  },
};

/** natural's `tfidfs()` scan over our analysed tokens (same text pipeline as ours, no field weights nor cosine). */
export const NATURAL_OUR_TOKENS: System = {
  name: 'natural TfIdf.tfidfs(), our tokens',
  cosine: false,
  build(kb) {
    const analyzers = { fr: new Analyzer('fr', lexiconOf(kb, 'fr')), en: new Analyzer('en', lexiconOf(kb, 'en')) };
    const indexes = { fr: new TfIdf(), en: new TfIdf() };
    for (const lang of ['fr', 'en'] as const) {
      for (const entry of kb.entries) indexes[lang].addDocument(analyzers[lang].analyze(fullText(entry, lang)));
    }
    return { search: (text, lang) => best(indexes[lang].tfidfs(analyzers[lang].analyze(text)).map((score, entry) => [entry, score] as const)) };
  },
};

interface MiniDocument {
  id: number;
  phrasings: string;
  answer: string;
}

function miniSearch(kb: KnowledgeBase, lang: Lang, analyzer?: Analyzer): (text: string) => Ranked[] {
  const prepare = (text: string): string => (analyzer === undefined ? text : analyzer.analyze(text).join(' '));
  const options =
    analyzer === undefined
      ? { fields: ['phrasings', 'answer'] }
      : { fields: ['phrasings', 'answer'], tokenize: (text: string) => text.split(' '), processTerm: (term: string) => term };
  const index = new MiniSearch<MiniDocument>(options);
  index.addAll(
    kb.entries.map((entry, id) => ({
      id,
      phrasings: prepare(phrasingsOf(entry, lang).join('\n')),
      answer: prepare(entry.answer[lang] ?? ''),
    })),
  );
  return (text) => best(index.search(prepare(text), { boost: { phrasings: 2 } }).map((result) => [result.id as number, result.score] as const));
}

/** MiniSearch's BM25 with its own tokenizer (split on spaces and punctuation, lower case, no stemming). */
export const MINISEARCH_DEFAULTS: System = {
  name: 'MiniSearch BM25, its own tokenizer',
  cosine: false,
  build(kb) {
    const searchers = { fr: miniSearch(kb, 'fr'), en: miniSearch(kb, 'en') };
    return { search: (text, lang) => searchers[lang](text) };
  },
};

/** MiniSearch's BM25 fed our analysed tokens. */
export const MINISEARCH_OUR_TOKENS: System = {
  name: 'MiniSearch BM25, our tokens',
  cosine: false,
  build(kb) {
    const analyzers = { fr: new Analyzer('fr', lexiconOf(kb, 'fr')), en: new Analyzer('en', lexiconOf(kb, 'en')) };
    const searchers = { fr: miniSearch(kb, 'fr', analyzers.fr), en: miniSearch(kb, 'en', analyzers.en) };
    return { search: (text, lang) => searchers[lang](text) };
  },
};

export const SYSTEMS: readonly System[] = [OURS, NATURAL_DEFAULTS, NATURAL_OUR_TOKENS, MINISEARCH_DEFAULTS, MINISEARCH_OUR_TOKENS];
