import type { FieldWeights } from '../indexing/inverted-index';
import type { DecisionThresholds } from '../types';

export type { DecisionThresholds } from '../types';

/**
 * The decision bands of a knowledge folder that has no `calibration.yaml` (see `Calibration`). Scores are the share
 * of the query an entry matches (see `InvertedIndex`), which means the same in a base of 9 entries or of 10,000, so
 * one set of bands can hold for any base: these are calibrated by `npx tsx bench/calibrate.ts --defaults` on the
 * project's two dev sets at once (the seed base's and the realistic export's tune half), never on the text the index
 * contains, and that command shows how bands calibrated on one base do on the other. `listScore` is not calibrated:
 * it only trims the listed matches.
 */
export const DEFAULT_THRESHOLDS: Readonly<DecisionThresholds> = Object.freeze({
  answerScore: 0.24,
  answerMargin: 0.08,
  suggestScore: 0.16,
  listScore: 0.05,
});

/**
 * How the answer side of an entry mixes the whole answer and its best passage (see FieldWeights). Chosen on the dev
 * sets' tune halves by `npx tsx bench/calibrate.ts --weights` (best mean top-1, then answers given right); it prints
 * the grid.
 */
export const FIELD_WEIGHTS: Readonly<FieldWeights> = Object.freeze({ answer: 0.6, passage: 0.4 });
