import type { Matcher } from '../knowledge/match/matcher';
import type { KnowledgeBase } from '../knowledge/types';
import type { DevQuery } from './devset';
import type { Observation } from './evaluate';

export function expectedIndex(kb: KnowledgeBase, query: DevQuery): number | null {
  if (query.expected === null) return null;
  const index = kb.entries.findIndex((entry) => entry.id === query.expected);
  if (index < 0) throw new Error(`dev set line ${query.line} (${query.lang}): unknown entry "${query.expected}"`);
  return index;
}

/** Our matcher's rankings for the dev set, in the question's own language (as the bot knows it). */
export function observeMatcher(matcher: Matcher, queries: readonly DevQuery[]): Observation[] {
  return queries.map((query) => {
    const candidates = matcher.candidates({ text: query.text, lang: query.lang, facets: query.facets });
    const { filtered, whole, exact } = candidates;
    return { lang: query.lang, expected: expectedIndex(matcher.kb, query), filtered, whole, exact };
  });
}
