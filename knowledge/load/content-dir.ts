import { projectPath } from '../../config/paths';

export { findProjectRoot } from '../../config/paths';

/** `knowledge/content/` of the project: the YAML is never copied to `dist/`. */
export function defaultContentDir(): string {
  return projectPath('knowledge', 'content');
}
