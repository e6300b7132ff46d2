import type { FieldWeights } from '../indexing/inverted-index';
import type { DecisionThresholds } from '../types';

export type { DecisionThresholds } from '../types';

/**
 * The decision bands used for a knowledge folder that has no `calibration.yaml` (see `Calibration`). They are the
 * values `npx tsx bench/calibrate.ts` picks for the project's own nine entries on their dev set
 * (tests/fixtures/devset.{fr,en}.jsonl), never on the alternates the index contains: the best total utility on a
 * 0.02-step grid (a confident wrong answer costs three times what a right one earns; see bench/calibration.ts) with
 * at least 80 % of out-of-scope questions falling back in each language. `knowledge/content/calibration.yaml` holds
 * the same values for that base. `listScore` is not calibrated: it only trims the listed matches.
 */
export const DEFAULT_THRESHOLDS: Readonly<DecisionThresholds> = Object.freeze({
  answerScore: 0.26,
  answerMargin: 0.08,
  suggestScore: 0.16,
  listScore: 0.05,
});

/**
 * Shares of the field cosines in an entry's score (see FieldWeights): 0.75 for the question and its alternates
 * pooled, 0.25 for the answer text, none for the question alone (a share of 0.1 cost 2 to 4 points of top-1).
 * Chosen on the dev set by `npx tsx bench/calibrate.ts` (best mean top-1, then utility); it prints the grid.
 */
export const FIELD_WEIGHTS: Readonly<FieldWeights> = Object.freeze({ question: 0, answer: 0.25 });
