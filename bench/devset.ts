import { readFileSync } from 'node:fs';
import { projectPath } from '../config/paths';
import type { FacetSelection, Lang } from '../knowledge/types';

/** A dev-set question: written by people, never part of the indexed alternates. `expected: null` = out of scope. */
export interface DevQuery {
  lang: Lang;
  text: string;
  expected: string | null;
  facets?: FacetSelection;
  line: number;
}

export function devsetPath(lang: Lang): string {
  return projectPath('tests', 'fixtures', `devset.${lang}.jsonl`);
}

export function loadDevset(lang: Lang): DevQuery[] {
  return readFileSync(devsetPath(lang), 'utf8')
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, number }) => {
      const parsed = JSON.parse(line) as { text: string; expected: string | null; facets?: FacetSelection };
      return { lang, text: parsed.text, expected: parsed.expected, facets: parsed.facets, line: number };
    });
}
