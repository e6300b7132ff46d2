import { readFileSync } from 'node:fs';
import { projectPath } from '../../config/paths';
import { fold } from './fold';

/** The lines of a word list in `storage/redaction/data/`, without comments and blank lines. */
export function readWordList(file: string): string[] {
  return readFileSync(projectPath('storage', 'redaction', 'data', file), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** A set of folded words, for "is this word one of them?" whatever its case and accents. */
export function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(fold));
}

/** Escapes a literal for a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern matching any of `alternatives` (regular-expression fragments) as whole words of a folded text (lower
 * case, no accents): not inside a longer word.
 */
export function wordsPattern(alternatives: readonly string[]): string {
  return `(?:^|[^a-z])(?:${alternatives.join('|')})(?:[^a-z]|$)`;
}
