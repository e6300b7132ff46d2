import { loadKnowledgeBase, Matcher } from '../../../knowledge';
import { calibrate, gridFor } from '../../../bench/calibration';
import { loadDevset } from '../../../bench/devset';
import { metrics } from '../../../bench/evaluate';
import { observeMatcher } from '../../../bench/observe';

const kb = loadKnowledgeBase();
const observations = observeMatcher(new Matcher(kb), [...loadDevset('fr'), ...loadDevset('en')]);

describe('accuracy on the dev set (people’s questions, never the indexed alternates)', () => {
  it.each(['fr', 'en'] as const)('%s: top-1 ≥ 90 % in scope, fallback on ≥ 80 % out of scope', (lang) => {
    const result = metrics(observations.filter((observation) => observation.lang === lang), kb.calibration.thresholds);
    expect(result.top1).toBeGreaterThanOrEqual(0.9);
    expect(result.outOfScopeFallback).toBeGreaterThanOrEqual(0.8);
  });

  it('serves the thresholds the calibration picks on this dev set, from the base’s calibration.yaml', () => {
    const { thresholds } = calibrate(observations, gridFor(observations, true), kb.calibration.thresholds.listScore);
    expect(kb.calibration.from?.file).toMatch(/knowledge\/content\/calibration\.yaml$/);
    expect(thresholds).toEqual(kb.calibration.thresholds);
  });
});
