import { KnowledgeError, type KnowledgeProblem } from '../errors';
import type { KnowledgeBase } from '../types';
import { validateKnowledge } from '../validate/validate-knowledge';
import { defaultContentDir } from './content-dir';
import { readKnowledgeFolder } from './read-folder';

/**
 * Reads (`readKnowledgeFolder`) and validates (`validateKnowledge`) a knowledge folder.
 * @throws KnowledgeError listing every problem found, each naming its file (and line), entry and field.
 */
export function loadKnowledgeBase(dir: string = defaultContentDir()): KnowledgeBase {
  const problems: KnowledgeProblem[] = [];
  const kb = validateKnowledge(readKnowledgeFolder(dir, problems), problems);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return kb;
}
