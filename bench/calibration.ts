import type { DecisionThresholds } from '../knowledge/match/thresholds';
import type { Decision } from '../knowledge/types';
import { judge, type Observation } from './evaluate';

/**
 * What each outcome is worth when choosing thresholds. A confident wrong answer costs three times what a right
 * one earns: the user reads wrong health-administration guidance with the bot's assurance, whereas a suggestion
 * holding the right entry (half a win) costs one click. An out-of-scope question must fall back (then the user
 * gets the contact).
 */
export const UTILITY = {
  rightAnswer: 1,
  wrongAnswer: -3,
  usefulSuggestion: 0.5,
  uselessSuggestion: -0.25,
  outOfScopeFallback: 1,
  outOfScopeSuggestion: -0.5,
  outOfScopeAnswer: -3,
} as const;

/**
 * Limits the thresholds must keep on the dev set: in each language, at least this share of out-of-scope questions
 * falls back; over the whole set (one language's few dozen questions are too few to allow a single slip), at most
 * this share of out-of-scope questions is answered and at most this share of in-scope ones is answered wrongly.
 */
export const OUT_OF_SCOPE_FALLBACK_FLOOR = 0.8;
export const OUT_OF_SCOPE_ANSWERED_CEILING = 0.05;
export const ANSWERED_WRONG_CEILING = 0.02;

interface Summary {
  top: number;
  second: number;
  firstRight: boolean;
  inTop3: boolean;
}

const summaries = new WeakMap<Observation, Summary>();

/**
 * Without facets, nor a repeated phrasing, the decision only depends on the two best scores: precomputed, for a fast
 * grid search.
 */
function summary(observation: Observation): Summary {
  let known = summaries.get(observation);
  if (known === undefined) {
    const ranked = observation.filtered;
    known = {
      top: ranked[0]?.score ?? 0,
      second: ranked[1]?.score ?? 0,
      firstRight: ranked[0]?.entry === observation.expected,
      inTop3: ranked.slice(0, 3).some((item) => item.entry === observation.expected),
    };
    summaries.set(observation, known);
  }
  return known;
}

function quickJudge(observation: Observation, t: DecisionThresholds): { decision: Decision; firstRight: boolean; inTop3: boolean } {
  if (observation.whole !== undefined || observation.exact !== undefined) {
    const { decision, ranked } = judge(observation, t);
    const firstRight = ranked[0]?.entry === observation.expected;
    return { decision, firstRight, inTop3: ranked.slice(0, 3).some((item) => item.entry === observation.expected) };
  }
  const { top, second, firstRight, inTop3 } = summary(observation);
  const decision: Decision = top >= t.answerScore && top - second >= t.answerMargin ? 'answer' : top >= t.suggestScore ? 'suggest' : 'fallback';
  return { decision, firstRight, inTop3 };
}

function utility(observation: Observation, thresholds: DecisionThresholds): number {
  const { decision, firstRight, inTop3 } = quickJudge(observation, thresholds);
  if (observation.expected === null) {
    if (decision === 'fallback') return UTILITY.outOfScopeFallback;
    return decision === 'answer' ? UTILITY.outOfScopeAnswer : UTILITY.outOfScopeSuggestion;
  }
  if (decision === 'answer') return firstRight ? UTILITY.rightAnswer : UTILITY.wrongAnswer;
  if (decision === 'suggest') return inTop3 ? UTILITY.usefulSuggestion : UTILITY.uselessSuggestion;
  return 0;
}

function meetsFloor(observations: readonly Observation[], thresholds: DecisionThresholds): boolean {
  for (const lang of ['fr', 'en'] as const) {
    const outOfScope = observations.filter((observation) => observation.lang === lang && observation.expected === null);
    if (outOfScope.length === 0) continue;
    const fallbacks = outOfScope.filter((observation) => quickJudge(observation, thresholds).decision === 'fallback').length;
    if (fallbacks / outOfScope.length < OUT_OF_SCOPE_FALLBACK_FLOOR) return false;
  }
  const outOfScope = observations.filter((observation) => observation.expected === null).map((observation) => quickJudge(observation, thresholds).decision);
  const inScope = observations.filter((observation) => observation.expected !== null).map((observation) => quickJudge(observation, thresholds));
  const wrong = inScope.filter((judged) => judged.decision === 'answer' && !judged.firstRight).length;
  if (inScope.length > 0 && wrong / inScope.length > ANSWERED_WRONG_CEILING) return false;
  return outOfScope.length === 0 || outOfScope.filter((decision) => decision === 'answer').length / outOfScope.length <= OUT_OF_SCOPE_ANSWERED_CEILING;
}

export interface Grid {
  scores: readonly number[];
  margins: readonly number[];
}

/** A 0..1 grid with a 0.02 step (for cosine scores), or quantiles of the observed scores (other scales). */
export function gridFor(observations: readonly Observation[], cosine: boolean): Grid {
  if (cosine) {
    const steps = Array.from({ length: 51 }, (_, i) => i / 50);
    return { scores: steps, margins: steps.filter((step) => step <= 0.4) };
  }
  const tops = observations.map((o) => o.filtered[0]?.score ?? 0).sort((a, b) => a - b);
  const gaps = observations.map((o) => (o.filtered[0]?.score ?? 0) - (o.filtered[1]?.score ?? 0)).sort((a, b) => a - b);
  const quantiles = (values: number[]): number[] =>
    [...new Set(Array.from({ length: 61 }, (_, i) => values[Math.floor((i / 60) * (values.length - 1))] ?? 0))];
  return { scores: [0, ...quantiles(tops)], margins: [0, ...quantiles(gaps)] };
}

export interface Calibration {
  thresholds: DecisionThresholds;
  utility: number;
  meetsFloor: boolean;
}

/**
 * The thresholds with the best total utility on the observations, among those meeting the out-of-scope floor
 * (if none does, the best overall, flagged). Ties go to the middle of the best plateau: the utility is averaged
 * over each point's grid neighbours, so a lone spike does not win over a broad optimum.
 */
export function calibrate(observations: readonly Observation[], grid: Grid, listScore: number): Calibration {
  const { scores, margins } = grid;
  const table = new Map<string, number>();
  const key = (a: number, m: number, s: number): string => `${a}:${m}:${s}`;
  const candidates: { a: number; m: number; s: number; floor: boolean }[] = [];
  for (let a = 0; a < scores.length; a += 1) {
    for (let s = 0; s <= a; s += 1) {
      for (let m = 0; m < margins.length; m += 1) {
        const thresholds = { answerScore: scores[a] as number, answerMargin: margins[m] as number, suggestScore: scores[s] as number, listScore };
        table.set(key(a, m, s), observations.reduce((sum, observation) => sum + utility(observation, thresholds), 0));
        candidates.push({ a, m, s, floor: meetsFloor(observations, thresholds) });
      }
    }
  }
  const smoothed = (a: number, m: number, s: number): number => {
    let total = 0;
    let count = 0;
    for (const [da, dm, ds] of [[0, 0, 0], [1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]] as const) {
      const value = table.get(key(a + da, m + dm, s + ds));
      if (value !== undefined) {
        total += value;
        count += 1;
      }
    }
    return total / count;
  };
  const pool = candidates.some((candidate) => candidate.floor) ? candidates.filter((candidate) => candidate.floor) : candidates;
  const rank = (c: { a: number; m: number; s: number }): [number, number] => [table.get(key(c.a, c.m, c.s)) ?? 0, smoothed(c.a, c.m, c.s)];
  const best = pool.reduce((winner, candidate) => {
    const [u, smooth] = rank(candidate);
    const [bestU, bestSmooth] = rank(winner);
    return u > bestU || (u === bestU && smooth > bestSmooth) ? candidate : winner;
  });
  return {
    thresholds: { answerScore: scores[best.a] as number, answerMargin: margins[best.m] as number, suggestScore: scores[best.s] as number, listScore },
    utility: table.get(key(best.a, best.m, best.s)) ?? 0,
    meetsFloor: best.floor,
  };
}
