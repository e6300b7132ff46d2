import { QueryError } from '../errors';
import { LanguageIndex } from '../indexing/language-index';
import type { FieldWeights } from '../indexing/inverted-index';
import type { Ranked } from '../indexing/top-k';
import { checkSelection, entriesFor } from '../narrow/narrowing';
import { LANGS, type Entry, type FacetSelection, type KnowledgeBase, type Lang, type Match, type MatchQuery, type MatchResult } from '../types';
import { settle } from './decide';
import { detectLanguage } from './detect-language';
import { DECISION_THRESHOLDS, FIELD_WEIGHTS, type DecisionThresholds } from './thresholds';

export interface MatcherOptions {
  thresholds?: DecisionThresholds;
  /** For calibration and benchmarks; the defaults were chosen on the dev set. */
  fieldWeights?: FieldWeights;
}

const MAX_MATCHES = 5;

const everyEntry = (): boolean => true;

export interface Candidates {
  lang: Lang;
  /** Best entries within the chosen facets (all entries when none), best first; `entry` indexes `kb.entries`. */
  filtered: Ranked[];
  /** Best entries of the whole base, only when facets were chosen. */
  whole?: Ranked[];
}

function groupsOf(kb: KnowledgeBase, lang: Lang): string[][] {
  return kb.lexicon.filter((group) => group.lang === lang).map((group) => group.terms);
}

/**
 * Ranks the entries of a knowledge base for a free-text question: one TF-IDF index per language, an optional
 * facet filter (relaxed to the whole base when it finds nothing confident), and a decision band.
 * Build once (it indexes every entry), then query many times; `match` is synchronous and allocation-light.
 */
export class Matcher {
  private readonly thresholds: DecisionThresholds;
  private readonly indexes: Readonly<Record<Lang, LanguageIndex>>;
  private readonly entryIndex: ReadonlyMap<string, number>;
  private readonly allowedCache = new Map<string, Uint8Array>();

  constructor(
    readonly kb: KnowledgeBase,
    options: MatcherOptions = {},
  ) {
    this.thresholds = options.thresholds ?? DECISION_THRESHOLDS;
    const weights = options.fieldWeights ?? FIELD_WEIGHTS;
    const build = (lang: Lang): LanguageIndex => new LanguageIndex(lang, kb.entries, groupsOf(kb, lang), weights);
    this.indexes = { fr: build('fr'), en: build('en') };
    this.entryIndex = new Map(kb.entries.map((entry, index) => [entry.id, index]));
  }

  /** @throws QueryError for an unknown language, facet or facet value. */
  match(query: MatchQuery): MatchResult {
    const { lang, filtered, whole } = this.candidates(query);
    const outcome = settle(filtered, whole, this.thresholds);
    return this.result(lang, outcome.decision, outcome.relaxed, outcome.ranked);
  }

  /**
   * The rankings `match` decides from, for calibration and benchmarks: best entries within the facets, and in
   * the whole base when facets were chosen.
   */
  candidates(query: MatchQuery): Candidates {
    const lang = this.resolveLanguage(query);
    const selection = checkSelection(this.kb, query.facets ?? {});
    const index = this.indexes[lang];
    const terms = index.queryTerms(query.text);
    if (Object.keys(selection).length === 0) return { lang, filtered: index.rank(terms, everyEntry, MAX_MATCHES) };
    const allowed = this.allowedEntries(selection);
    return {
      lang,
      filtered: index.rank(terms, (entry) => allowed[entry] === 1, MAX_MATCHES),
      whole: index.rank(terms, everyEntry, MAX_MATCHES),
    };
  }

  entry(id: string): Entry | undefined {
    const index = this.entryIndex.get(id);
    return index === undefined ? undefined : this.kb.entries[index];
  }

  /** French or English, judging from the words (French when undecided). */
  detectLanguage(text: string): Lang {
    return detectLanguage(text, this.indexes);
  }

  private resolveLanguage(query: MatchQuery): Lang {
    if (query.lang === 'auto') return this.detectLanguage(query.text);
    if (!(LANGS as readonly string[]).includes(query.lang)) {
      throw new QueryError('lang', `unknown language ${JSON.stringify(query.lang)} (expected fr, en or auto)`);
    }
    return query.lang;
  }

  private allowedEntries(selection: FacetSelection): Uint8Array {
    const key = JSON.stringify(Object.entries(selection).sort());
    let allowed = this.allowedCache.get(key);
    if (allowed === undefined) {
      allowed = new Uint8Array(this.kb.entries.length);
      for (const entry of entriesFor(this.kb, selection)) allowed[this.entryIndex.get(entry.id) ?? 0] = 1;
      if (this.allowedCache.size >= 1_000) this.allowedCache.clear();
      this.allowedCache.set(key, allowed);
    }
    return allowed;
  }

  private result(lang: Lang, decision: MatchResult['decision'], relaxed: boolean, ranked: readonly Ranked[]): MatchResult {
    const listed = ranked.filter(({ score }) => score >= this.thresholds.listScore);
    const matches: Match[] = listed.map(({ entry, score }) => {
      const found = this.kb.entries[entry] as Entry;
      return { id: found.id, score, question: found.question[lang] };
    });
    return { lang, decision, relaxed, matches };
  }
}
