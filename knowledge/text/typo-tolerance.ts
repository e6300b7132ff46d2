import { boundedEditDistance } from './edit-distance';

/**
 * The project's one typo rule: how many edits (insertions, deletions, substitutions, swaps of neighbours) a typed word
 * of `length` characters may be away from the word meant. None under 5 characters (too many short words are one
 * edit apart: "non"/"nos", "aide"/"aise"), one up to 7, two from 8. The matcher's corrections, menus, commands and
 * small talk all go by it; what may be corrected into what is theirs to decide.
 */
export function typoAllowance(length: number): number {
  if (length < 5) return 0;
  return length <= 7 ? 1 : 2;
}

/** `typed` is `known`, or a spelling of it within the typed word's allowance. Both already `comparable`. */
export function isCloseSpelling(typed: string, known: string): boolean {
  if (typed === known) return true;
  const allowed = typoAllowance(typed.length);
  return allowed > 0 && boundedEditDistance(typed, known, allowed) <= allowed;
}
