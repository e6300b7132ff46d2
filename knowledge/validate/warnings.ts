import type { KnowledgeProblem } from '../errors';
import type { Entry, KnowledgeBase, Lang } from '../types';

/** The languages in which the entry's title is derived from its answer (it has no question there). */
export function derivedTitleLanguages(entry: Entry): Lang[] {
  return entry.langs.filter((lang) => entry.question[lang] === undefined);
}

/** How many titles of the base are derived from answers (an entry counts once per language). */
export function derivedTitleCount(kb: KnowledgeBase): number {
  return kb.entries.reduce((sum, entry) => sum + derivedTitleLanguages(entry).length, 0);
}

/**
 * What a valid base would answer better with: entries without a question of their own (their title is derived
 * from the answer) and entries without alternates (only their answer and title feed the index), per language.
 * One warning per entry, naming every gap.
 */
export function knowledgeWarnings(kb: KnowledgeBase): KnowledgeProblem[] {
  const warnings: KnowledgeProblem[] = [];
  for (const entry of kb.entries) {
    const untitled = derivedTitleLanguages(entry);
    const bare = entry.langs.filter((lang) => entry.alternates[lang].length === 0);
    const gaps = [
      untitled.length > 0 ? `no question (title derived from the answer) in ${untitled.join(', ')}` : undefined,
      bare.length > 0 ? `no alternates in ${bare.join(', ')}` : undefined,
    ].filter((gap): gap is string => gap !== undefined);
    if (gaps.length > 0) warnings.push({ at: entry.origin, entryId: entry.id, message: gaps.join('; ') });
  }
  return warnings;
}
