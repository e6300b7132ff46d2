import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectPath } from '../config/paths';
import type { DecisionThresholds } from '../knowledge/types';
import { calibrate, gridFor, type Calibration } from './calibration';
import type { DevSet } from './datasets';
import type { Observation } from './evaluate';
import { observeMatcher } from './observe';
import { loadKnowledgeBase } from '../knowledge/load/load-knowledge-base';
import { Matcher } from '../knowledge/match/matcher';
import { DEFAULT_THRESHOLDS } from '../knowledge/match/thresholds';

/** The tune half's observations of our matcher on a dev set, and the thresholds the calibration picks from them. */
export function calibrationOf(set: DevSet): { observations: Observation[]; calibration: Calibration } {
  const observations = observeMatcher(new Matcher(loadKnowledgeBase(set.kb)), set.queries);
  return { observations, calibration: calibrate(observations, gridFor(observations, true), DEFAULT_THRESHOLDS.listScore) };
}

/** What the decision depends on, to compare a base's file with what the calibration picks. */
export function sameBands(a: DecisionThresholds, b: DecisionThresholds): boolean {
  return a.answerScore === b.answerScore && a.answerMargin === b.answerMargin && a.suggestScore === b.suggestScore;
}

/** Writes the base's calibration.yaml: the thresholds, and a comment saying where they come from. */
export function writeCalibration(set: DevSet, thresholds: DecisionThresholds, summary: string): string {
  const path = join(set.kb, 'calibration.yaml');
  const files = [...new Set([...set.queries, ...set.holdout].map((query) => relative(projectPath(), query.file)))].join(', ');
  const text = [
    '# Decision bands of this knowledge base (see README, "How matching works"), written by',
    `# \`npx tsx bench/calibrate.ts --kb ${relative(projectPath(), set.kb)} --write\` from its dev set`,
    ...files.split(', ').map((file) => `#   ${file}`),
    `# (${set.holdout.length > 0 ? 'its tune half only: the holdout half is kept out of every tuning decision' : 'all of it'}), never from the text`,
    '# the index contains: the best total utility on a 0.02-step grid (a confident wrong answer costs three times what',
    '# a right one earns) within limits: in each language ≥ 80 % of out-of-scope questions fall back; overall ≤ 5 % of',
    '# them are answered and ≤ 2 % of in-scope questions are answered wrongly. listScore is not calibrated.',
    ...summary.split('\n').map((line) => `# ${line}`),
    'thresholds:',
    ...(['answerScore', 'answerMargin', 'suggestScore', 'listScore'] as const).map((name) => `  ${name}: ${thresholds[name]}`),
    '',
  ].join('\n');
  writeFileSync(path, text);
  return path;
}
