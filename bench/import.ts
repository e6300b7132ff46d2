/**
 * Import benchmark: 1,000 rows shaped like the agency's export, in each format kb:import reads, timed from the file
 * to the written folder (reading; mapping, validation and planning; writing), then the same import as the command
 * an editor runs (Node's start-up and module loading included), then the folder read back as kb:check does. Prints
 * a markdown table. Run: npm run bench:import (about half a minute), also part of npm run bench.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../config/paths';
import { prepareBase } from '../knowledge/cli/import-base';
import { writeExport, type ExportFormat } from '../knowledge/export/write-table';
import { importTables } from '../knowledge/import/import-rows';
import { planImport } from '../knowledge/import/plan';
import { readTableFile } from '../knowledge/import/read-table';
import { writeFolder } from '../knowledge/import/write-folder';
import { loadKnowledgeBase } from '../knowledge/load/load-knowledge-base';
import { Matcher } from '../knowledge/match/matcher';
import type { KnowledgeBase } from '../knowledge/types';
import { realisticRows } from './faq-rows';

const ROWS = 1_000;
const RUNS = 3;
const FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'jsonl'];

interface Times {
  entries: number;
  read: number;
  map: number;
  write: number;
}

async function timedAsync<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** One import in process, into a fresh folder, as kb:import runs it. */
async function importOnce(file: string, out: string): Promise<Times> {
  const read = await timedAsync(async () => [await readTableFile(file)]);
  const map = await timedAsync(() => {
    const { base, facets, reference } = prepareBase(out, false);
    const detector = new Matcher(reference);
    const result = importTables(read.value, { facets, detectLanguage: (text) => detector.detectLanguage(text) });
    return { result, plan: planImport(result, base) };
  });
  const write = await timedAsync(() => writeFolder(out, map.value.plan.files));
  return { entries: map.value.result.entries.length, read: read.ms, map: map.ms, write: write.ms };
}

/** The kb:import command itself, as its npm script runs it, start-up included. */
function commandOnce(file: string, out: string): number {
  const start = performance.now();
  try {
    execFileSync(process.execPath, ['--require', 'tsx/cjs', projectPath('knowledge', 'cli', 'import.ts'), '--out', out, file], { stdio: 'ignore', cwd: projectPath() });
  } catch {
    // exit 1 for rejected rows would be a finding of its own; these rows are all valid
  }
  return performance.now() - start;
}

const total = (times: Times): number => times.read + times.map + times.write;

/** Fastest of RUNS, each into a new folder: the machine is shared, a single run also times other processes. */
async function measure(kb: KnowledgeBase, format: ExportFormat, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `faq.${format}`);
  await writeExport(file, format, realisticRows(kb, ROWS));
  const runs: Times[] = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await importOnce(file, join(dir, `in-process-${run}`)));
  const best = runs.reduce((a, b) => (total(b) < total(a) ? b : a));
  const command = Math.min(...Array.from({ length: RUNS }, (_, run) => commandOnce(file, join(dir, `command-${run}`))));
  const load = Math.min(
    ...Array.from({ length: RUNS }, () => {
      const start = performance.now();
      loadKnowledgeBase(join(dir, 'command-0'));
      return performance.now() - start;
    }),
  );
  return `| ${format} | ${ROWS.toLocaleString('en')} | ${best.entries} | ${best.read.toFixed(0)} ms | ${best.map.toFixed(0)} ms | ` +
    `${best.write.toFixed(0)} ms | **${total(best).toFixed(0)} ms** | ${command.toFixed(0)} ms | ${load.toFixed(0)} ms |`;
}

export async function importBenchmark(): Promise<void> {
  const kb = loadKnowledgeBase();
  console.log(`## Import: ${ROWS.toLocaleString('en')} rows shaped like the agency's export\n`);
  console.log('| format | rows | entries | read file | map + validate + plan | write folder | file → folder | kb:import command | load it back (kb:check) |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    for (const format of FORMATS) console.log(await measure(kb, format, join(dir, format)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('\nRows: twins sharing an ID, three in four without a question, one in ten without language (detected) or id');
  console.log('(made from the content), dates in both forms, facet labels. File → folder: in process, without start-up. kb:import');
  console.log('command: the whole command, Node and tsx start-up and module loading included. Each figure: fastest of 3 runs.\n');
}

if (require.main === module) void importBenchmark();
