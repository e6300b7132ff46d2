import { loadKnowledgeBase } from '../knowledge/load/load-knowledge-base';
import { Matcher } from '../knowledge/match/matcher';
import type { DecisionThresholds, KnowledgeBase, Lang } from '../knowledge/types';
import { calibrate, gridFor } from './calibration';
import type { DevSet } from './datasets';
import type { DevQuery } from './devset';
import { metrics, type Metrics, type Observation } from './evaluate';
import { expectedIndex, observeMatcher } from './observe';
import { OURS, type System } from './systems';

export const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;

/** A system's rankings of a dev set's queries, and the thresholds it decides with. */
export interface Measured {
  system: System;
  thresholds: DecisionThresholds;
  tune: Observation[];
  holdout: Observation[];
  cross: Observation[];
}

function observe(system: System, kb: KnowledgeBase, matcher: Matcher | undefined): (queries: readonly DevQuery[]) => Observation[] {
  if (matcher !== undefined) return (queries) => observeMatcher(matcher, queries);
  const searcher = system.build(kb);
  return (queries) => queries.map((query) => ({ lang: query.lang, expected: expectedIndex(kb, query), filtered: searcher.search(query.text, query.lang) }));
}

/**
 * Measures a system on a dev set. Ours decides with the base's calibration.yaml (itself calibrated on the tune half,
 * see bench/calibrate.ts); a peer with thresholds calibrated the same way on the same half, on its own score scale.
 */
export function measure(system: System, set: DevSet, kb: KnowledgeBase = loadKnowledgeBase(set.kb)): Measured {
  const ours = system === OURS ? new Matcher(kb) : undefined;
  const run = observe(system, kb, ours);
  const tune = run(set.queries);
  const thresholds = ours !== undefined ? kb.calibration.thresholds : calibrate(tune, gridFor(tune, system.bounded), 0).thresholds;
  return { system, thresholds, tune, holdout: run(set.holdout), cross: run(set.cross) };
}

export function byLanguage(observations: readonly Observation[], thresholds: DecisionThresholds, lang?: Lang): Metrics {
  return metrics(lang === undefined ? observations : observations.filter((observation) => observation.lang === lang), thresholds);
}

export const QUALITY_HEADER =
  '| system | top-1 fr | top-1 en | top-3 | answered right | answered wrongly | out of scope answered |\n|---|---|---|---|---|---|---|';

/** One row of the quality table: a system's figures on some observations. */
export function qualityRow(name: string, observations: readonly Observation[], thresholds: DecisionThresholds): string {
  const [fr, en, all] = [byLanguage(observations, thresholds, 'fr'), byLanguage(observations, thresholds, 'en'), byLanguage(observations, thresholds)];
  const cell = (m: Metrics, value: number): string => (m.inScope === 0 ? '–' : percent(value));
  return `| ${name} | ${cell(fr, fr.top1)} | ${cell(en, en.top1)} | ${percent(all.top3)} | ${percent(all.answeredRight)} | ` +
    `${percent(all.answeredWrong)} | ${all.outOfScope === 0 ? '–' : percent(all.outOfScopeAnswered)} |`;
}
