import type { Ranked } from '../indexing/top-k';
import type { Decision } from '../types';
import type { DecisionThresholds } from './thresholds';

export function decide(ranked: readonly Ranked[], thresholds: DecisionThresholds): Decision {
  const top = ranked[0]?.score ?? 0;
  const second = ranked[1]?.score ?? 0;
  if (top >= thresholds.answerScore && top - second >= thresholds.answerMargin) return 'answer';
  return top >= thresholds.suggestScore ? 'suggest' : 'fallback';
}

/** The entry whose own phrasing the query repeats (see `LanguageIndex.read`), and its score. */
export interface ExactPhrasing extends Ranked {
  /** Whether the chosen facets allow the entry (always, when none were chosen). */
  inFacets: boolean;
}

const STRENGTH: Record<Decision, number> = { fallback: 0, suggest: 1, answer: 2 };

interface Outcome {
  ranked: readonly Ranked[];
  decision: Decision;
}

/** Whether searching the whole base found something better than the facet-filtered search. */
function isBetter(whole: Outcome, filtered: Outcome): boolean {
  if (whole.decision !== filtered.decision) return STRENGTH[whole.decision] > STRENGTH[filtered.decision];
  const [wholeTop, filteredTop] = [whole.ranked[0], filtered.ranked[0]];
  return (
    whole.decision === 'suggest' &&
    wholeTop !== undefined &&
    (filteredTop === undefined || (wholeTop.entry !== filteredTop.entry && wholeTop.score > filteredTop.score))
  );
}

/** The ranking with this entry first. */
function first(exact: Ranked, ranked: readonly Ranked[]): Ranked[] {
  return [{ entry: exact.entry, score: exact.score }, ...ranked.filter((item) => item.entry !== exact.entry)];
}

/**
 * The decision for a ranking within the chosen facets; when it is not confident, the whole base's ranking
 * (if any) is used instead if it is better, and the result says it was relaxed.
 *
 * A query repeating one entry's own question or alternate (`exact`) is answered with that entry, whatever the
 * scores: whoever types or pastes one of our questions asks that question. Scores cannot promise it, since entries
 * about the same subject share most words ("Qu'est-ce que le MOS ?" scores 0.46, 0.41 and 0.38 on the three MOS
 * entries). Outside the chosen facets, the result says it was relaxed.
 */
export function settle(
  filtered: readonly Ranked[],
  whole: readonly Ranked[] | undefined,
  thresholds: DecisionThresholds,
  exact?: ExactPhrasing,
): Outcome & { relaxed: boolean } {
  if (exact !== undefined) {
    const ranked = exact.inFacets ? filtered : (whole ?? filtered);
    return { ranked: first(exact, ranked), decision: 'answer', relaxed: !exact.inFacets };
  }
  const inFacets = { ranked: filtered, decision: decide(filtered, thresholds) };
  if (whole === undefined || inFacets.decision === 'answer') return { ...inFacets, relaxed: false };
  const everywhere = { ranked: whole, decision: decide(whole, thresholds) };
  return isBetter(everywhere, inFacets) ? { ...everywhere, relaxed: true } : { ...inFacets, relaxed: false };
}
