import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder holding package.json above `start`; works from the sources (tsx, jest) and from `dist/`. */
export function findProjectRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`[knowledge] no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

/** `knowledge/content/` of the project: the YAML is never copied to `dist/`. */
export function defaultContentDir(): string {
  return join(findProjectRoot(), 'knowledge', 'content');
}
