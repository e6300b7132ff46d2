import { QueryError } from '../errors';
import { LanguageIndex, type SearchTerms } from '../indexing/language-index';
import type { FieldWeights } from '../indexing/inverted-index';
import type { Ranked } from '../indexing/top-k';
import { checkSelection, entriesFor } from '../narrow/narrowing';
import { shownLanguage, titleFor } from '../entry/languages';
import { LANGS, type DecisionThresholds, type Entry, type FacetSelection, type KnowledgeBase, type Lang, type Match, type MatchQuery, type MatchResult } from '../types';
import { settle, type ExactPhrasing } from './decide';
import { detectLanguage } from './detect-language';
import { foreignEntries, QuerySearch } from './query-search';
import { FIELD_WEIGHTS } from './thresholds';

export interface MatcherOptions {
  /** For calibration and benchmarks; by default, the base's own (`kb.calibration`). */
  thresholds?: DecisionThresholds;
  /** For calibration and benchmarks; the defaults were chosen on the dev set. */
  fieldWeights?: FieldWeights;
  /** Whether entries are also found by their facets' labels (default true; false for comparisons). */
  facetTopics?: boolean;
}

/** An entry's facet values' labels in a language, one per line: what the entry is about, as the FAQ page names it. */
function facetTopics(kb: KnowledgeBase): (entry: Entry, lang: Lang) => string {
  const labels = new Map(kb.facets.flatMap((facet) => facet.values.map((value) => [`${facet.name}:${value.id}`, value.label] as const)));
  return (entry, lang) =>
    Object.entries(entry.facets).flatMap(([facet, ids]) => (ids ?? []).map((id) => labels.get(`${facet}:${id}`)?.[lang] ?? '')).join('\n');
}

const MAX_MATCHES = 5;

const everyEntry = (): boolean => true;

export interface Candidates {
  lang: Lang;
  /** Best entries within the chosen facets (all entries when none), best first; `entry` indexes `kb.entries`. */
  filtered: Ranked[];
  /** Best entries of the whole base, only when facets were chosen. */
  whole?: Ranked[];
  /** The entry whose own question or alternate the query repeats, when exactly one entry has that phrasing. */
  exact?: ExactPhrasing;
}

function groupsOf(kb: KnowledgeBase, lang: Lang): string[][] {
  return kb.lexicon.filter((group) => group.lang === lang).map((group) => group.terms);
}

/**
 * Ranks the entries of a knowledge base for a free-text question: one TF-IDF index per language (entries written
 * only in the other language are searched through theirs: see `QuerySearch`), an optional facet filter (relaxed to
 * the whole base when it finds nothing confident), and the base's decision bands; a query that repeats one entry's
 * own question or alternate is answered with that entry (see `settle`).
 * Build once (it indexes every entry), then query many times; `match` is synchronous and allocation-light.
 */
export class Matcher {
  /** The decision bands in use (the dialogs offer other answers only above `suggestScore`). */
  readonly thresholds: Readonly<DecisionThresholds>;
  private readonly indexes: Readonly<Record<Lang, LanguageIndex>>;
  private readonly entryIndex: ReadonlyMap<string, number>;
  private readonly allowedCache = new Map<string, Uint8Array>();
  private readonly foreign: ReturnType<typeof foreignEntries>;

  constructor(
    readonly kb: KnowledgeBase,
    options: MatcherOptions = {},
  ) {
    this.thresholds = options.thresholds ?? kb.calibration.thresholds;
    const weights = options.fieldWeights ?? FIELD_WEIGHTS;
    const topics = options.facetTopics === false ? undefined : facetTopics(kb);
    const build = (lang: Lang): LanguageIndex => new LanguageIndex(lang, kb.entries, groupsOf(kb, lang), weights, { topics });
    this.indexes = { fr: build('fr'), en: build('en') };
    this.entryIndex = new Map(kb.entries.map((entry, index) => [entry.id, index]));
    this.foreign = foreignEntries(kb.entries);
  }

  /** @throws QueryError for an unknown language, facet or facet value. */
  match(query: MatchQuery): MatchResult {
    const { lang, filtered, whole, exact } = this.candidates(query);
    const outcome = settle(filtered, whole, this.thresholds, exact);
    return this.result(lang, outcome.decision, outcome.relaxed, outcome.ranked, exact?.entry);
  }

  /**
   * The rankings `match` decides from, for calibration and benchmarks: best entries within the facets, and in
   * the whole base when facets were chosen.
   */
  candidates(query: MatchQuery): Candidates {
    const lang = this.resolveLanguage(query);
    const selection = checkSelection(this.kb, query.facets ?? {});
    const index = this.indexes[lang];
    const search = new QuerySearch(this.indexes, lang, this.foreign[lang], query.text);
    const { phrasingOf } = search.read;
    if (Object.keys(selection).length === 0) {
      const filtered = search.rank(everyEntry, MAX_MATCHES);
      return { lang, filtered, ...this.exactPhrasing(index, search.read, phrasingOf, filtered, undefined) };
    }
    const allowed = this.allowedEntries(selection);
    const whole = search.rank(everyEntry, MAX_MATCHES);
    const filtered = search.rank((entry) => allowed[entry] === 1, MAX_MATCHES);
    return { lang, filtered, whole, ...this.exactPhrasing(index, search.read, phrasingOf, whole, allowed) };
  }

  /** The entry the query repeats a phrasing of, with its score (looked up apart if the ranking left it out). */
  private exactPhrasing(
    index: LanguageIndex,
    terms: SearchTerms,
    entry: number | undefined,
    ranked: readonly Ranked[],
    allowed: Uint8Array | undefined,
  ): { exact?: ExactPhrasing } {
    if (entry === undefined) return {};
    const score = ranked.find((item) => item.entry === entry)?.score ?? index.rank(terms, (other) => other === entry, 1)[0]?.score ?? 0;
    return { exact: { entry, score, inFacets: allowed === undefined || allowed[entry] === 1 } };
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

  /** @param exact an entry listed whatever its score: the one whose phrasing the query repeats. */
  private result(lang: Lang, decision: MatchResult['decision'], relaxed: boolean, ranked: readonly Ranked[], exact?: number): MatchResult {
    const listed = ranked.slice(0, MAX_MATCHES).filter(({ entry, score }) => score >= this.thresholds.listScore || entry === exact);
    const matches: Match[] = listed.map(({ entry, score }) => {
      const found = this.kb.entries[entry] as Entry;
      return { id: found.id, score, question: titleFor(found, lang), lang: shownLanguage(found, lang) };
    });
    return { lang, decision, relaxed, matches };
  }
}
