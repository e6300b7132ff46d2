/**
 * Benchmark: accuracy on the dev set, then build time, latency and memory on synthetic bases, for our matcher
 * and two baselines. Prints markdown tables. Run: npm run bench (about a minute and a half).
 */
import { loadKnowledgeBase } from '../knowledge/load/load-knowledge-base';
import { Matcher } from '../knowledge/match/matcher';
import type { KnowledgeBase, Lang } from '../knowledge/types';
import { calibrate, gridFor } from './calibration';
import { loadDevset, type DevQuery } from './devset';
import { metrics, type Observation } from './evaluate';
import { latencies, memoryInUse, percentile, timed } from './measure';
import { importBenchmark } from './import';
import { expectedIndex } from './observe';
import { seededRandom, syntheticBase, syntheticQuery } from './synthetic';
import { understandingTables } from './understanding';
import { MINISEARCH_OUR_TOKENS, NATURAL_OUR_TOKENS, OURS, SYSTEMS, type Searcher, type System } from './systems';

const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;

function observe(searcher: Searcher, kb: KnowledgeBase, queries: readonly DevQuery[]): Observation[] {
  return queries.map((query) => ({ lang: query.lang, expected: expectedIndex(kb, query), filtered: searcher.search(query.text, query.lang) }));
}

function devsetTable(): void {
  const kb = loadKnowledgeBase();
  const queries = [...loadDevset('fr'), ...loadDevset('en')];
  console.log(`## Dev set: ${queries.length} questions written by people (${queries.filter((q) => q.expected === null).length} out of scope), ${kb.entries.length} entries\n`);
  console.log('| system | top-1 fr | top-1 en | top-3 | confident-wrong | out-of-scope fallback |');
  console.log('|---|---|---|---|---|---|');
  for (const system of SYSTEMS) {
    const observations = observe(system.build(kb), kb, queries);
    const thresholds = system === OURS ? kb.calibration.thresholds : calibrate(observations, gridFor(observations, system.cosine), 0).thresholds;
    const [fr, en, all] = [observations.filter((o) => o.lang === 'fr'), observations.filter((o) => o.lang === 'en'), observations].map((o) => metrics(o, thresholds));
    console.log(`| ${system.name} | ${percent(fr?.top1 ?? 0)} | ${percent(en?.top1 ?? 0)} | ${percent(all?.top3 ?? 0)} | ` +
      `${percent(all?.confidentWrong ?? 0)} | ${percent(all?.outOfScopeFallback ?? 0)} |`);
  }
  const matcher = new Matcher(kb);
  const detected = (['fr', 'en'] as const).map((lang) => {
    const own = queries.filter((query) => query.lang === lang);
    return `${lang} ${percent(own.filter((query) => matcher.detectLanguage(query.text) === lang).length / own.length)}`;
  });
  console.log(`\nLanguage detection (lang "auto") on the same questions: ${detected.join(', ')}.`);
  console.log('\nEach system\'s decision thresholds come from the same calibration on this dev set (ours: the base\'s');
  console.log('calibration.yaml, obtained that way). Confident-wrong: share of all questions answered confidently');
  console.log('with the wrong entry (any confident answer to an out-of-scope question counts).\n');
}

interface ScaleRow {
  build: number;
  p50: number;
  p99: number;
  memory: number;
  top1: number;
}

function measureScale(system: System, base: KnowledgeBase, queries: readonly { entry: number; text: string }[], lang: Lang): ScaleRow {
  const before = memoryInUse();
  const { value: searcher, ms: build } = timed(() => system.build(base));
  const memory = memoryInUse() - before;
  for (const query of queries.slice(0, 50)) searcher.search(query.text, lang);
  const times = latencies(queries.map((query) => query.text), (text) => searcher.search(text, lang));
  const hits = queries.filter((query) => searcher.search(query.text, lang)[0]?.entry === query.entry).length;
  return { build, p50: percentile(times, 0.5), p99: percentile(times, 0.99), memory, top1: hits / queries.length };
}

function scaleTable(): void {
  console.log('## Synthetic bases (French side; each entry: a question, 5 alternates, a 40-90 word answer; Zipf-like vocabulary)\n');
  console.log('| entries | system | build (both languages) | p50 match | p99 match | memory held | top-1 |');
  console.log('|---|---|---|---|---|---|---|');
  for (const size of [100, 1_000, 10_000]) {
    const base = syntheticBase(size);
    const random = seededRandom(size);
    const all = Array.from({ length: 1_000 }, () => {
      const entry = Math.floor(random() * size);
      return { entry, text: syntheticQuery(base, entry, 'fr', random) };
    });
    for (const system of [OURS, NATURAL_OUR_TOKENS, MINISEARCH_OUR_TOKENS]) {
      // natural scans every document per query: fewer queries at 10,000 entries keep the run short.
      const queries = system === NATURAL_OUR_TOKENS && size === 10_000 ? all.slice(0, 200) : all;
      const row = measureScale(system, base, queries, 'fr');
      console.log(`| ${size.toLocaleString('en')} | ${system.name} | ${row.build.toFixed(0)} ms | ${row.p50.toFixed(3)} ms | ` +
        `${row.p99.toFixed(3)} ms | ${(row.memory / 1024 / 1024).toFixed(1)} MB | ${percent(row.top1)} |`);
    }
  }
  console.log('\nBuild: from entries in memory to a searchable index, both languages, text analysis included. Match: one');
  console.log('French query, text analysis included (for the baselines too, as they get our tokens), each query timed as');
  console.log('the fastest of 3 runs (the machine is shared). Memory held: heap and typed arrays retained after a full GC.');
  console.log('Queries: some words of an entry\'s question, shuffled, one in three with a swapped-letter typo, plus a stray word.');
}

async function main(): Promise<void> {
  const started = Date.now();
  devsetTable();
  await understandingTables();
  scaleTable();
  console.log('');
  await importBenchmark();
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s, Node ${process.version})`);
}

void main();
