import type { FieldWeights } from '../knowledge/indexing/fields';
import { loadKnowledgeBase } from '../knowledge/load/load-knowledge-base';
import { Matcher } from '../knowledge/match/matcher';
import { FIELD_WEIGHTS } from '../knowledge/match/thresholds';
import { calibrate, gridFor } from './calibration';
import { fixtureDevset, seedDevset } from './datasets';
import { metrics } from './evaluate';
import { observeMatcher } from './observe';
import { percent } from './quality';

const GRID: FieldWeights[] = [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1].map((passage) => ({ answer: Math.round((1 - passage) * 10) / 10, passage }));

/**
 * The field weights with the best mean top-1 over both bases' tune sets (each language of each base counting
 * alike), ties to the more answers given right. Prints the grid.
 */
export function weightsGrid(): void {
  const sets = [seedDevset(), fixtureDevset()].map((set) => ({ set, kb: loadKnowledgeBase(set.kb) }));
  console.log('| answer | best passage | seed top-1 fr / en | example top-1 fr / en (tune half) | mean top-1 | answered right |');
  console.log('|---|---|---|---|---|---|');
  let best: { weights: FieldWeights; top1: number; right: number } | undefined;
  for (const weights of GRID) {
    const figures = sets.map(({ set, kb }) => {
      const observations = observeMatcher(new Matcher(kb, { fieldWeights: weights }), set.queries);
      const t = calibrate(observations, gridFor(observations, true), 0.05).thresholds;
      return { fr: metrics(observations.filter((o) => o.lang === 'fr'), t), en: metrics(observations.filter((o) => o.lang === 'en'), t), all: metrics(observations, t) };
    });
    const top1 = figures.reduce((sum, f) => sum + f.fr.top1 + f.en.top1, 0) / 4;
    const right = figures.reduce((sum, f) => sum + f.all.answeredRight, 0) / 2;
    const [seed, example] = figures as [(typeof figures)[number], (typeof figures)[number]];
    console.log(`| ${weights.answer} | ${weights.passage} | ${percent(seed.fr.top1)} / ${percent(seed.en.top1)} | ` +
      `${percent(example.fr.top1)} / ${percent(example.en.top1)} | ${percent(top1)} | ${percent(right)} |`);
    if (best === undefined || top1 > best.top1 + 1e-9 || (Math.abs(top1 - best.top1) <= 1e-9 && right > best.right)) best = { weights, top1, right };
  }
  console.log(`\nBest: ${JSON.stringify(best?.weights)}; in the code (FIELD_WEIGHTS): ${JSON.stringify(FIELD_WEIGHTS)}.`);
}
