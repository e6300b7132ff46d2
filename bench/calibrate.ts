/**
 * Chooses the matcher's field weights and decision thresholds on the dev set (tests/fixtures/devset.*.jsonl)
 * and prints them with what they give; the chosen thresholds go into knowledge/content/calibration.yaml (the base's
 * own), the field weights into knowledge/match/thresholds.ts.
 * For each weighting: the thresholds with the best utility (bench/calibration.ts); then the weighting with the
 * best mean top-1 accuracy (the issue's headline measure), ties to the best utility. It also shows how many
 * entries' own questions the scores alone answer confidently: the matcher answers them all anyway (a query repeating
 * an entry's phrasing is answered with it), but a weighting that needs that rule less separates entries better.
 * Run: npx tsx bench/calibrate.ts (about 20 s).
 */
import type { FieldWeights } from '../knowledge/indexing/inverted-index';
import { loadKnowledgeBase } from '../knowledge/load/load-knowledge-base';
import { decide } from '../knowledge/match/decide';
import { Matcher } from '../knowledge/match/matcher';
import { DEFAULT_THRESHOLDS, FIELD_WEIGHTS, type DecisionThresholds } from '../knowledge/match/thresholds';
import type { KnowledgeBase } from '../knowledge/types';
import { calibrate, gridFor, OUT_OF_SCOPE_FALLBACK_FLOOR, UTILITY } from './calibration';
import { loadDevset, type DevQuery } from './devset';
import { metrics, type Observation } from './evaluate';
import { observeMatcher } from './observe';

const WEIGHTINGS: FieldWeights[] = [0, 0.1].flatMap((question) =>
  [0.15, 0.2, 0.25, 0.3, 0.35, 0.4].map((answer) => ({ question, answer })),
);

interface Trial {
  weights: FieldWeights;
  thresholds: DecisionThresholds;
  utility: number;
  meetsFloor: boolean;
  observations: Observation[];
  ownQuestionsAnswered: number;
  meanTop1: number;
}

const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;

/** Entries whose own question gets `answer` from the scores alone, without the repeated-phrasing rule. */
function ownQuestionsAnswered(kb: KnowledgeBase, weights: FieldWeights, thresholds: DecisionThresholds): number {
  const matcher = new Matcher(kb, { fieldWeights: weights, thresholds });
  return kb.entries
    .flatMap((entry, index) => (['fr', 'en'] as const).map((lang) => ({ index, ranked: matcher.candidates({ text: entry.question[lang] ?? '', lang }).filtered })))
    .filter(({ index, ranked }) => decide(ranked, thresholds) === 'answer' && ranked[0]?.entry === index).length;
}

function trial(kb: KnowledgeBase, queries: readonly DevQuery[], weights: FieldWeights): Trial {
  const observations = observeMatcher(new Matcher(kb, { fieldWeights: weights }), queries);
  const { thresholds, utility, meetsFloor } = calibrate(observations, gridFor(observations, true), DEFAULT_THRESHOLDS.listScore);
  const top1 = (['fr', 'en'] as const).map((lang) => metrics(observations.filter((o) => o.lang === lang), thresholds).top1);
  return {
    weights,
    thresholds,
    utility,
    meetsFloor,
    observations,
    ownQuestionsAnswered: ownQuestionsAnswered(kb, weights, thresholds),
    meanTop1: top1.reduce((sum, value) => sum + value, 0) / top1.length,
  };
}

function report(kb: KnowledgeBase, best: Trial): void {
  const t = best.thresholds;
  console.log(`\nChosen: FIELD_WEIGHTS = ${JSON.stringify(best.weights)}`);
  console.log(`        calibration.yaml thresholds: answerScore ${t.answerScore}, answerMargin ${t.answerMargin}, suggestScore ${t.suggestScore}` +
    `${best.meetsFloor ? '' : ' (WARNING: the out-of-scope floor is not met)'}`);
  for (const lang of ['fr', 'en'] as const) {
    const m = metrics(best.observations.filter((o) => o.lang === lang), t);
    console.log(`  ${lang}: top-1 ${percent(m.top1)}, top-3 ${percent(m.top3)}, answered right ${percent(m.answeredRight)}, ` +
      `confident-wrong ${percent(m.confidentWrong)}, out-of-scope fallback ${percent(m.outOfScopeFallback)}`);
  }
  console.log('\nStability: thresholds calibrated on one language only, measured on the other.');
  for (const [train, test] of [['fr', 'en'], ['en', 'fr']] as const) {
    const own = best.observations.filter((o) => o.lang === train);
    const trained = calibrate(own, gridFor(own, true), DEFAULT_THRESHOLDS.listScore).thresholds;
    const m = metrics(best.observations.filter((o) => o.lang === test), trained);
    console.log(`  ${train} → answerScore ${trained.answerScore}, answerMargin ${trained.answerMargin}, suggestScore ${trained.suggestScore};` +
      ` on ${test}: answered right ${percent(m.answeredRight)}, confident-wrong ${percent(m.confidentWrong)}, out-of-scope fallback ${percent(m.outOfScopeFallback)}`);
  }
  const inUse = kb.calibration.thresholds;
  const upToDate = JSON.stringify(best.weights) === JSON.stringify({ question: FIELD_WEIGHTS.question, answer: FIELD_WEIGHTS.answer }) &&
    inUse.answerScore === t.answerScore && inUse.answerMargin === t.answerMargin && inUse.suggestScore === t.suggestScore;
  const where = `${kb.calibration.from?.file ?? 'knowledge/content/calibration.yaml (missing)'} and knowledge/match/thresholds.ts (field weights)`;
  console.log(upToDate ? `\n${where}: up to date.` : `\nUpdate ${where} with the chosen values.`);
}

function main(): void {
  const kb = loadKnowledgeBase();
  const queries = [...loadDevset('fr'), ...loadDevset('en')];
  console.log(`Dev set: ${queries.length} questions (${queries.filter((q) => q.expected === null).length} out of scope), ${kb.entries.length} entries.`);
  console.log(`Utility: ${JSON.stringify(UTILITY)}; out-of-scope fallback ≥ ${percent(OUT_OF_SCOPE_FALLBACK_FLOOR)} per language.\n`);
  console.log('| question share | answer share | top-1 fr | top-1 en | utility | own questions answered by score | thresholds (answer / margin / suggest) |');
  console.log('|---|---|---|---|---|---|---|');
  const trials = WEIGHTINGS.map((weights) => {
    const result = trial(kb, queries, weights);
    const [fr, en] = (['fr', 'en'] as const).map((lang) => metrics(result.observations.filter((o) => o.lang === lang), result.thresholds).top1);
    const t = result.thresholds;
    console.log(`| ${weights.question} | ${weights.answer} | ${percent(fr ?? 0)} | ${percent(en ?? 0)} | ${result.utility} | ` +
      `${result.ownQuestionsAnswered}/${kb.entries.length * 2} | ${t.answerScore} / ${t.answerMargin} / ${t.suggestScore} |`);
    return result;
  });
  const better = (a: Trial, b: Trial): boolean => b.meanTop1 > a.meanTop1 + 1e-9 || (Math.abs(b.meanTop1 - a.meanTop1) <= 1e-9 && b.utility > a.utility);
  const best = trials.reduce((a, b) => (better(a, b) ? b : a));
  report(kb, best);
}

main();
