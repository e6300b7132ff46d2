/**
 * Calibrates a knowledge base's decision bands on the dev set shipped with it and prints the grid it chose from:
 *   npx tsx bench/calibrate.ts [--kb DIR] [--write]    the base's bands (--write: into DIR/calibration.yaml)
 *   npx tsx bench/calibrate.ts --defaults              the code's defaults, for bases without a dev set
 *   npx tsx bench/calibrate.ts --weights               the field weights (knowledge/match/thresholds.ts)
 * Only the dev sets' tune halves are looked at (the fixture's holdout half is reported, never tuned on).
 */
import { resolve } from 'node:path';
import { defaultContentDir } from '../knowledge/load/content-dir';
import { loadKnowledgeBase } from '../knowledge/load/load-knowledge-base';
import { DEFAULT_THRESHOLDS } from '../knowledge/match/thresholds';
import type { DecisionThresholds } from '../knowledge/types';
import { UTILITY } from './calibration';
import { calibrationOf, sameBands, writeCalibration } from './calibration-file';
import { crossBaseCheck, pooledDefaults } from './calibration-defaults';
import { devsetFor, type DevSet } from './datasets';
import { metrics, type Observation } from './evaluate';
import { observeMatcher } from './observe';
import { Matcher } from '../knowledge/match/matcher';
import { percent } from './quality';
import { weightsGrid } from './weights-grid';

const bands = (t: DecisionThresholds): string => `answerScore ${t.answerScore}, answerMargin ${t.answerMargin}, suggestScore ${t.suggestScore}`;

function describe(label: string, observations: readonly Observation[], t: DecisionThresholds): string {
  return (['fr', 'en'] as const)
    .map((lang) => {
      const m = metrics(observations.filter((o) => o.lang === lang), t);
      if (m.inScope + m.outOfScope === 0) return undefined;
      return `${label} ${lang}: top-1 ${percent(m.top1)}, answered right ${percent(m.answeredRight)}, wrongly ${percent(m.answeredWrong)}, out of scope answered ${percent(m.outOfScopeAnswered)}`;
    })
    .filter((line): line is string => line !== undefined)
    .join('\n');
}

/** For each answer threshold, the best margin and suggestion threshold with what they give. */
function printGrid(observations: readonly Observation[], chosen: DecisionThresholds): void {
  console.log('| answerScore | best margin | suggestScore | answered right | answered wrongly | out of scope answered |');
  console.log('|---|---|---|---|---|---|');
  for (let a = 0.1; a <= 0.6001; a += 0.04) {
    const answerScore = Math.round(a * 100) / 100;
    const candidates = [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.14, 0.2].map((answerMargin) => ({ ...chosen, answerScore, answerMargin, suggestScore: Math.min(chosen.suggestScore, answerScore) }));
    const scored = candidates.map((t) => ({ t, m: metrics(observations, t) })).sort((x, y) => y.m.answeredRight - 3 * y.m.answeredWrong - (x.m.answeredRight - 3 * x.m.answeredWrong));
    const { t, m } = scored[0] as (typeof scored)[number];
    console.log(`| ${answerScore} | ${t.answerMargin} | ${t.suggestScore} | ${percent(m.answeredRight)} | ${percent(m.answeredWrong)} | ${percent(m.outOfScopeAnswered)} |`);
  }
}

function calibrateBase(set: DevSet, write: boolean): void {
  const { observations, calibration } = calibrationOf(set);
  const t = calibration.thresholds;
  console.log(`Dev set ${set.name}: ${set.queries.length} queries tuned on, ${set.holdout.length} held out. Utility: ${JSON.stringify(UTILITY)}.\n`);
  printGrid(observations, t);
  console.log(`\nChosen: ${bands(t)}${calibration.meetsFloor ? '' : ' (WARNING: the limits are not met)'}`);
  const holdout = observeMatcher(new Matcher(loadKnowledgeBase(set.kb)), set.holdout);
  const summary = [describe('tune', observations, t), describe('holdout', holdout, t)].filter((line) => line !== '').join('\n');
  console.log(summary);
  const current = loadKnowledgeBase(set.kb).calibration;
  if (write) console.log(`\nWritten: ${writeCalibration(set, t, summary)}`);
  else console.log(current.from !== undefined && sameBands(current.thresholds, t) ? '\ncalibration.yaml: up to date.' : '\ncalibration.yaml differs: run again with --write.');
}

function main(argv: readonly string[]): void {
  if (argv.includes('--weights')) return weightsGrid();
  if (argv.includes('--defaults')) {
    const pooled = pooledDefaults();
    console.log(`Pooled over both bases' tune sets: ${bands(pooled)}; in the code (DEFAULT_THRESHOLDS): ${bands(DEFAULT_THRESHOLDS)}` +
      `${sameBands(pooled, DEFAULT_THRESHOLDS) ? ' (up to date)' : ' (update knowledge/match/thresholds.ts)'}.\n`);
    return crossBaseCheck();
  }
  const at = argv.indexOf('--kb');
  const kb = resolve(at >= 0 ? (argv[at + 1] ?? '') : defaultContentDir());
  const set = devsetFor(kb);
  if (set === undefined) {
    console.log(`${kb} ships no dev set the project knows: the code's defaults apply (${bands(DEFAULT_THRESHOLDS)}), chosen to hold across`);
    console.log('the project\'s two bases (npx tsx bench/calibrate.ts --defaults). Scores are the share of the query matched, so they mean');
    console.log('the same in any base. Write a dev set of people\'s questions for it to calibrate its own.');
    return;
  }
  calibrateBase(set, argv.includes('--write'));
}

main(process.argv.slice(2));
