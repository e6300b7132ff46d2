/**
 * A knowledge folder of any size shaped like the seed base: the seed's facets, lexicon and nine entries, plus
 * synthetic entries (question, five alternates, an answer paragraph in both languages, bench/synthetic.ts) each given
 * facet values the facets file allows (a corridor and a device only under the Ségur offer), written as YAML files the
 * bot loads like any other. Folders are kept under the system's temporary directory and reused by size.
 *
 *   npx tsx bench/large-base.ts 10000      # prints the folder
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { defaultContentDir } from '../knowledge/load/content-dir';
import { loadKnowledgeBase } from '../knowledge/load/load-knowledge-base';
import type { Entry, EntryFacets, FacetDefinition, KnowledgeBase } from '../knowledge/types';
import { seededRandom, syntheticBase } from './synthetic';

function pick<T>(values: readonly T[], random: () => number): T {
  return values[Math.floor(random() * values.length)] as T;
}

/** Facet values for one synthetic entry: each facet whose `when` holds gets a value, some are left open (any). */
function facetsFor(facets: readonly FacetDefinition[], random: () => number): EntryFacets {
  const chosen: EntryFacets = {};
  for (const facet of facets) {
    const applies = Object.entries(facet.when).every(([name, value]) => chosen[name]?.[0] === value);
    if (!applies || random() < 0.15) continue;
    chosen[facet.name] = [pick(facet.values, random).id];
  }
  return chosen;
}

function entryDocument(entry: Entry, facets: EntryFacets): Record<string, unknown> {
  return {
    id: entry.id,
    facets: Object.fromEntries(Object.entries(facets).map(([name, values]) => [name, values?.[0]])),
    question: entry.question,
    alternates: entry.alternates,
    answer: entry.answer,
    source: entry.source,
  };
}

function writeBase(dir: string, seed: KnowledgeBase, size: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'entries'), { recursive: true });
  for (const file of ['facets.yaml', 'lexicon.yaml']) copyFileSync(join(seed.dir, file), join(dir, file));
  const seedFiles = readdirSync(join(seed.dir, 'entries'));
  for (const file of seedFiles) copyFileSync(join(seed.dir, 'entries', file), join(dir, 'entries', file));
  const synthetic = syntheticBase(Math.max(0, size - seedFiles.length));
  const random = seededRandom(size);
  synthetic.entries.forEach((entry, index) => {
    const number = String(seedFiles.length + index + 1).padStart(5, '0');
    const document = entryDocument({ ...entry, id: `synthetic-${index}` }, facetsFor(seed.facets, random));
    writeFileSync(join(dir, 'entries', `${number}-synthetic-${index}.yaml`), stringify(document));
  });
}

/** The folder of a base of `size` entries (the seed's nine included), written on first use. */
export function largeBaseDir(size: number): string {
  const seed = loadKnowledgeBase(defaultContentDir());
  if (size <= seed.entries.length) return seed.dir;
  const dir = join(tmpdir(), `faq-sante-large-base-${size}`);
  const entriesDir = join(dir, 'entries');
  if (!existsSync(entriesDir) || readdirSync(entriesDir).length !== size) writeBase(dir, seed, size);
  return dir;
}

if (require.main === module) console.log(largeBaseDir(Number(process.argv[2] ?? 10_000)));
