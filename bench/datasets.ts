import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectPath } from '../config/paths';
import { defaultContentDir } from '../knowledge/load/content-dir';
import { loadDevset, readQueries, type DevQuery } from './devset';

/** Which half of a dev set a query is in: the tuning loop only ever sees `tune`. */
export type Half = 'tune' | 'holdout';

export interface DevSet {
  name: string;
  /** The knowledge folder the queries are about. */
  kb: string;
  /** Queries in the tuning loop: in scope (per language) and out of scope. */
  queries: DevQuery[];
  /** Queries kept out of every tuning decision (weights, stemming, lexicon, thresholds), reported apart. */
  holdout: DevQuery[];
  /** English queries about French-only entries, measured apart (never tuned on either). */
  cross: DevQuery[];
}

export const EXAMPLE_KB = projectPath('knowledge', 'examples', 'faq-industriels');
const FIXTURE = projectPath('tests', 'fixtures', 'faq-export');

/**
 * Splits a dev set in two fixed halves: its needs (entries) sorted by id, alternately tune and holdout, so that
 * every query of one need is on the same side; out-of-scope questions alternately by line.
 */
export function halves(queries: readonly DevQuery[]): Record<Half, DevQuery[]> {
  const ids = [...new Set(queries.flatMap((query) => (query.expected === null ? [] : [query.expected])))].sort();
  const side = (query: DevQuery, outOfScopeRank: number): Half =>
    (query.expected === null ? outOfScopeRank : ids.indexOf(query.expected)) % 2 === 0 ? 'tune' : 'holdout';
  const result: Record<Half, DevQuery[]> = { tune: [], holdout: [] };
  let outOfScope = 0;
  for (const query of queries) result[side(query, query.expected === null ? outOfScope++ : 0)].push(query);
  return result;
}

/** The realistic export's dev set, about the example base built from it (tests/fixtures/faq-export/README.md). */
export function fixtureDevset(): DevSet {
  const file = (name: string): string => join(FIXTURE, name);
  const split = (lang: 'fr' | 'en'): Record<Half, DevQuery[]> =>
    halves([...readQueries(file(`devset.${lang}.jsonl`), lang), ...readQueries(file(`out-of-scope.${lang}.jsonl`), lang)]);
  const [fr, en] = [split('fr'), split('en')];
  return {
    name: 'faq-export',
    kb: EXAMPLE_KB,
    queries: [...fr.tune, ...en.tune],
    holdout: [...fr.holdout, ...en.holdout],
    cross: readQueries(file('devset.cross.jsonl'), 'en'),
  };
}

/** The nine seed entries' dev set: small, written for them, tuned on whole (the issue's own dev set for them). */
export function seedDevset(): DevSet {
  return { name: 'seed', kb: defaultContentDir(), queries: [...loadDevset('fr'), ...loadDevset('en')], holdout: [], cross: [] };
}

/** The dev set shipped with a knowledge folder the project knows, or undefined for any other folder. */
export function devsetFor(kb: string): DevSet | undefined {
  const dir = resolve(kb);
  return [seedDevset(), fixtureDevset()].find((set) => resolve(set.kb) === dir && existsSync(dir));
}
