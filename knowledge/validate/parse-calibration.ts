import type { DecisionThresholds } from '../types';
import { checkKnownKeys, describe, isRecord, type Reporter } from './checks';

const CALIBRATION_FIELDS = ['thresholds'] as const;
const THRESHOLD_FIELDS = ['answerScore', 'answerMargin', 'suggestScore', 'listScore'] as const;

function score(report: Reporter, value: unknown, field: string): number | undefined {
  if (typeof value === 'number' && value >= 0 && value <= 1) return value;
  report.fail(field, `must be a number from 0 to 1, found ${describe(value)}`);
  return undefined;
}

/** The bands must nest: nothing is answered that would not be suggested, nor suggested that would not be listed. */
function checkOrder(report: Reporter, thresholds: DecisionThresholds): boolean {
  const ordered = thresholds.listScore <= thresholds.suggestScore && thresholds.suggestScore <= thresholds.answerScore;
  if (!ordered) report.fail('thresholds', 'must keep listScore ≤ suggestScore ≤ answerScore');
  return ordered;
}

/**
 * A knowledge folder's `calibration.yaml`: `thresholds: { answerScore, answerMargin, suggestScore, listScore }`, each
 * optional (the defaults fill in). Undefined when invalid (every problem is reported).
 */
export function parseCalibration(report: Reporter, raw: unknown, defaults: Readonly<DecisionThresholds>): DecisionThresholds | undefined {
  if (raw === null || raw === undefined) return { ...defaults };
  if (!isRecord(raw)) {
    report.fail(undefined, `must be a map { thresholds }, found ${describe(raw)}`);
    return undefined;
  }
  checkKnownKeys(report, raw, CALIBRATION_FIELDS);
  const given = raw.thresholds ?? {};
  if (!isRecord(given)) {
    report.fail('thresholds', `must be a map of scores, found ${describe(given)}`);
    return undefined;
  }
  checkKnownKeys(report, given, THRESHOLD_FIELDS, 'thresholds.');
  const thresholds = { ...defaults };
  let valid = true;
  for (const name of THRESHOLD_FIELDS) {
    if (given[name] === undefined) continue;
    const value = score(report, given[name], `thresholds.${name}`);
    if (value === undefined) valid = false;
    else thresholds[name] = value;
  }
  return valid && checkOrder(report, thresholds) ? thresholds : undefined;
}
