import MiniSearch from 'minisearch';
import winkBm25 from 'wink-bm25-text-search';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { phrasingsOf } from '../knowledge/entry/languages';
import type { Ranked } from '../knowledge/indexing/top-k';
import { TopK } from '../knowledge/indexing/top-k';
import { Matcher } from '../knowledge/match/matcher';
import { Analyzer } from '../knowledge/text/analyzer';
import type { KnowledgeBase, Lang } from '../knowledge/types';

/** A search engine under test, built for one base; `search` gives its 5 best entries (indexes), best first. */
export interface Searcher {
  search(text: string, lang: Lang): Ranked[];
}

export interface System {
  name: string;
  /** Whether its scores lie in [0, 1] (then thresholds are calibrated on a fixed grid, else on score quantiles). */
  bounded: boolean;
  build(kb: KnowledgeBase): Searcher;
}

const LIMIT = 5;

function best(scores: Iterable<readonly [number, number]>): Ranked[] {
  const top = new TopK(LIMIT);
  for (const [entry, score] of scores) if (score > 0) top.offer(entry, score);
  return top.items;
}

function analyzers(kb: KnowledgeBase): Record<Lang, Analyzer> {
  const groups = (lang: Lang): string[][] => kb.lexicon.filter((group) => group.lang === lang).map((group) => group.terms);
  return { fr: new Analyzer('fr', groups('fr')), en: new Analyzer('en', groups('en')) };
}

/** Turns a text of some language into what a peer indexes: as written, or our tokens joined by spaces. */
type Prepare = (text: string, lang: Lang) => string;

/**
 * Each entry as one document for the peers: its phrasings and its answer in every language it has, each language's
 * part prepared in that language, so that one index finds an entry whatever the language it is written in.
 */
function documents(kb: KnowledgeBase, prepare: Prepare): { id: number; phrasings: string; answer: string }[] {
  return kb.entries.map((entry, id) => ({
    id,
    phrasings: entry.langs.map((lang) => prepare(phrasingsOf(entry, lang).join('\n'), lang)).join('\n'),
    answer: entry.langs.map((lang) => prepare(entry.answer[lang] as string, lang)).join('\n'),
  }));
}

const asWritten: Prepare = (text) => text;

function ourTokens(kb: KnowledgeBase): Prepare {
  const own = analyzers(kb);
  return (text, lang) => own[lang].analyze(text).join(' ');
}

export const OURS: System = {
  name: 'ours (BM25 fields + best passage)',
  bounded: true,
  build(kb) {
    const matcher = new Matcher(kb);
    return { search: (text, lang) => matcher.candidates({ text, lang }).filtered };
  },
};

function miniSearch(kb: KnowledgeBase, prepare: Prepare, ownTokenizer: boolean): Searcher {
  const options = ownTokenizer
    ? { fields: ['phrasings', 'answer'] }
    : { fields: ['phrasings', 'answer'], tokenize: (text: string) => text.split(/\s+/u), processTerm: (term: string) => term || null };
  const index = new MiniSearch<{ id: number; phrasings: string; answer: string }>(options);
  index.addAll(documents(kb, prepare));
  return { search: (text, lang) => best(index.search(prepare(text, lang), { boost: { phrasings: 2 } }).map((result) => [result.id as number, result.score] as const)) };
}

/** MiniSearch's BM25 with its own tokenizer (split on spaces and punctuation, lower case, no stemming). */
export const MINISEARCH_DEFAULTS: System = {
  name: 'MiniSearch, its own tokenizer',
  bounded: false,
  build: (kb) => miniSearch(kb, asWritten, true),
};

/** MiniSearch's BM25 fed our analysed tokens. */
export const MINISEARCH_OUR_TOKENS: System = {
  name: 'MiniSearch, our tokens',
  bounded: false,
  build: (kb) => miniSearch(kb, ourTokens(kb), false),
};

/** wink-bm25-text-search's tokens as its documentation builds them: wink-nlp's words, without stopwords, stemmed. */
function winkTokens(): (text: string) => string[] {
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (text) => {
    const tokens: string[] = [];
    nlp.readDoc(text).tokens().filter((token) => token.out(its.type) === 'word' && !token.out(its.stopWordFlag)).each((token) => {
      tokens.push(token.out(its.negationFlag) ? `!${token.out(its.stem)}` : token.out(its.stem));
    });
    return tokens;
  };
}

function wink(kb: KnowledgeBase, prepare: Prepare, tokens: (text: string) => string[]): Searcher {
  const engine = winkBm25();
  engine.defineConfig({ fldWeights: { phrasings: 2, answer: 1 } });
  engine.definePrepTasks([tokens]);
  for (const doc of documents(kb, prepare)) engine.addDoc({ phrasings: doc.phrasings, answer: doc.answer }, doc.id);
  engine.consolidate();
  // wink gives the ids back as strings (its documents are keyed by them).
  return { search: (text, lang) => best(engine.search(prepare(text, lang), LIMIT).map(([id, score]) => [Number(id), score] as const)) };
}

/** wink-bm25-text-search with its documented tokens (wink-nlp's English model, the only one it has). */
export const WINK_DEFAULTS: System = {
  name: 'wink-bm25-text-search, its own tokens',
  bounded: false,
  build: (kb) => wink(kb, asWritten, winkTokens()),
};

/** wink-bm25-text-search fed our analysed tokens. */
export const WINK_OUR_TOKENS: System = {
  name: 'wink-bm25-text-search, our tokens',
  bounded: false,
  build: (kb) => wink(kb, ourTokens(kb), (text) => text.split(/\s+/u).filter((token) => token !== '')),
};

export const SYSTEMS: readonly System[] = [OURS, MINISEARCH_DEFAULTS, MINISEARCH_OUR_TOKENS, WINK_DEFAULTS, WINK_OUR_TOKENS];
