/**
 * Benchmark: accuracy on the realistic export's dev set (both halves, and the cross-language queries) and on the
 * seed base's, ours beside MiniSearch and wink-bm25-text-search (each with its own tokenizer and with ours, each
 * with thresholds from the same calibration); bands calibrated on one base and measured on the other; then build
 * time, latency and memory on synthetic bases, and the import. Prints markdown tables. Run: npm run bench.
 */
import { loadKnowledgeBase } from '../knowledge/load/load-knowledge-base';
import { Matcher } from '../knowledge/match/matcher';
import { crossBaseCheck } from './calibration-defaults';
import { fixtureDevset, seedDevset, type DevSet } from './datasets';
import { importBenchmark } from './import';
import { byLanguage, measure, percent, QUALITY_HEADER, qualityRow, type Measured } from './quality';
import { load, scaleTable } from './scale';
import { SYSTEMS } from './systems';
import { understandingTables } from './understanding';

function describeSet(set: DevSet, entries: number): string {
  const count = (queries: DevSet['queries']): string =>
    `${queries.filter((q) => q.expected !== null).length} in scope + ${queries.filter((q) => q.expected === null).length} out of scope`;
  return `${entries} entries; tune half ${count(set.queries)}${set.holdout.length > 0 ? `, holdout half ${count(set.holdout)}` : ''}`;
}

function fixtureTables(): void {
  const set = fixtureDevset();
  const kb = loadKnowledgeBase(set.kb);
  const measured = SYSTEMS.map((system) => measure(system, set, kb));
  console.log(`## Realistic export (knowledge/examples/faq-industriels): ${describeSet(set, kb.entries.length)}\n`);
  for (const [half, pick] of [['Tune half (what the matcher was tuned on)', (m: Measured) => m.tune], ['Holdout half (never tuned on)', (m: Measured) => m.holdout], ['Both halves', (m: Measured) => [...m.tune, ...m.holdout]]] as const) {
    console.log(`### ${half}\n\n${QUALITY_HEADER}`);
    for (const m of measured) console.log(qualityRow(m.system.name, pick(m), m.thresholds));
    console.log('');
  }
  console.log(`### Cross-language: ${set.cross.length} English questions about French-only entries\n`);
  console.log('| system | top-1 | top-3 | answered right | answered wrongly |\n|---|---|---|---|---|');
  for (const m of measured) {
    const r = byLanguage(m.cross, m.thresholds);
    console.log(`| ${m.system.name} | ${percent(r.top1)} | ${percent(r.top3)} | ${percent(r.answeredRight)} | ${percent(r.answeredWrong)} |`);
  }
  console.log('');
}

function seedTable(): void {
  const set = seedDevset();
  const kb = loadKnowledgeBase(set.kb);
  console.log(`## Seed base (knowledge/content): ${describeSet(set, kb.entries.length)}\n\n${QUALITY_HEADER}`);
  for (const system of SYSTEMS) {
    const m = measure(system, set, kb);
    console.log(qualityRow(system.name, m.tune, m.thresholds));
  }
  const matcher = new Matcher(kb);
  const detected = (['fr', 'en'] as const).map((lang) => {
    const own = set.queries.filter((query) => query.lang === lang);
    return `${lang} ${percent(own.filter((query) => matcher.detectLanguage(query.text) === lang).length / own.length)}`;
  });
  console.log(`\nLanguage detection (lang "auto") on the same questions: ${detected.join(', ')}.\n`);
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`Machine at start: ${load()}.\n`);
  fixtureTables();
  seedTable();
  console.log('Ours decides with each base\'s calibration.yaml (calibrated on the tune half); each peer with thresholds from');
  console.log('the same calibration on the same half, on its own score scale. Answered wrongly: in-scope questions answered');
  console.log('confidently with another entry; out of scope answered: out-of-scope questions answered confidently.\n');
  console.log('## Bands across bases\n');
  crossBaseCheck();
  console.log('');
  await understandingTables();
  scaleTable();
  console.log('');
  await importBenchmark();
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s, Node ${process.version}, ${load()} at the end)`);
}

void main();
