import type { Ranked } from '../indexing/top-k';
import type { Decision } from '../types';
import type { DecisionThresholds } from './thresholds';

export function decide(ranked: readonly Ranked[], thresholds: DecisionThresholds): Decision {
  const top = ranked[0]?.score ?? 0;
  const second = ranked[1]?.score ?? 0;
  if (top >= thresholds.answerScore && top - second >= thresholds.answerMargin) return 'answer';
  return top >= thresholds.suggestScore ? 'suggest' : 'fallback';
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

/**
 * The decision for a ranking within the chosen facets; when it is not confident, the whole base's ranking
 * (if any) is used instead if it is better, and the result says it was relaxed.
 */
export function settle(
  filtered: readonly Ranked[],
  whole: readonly Ranked[] | undefined,
  thresholds: DecisionThresholds,
): Outcome & { relaxed: boolean } {
  const inFacets = { ranked: filtered, decision: decide(filtered, thresholds) };
  if (whole === undefined || inFacets.decision === 'answer') return { ...inFacets, relaxed: false };
  const everywhere = { ranked: whole, decision: decide(whole, thresholds) };
  return isBetter(everywhere, inFacets) ? { ...everywhere, relaxed: true } : { ...inFacets, relaxed: false };
}
