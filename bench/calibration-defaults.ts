import { loadKnowledgeBase } from '../knowledge/load/load-knowledge-base';
import { Matcher } from '../knowledge/match/matcher';
import { DEFAULT_THRESHOLDS } from '../knowledge/match/thresholds';
import type { DecisionThresholds } from '../knowledge/types';
import { calibrate, gridFor } from './calibration';
import { fixtureDevset, seedDevset, type DevSet } from './datasets';
import { metrics, type Observation } from './evaluate';
import { observeMatcher } from './observe';
import { percent } from './quality';

interface Observed {
  set: DevSet;
  tune: Observation[];
  holdout: Observation[];
}

/** Both bases' dev sets through our matcher, with the code's field weights. */
export function observeBoth(): Observed[] {
  return [seedDevset(), fixtureDevset()].map((set) => {
    const matcher = new Matcher(loadKnowledgeBase(set.kb));
    return { set, tune: observeMatcher(matcher, set.queries), holdout: observeMatcher(matcher, set.holdout) };
  });
}

const calibrated = (observations: readonly Observation[]): DecisionThresholds =>
  calibrate(observations, gridFor(observations, true), DEFAULT_THRESHOLDS.listScore).thresholds;

/** The bands a base without a dev set gets: calibrated on both bases' tune sets at once. */
export function pooledDefaults(observed: readonly Observed[] = observeBoth()): DecisionThresholds {
  return calibrated(observed.flatMap((item) => item.tune));
}

function cells(observations: readonly Observation[], t: DecisionThresholds): string {
  const m = metrics(observations, t);
  return `${percent(m.answeredRight)} / ${percent(m.answeredWrong)} / ${percent(m.outOfScopeAnswered)}`;
}

/**
 * Bands calibrated on one base and measured on the other, beside the defaults: whether bands hold across bases
 * of 9 and 106 entries. Cells: answered right / answered wrongly / out of scope answered.
 */
export function crossBaseCheck(observed: readonly Observed[] = observeBoth()): void {
  const [seed, fixture] = observed as [Observed, Observed];
  const rows: [string, DecisionThresholds][] = [
    ['calibrated on the seed base', calibrated(seed.tune)],
    ['calibrated on the example base (tune half)', calibrated(fixture.tune)],
    ['the defaults (DEFAULT_THRESHOLDS)', DEFAULT_THRESHOLDS],
  ];
  console.log('| bands | answer / margin / suggest | seed base (9 entries) | example base, tune half | example base, holdout half |');
  console.log('|---|---|---|---|---|');
  for (const [name, t] of rows) {
    console.log(`| ${name} | ${t.answerScore} / ${t.answerMargin} / ${t.suggestScore} | ${cells(seed.tune, t)} | ${cells(fixture.tune, t)} | ${cells(fixture.holdout, t)} |`);
  }
  console.log('\nCells: answered right / answered wrongly (in scope) / out-of-scope questions answered.');
}
