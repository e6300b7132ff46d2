import { settle, type ExactPhrasing } from '../knowledge/match/decide';
import type { DecisionThresholds } from '../knowledge/match/thresholds';
import type { Ranked } from '../knowledge/indexing/top-k';
import type { Decision, Lang } from '../knowledge/types';

/** How a system ranked one dev-set question: entries as indexes into the base, best first. */
export interface Observation {
  lang: Lang;
  /** Index of the expected entry, or null for an out-of-scope question. */
  expected: number | null;
  filtered: Ranked[];
  whole?: Ranked[];
  /** The entry whose own phrasing the question repeats, if any (see `Candidates.exact`). */
  exact?: ExactPhrasing;
}

export interface Metrics {
  /** In-scope questions whose best match is the expected entry. */
  top1: number;
  /** In-scope questions with the expected entry among the first three. */
  top3: number;
  /** Share of all questions answered confidently and wrongly (any `answer` to an out-of-scope one is wrong). */
  confidentWrong: number;
  /** Out-of-scope questions that got `fallback`. */
  outOfScopeFallback: number;
  /** In-scope questions answered confidently and correctly. */
  answeredRight: number;
  /** In-scope questions answered confidently with another entry. */
  answeredWrong: number;
  /** Out-of-scope questions answered confidently (with any entry). */
  outOfScopeAnswered: number;
  inScope: number;
  outOfScope: number;
}

export interface Judgement {
  decision: Decision;
  ranked: readonly Ranked[];
}

export function judge(observation: Observation, thresholds: DecisionThresholds): Judgement {
  const { decision, ranked } = settle(observation.filtered, observation.whole, thresholds, observation.exact);
  return { decision, ranked };
}

function share(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}

export function metrics(observations: readonly Observation[], thresholds: DecisionThresholds): Metrics {
  const inScope = observations.filter((observation) => observation.expected !== null);
  const outOfScope = observations.filter((observation) => observation.expected === null);
  let top1 = 0;
  let top3 = 0;
  let wrong = 0;
  let right = 0;
  let wrongInScope = 0;
  let fallbacks = 0;
  let answeredOutOfScope = 0;
  for (const observation of observations) {
    const { decision, ranked } = judge(observation, thresholds);
    const first = ranked[0]?.entry;
    if (observation.expected === null) {
      if (decision === 'fallback') fallbacks += 1;
      if (decision === 'answer') [wrong, answeredOutOfScope] = [wrong + 1, answeredOutOfScope + 1];
      continue;
    }
    if (first === observation.expected) top1 += 1;
    if (ranked.slice(0, 3).some((item) => item.entry === observation.expected)) top3 += 1;
    if (decision === 'answer' && first !== observation.expected) [wrong, wrongInScope] = [wrong + 1, wrongInScope + 1];
    if (decision === 'answer' && first === observation.expected) right += 1;
  }
  return {
    top1: share(top1, inScope.length),
    top3: share(top3, inScope.length),
    confidentWrong: share(wrong, observations.length),
    outOfScopeFallback: share(fallbacks, outOfScope.length),
    answeredRight: share(right, inScope.length),
    answeredWrong: share(wrongInScope, inScope.length),
    outOfScopeAnswered: share(answeredOutOfScope, outOfScope.length),
    inScope: inScope.length,
    outOfScope: outOfScope.length,
  };
}
