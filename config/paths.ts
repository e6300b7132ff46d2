import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project root, found by walking up to package.json, so that content files (knowledge YAML, locales, web assets)
 * resolve the same from the TypeScript sources (tsx, jest) and from the compiled `dist/` tree.
 */
export function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`[paths] no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

export function projectPath(...segments: string[]): string {
  return join(PROJECT_ROOT, ...segments);
}
