import { readFileSync } from 'node:fs';
import { projectPath } from '../config/paths';
import type { FacetSelection, Lang } from '../knowledge/types';

/** A dev-set question: written by people, never part of the indexed text. `expected: null` = out of scope. */
export interface DevQuery {
  lang: Lang;
  text: string;
  expected: string | null;
  facets?: FacetSelection;
  /** `question`, `keywords`, `typo` or `long` where the file says. */
  kind?: string;
  line: number;
  file: string;
}

export function devsetPath(lang: Lang): string {
  return projectPath('tests', 'fixtures', `devset.${lang}.jsonl`);
}

/** A JSON Lines file of dev queries, all in `lang`. */
export function readQueries(path: string, lang: Lang): DevQuery[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, number }) => {
      const parsed = JSON.parse(line) as { text: string; expected: string | null; facets?: FacetSelection; kind?: string };
      return { lang, text: parsed.text, expected: parsed.expected, facets: parsed.facets, kind: parsed.kind, line: number, file: path };
    });
}

/** The seed base's dev set (the nine entries of knowledge/content), out-of-scope questions included. */
export function loadDevset(lang: Lang): DevQuery[] {
  return readQueries(devsetPath(lang), lang);
}
