import { loadavg } from 'node:os';
import type { KnowledgeBase, Lang } from '../knowledge/types';
import { latencies, memoryInUse, percentile, timed } from './measure';
import { percent } from './quality';
import { seededRandom, syntheticBase, syntheticQuery } from './synthetic';
import { MINISEARCH_OUR_TOKENS, OURS, WINK_OUR_TOKENS, type System } from './systems';

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

/** The machine's load (1-minute average over its cores), printed with every speed figure: the machine is shared. */
export function load(): string {
  return `load ${loadavg()[0]?.toFixed(2)} on ${require('node:os').cpus().length} cores`;
}

/** Build time, latency and memory on synthetic bases of 100 to 10,000 entries, ours beside the peers fed our tokens. */
export function scaleTable(): void {
  console.log('## Synthetic bases (French side; each entry: a question, 5 alternates, a 40-90 word answer; Zipf-like vocabulary)\n');
  console.log('| entries | system | build (both languages) | p50 match | p99 match | memory held | top-1 | machine |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const size of [100, 1_000, 10_000]) {
    const base = syntheticBase(size);
    const random = seededRandom(size);
    const queries = Array.from({ length: 1_000 }, () => {
      const entry = Math.floor(random() * size);
      return { entry, text: syntheticQuery(base, entry, 'fr', random) };
    });
    for (const system of [OURS, MINISEARCH_OUR_TOKENS, WINK_OUR_TOKENS]) {
      const row = measureScale(system, base, queries, 'fr');
      console.log(`| ${size.toLocaleString('en')} | ${system.name} | ${row.build.toFixed(0)} ms | ${row.p50.toFixed(3)} ms | ` +
        `${row.p99.toFixed(3)} ms | ${(row.memory / 1024 / 1024).toFixed(1)} MB | ${percent(row.top1)} | ${load()} |`);
    }
  }
  console.log('\nBuild: from entries in memory to a searchable index, both languages, text analysis included. Match: one');
  console.log('French query, text analysis included (for the peers too, as they get our tokens), each query timed as the');
  console.log('fastest of 3 runs. Memory held: heap and typed arrays retained after a full GC. Queries: some words of an');
  console.log("entry's question, shuffled, one in three with a swapped-letter typo, plus a stray word. The machine column is");
  console.log("its load when the row was measured (other engineers' work shares the cores): read the times with it.");
}
