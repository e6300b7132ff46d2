import { fold } from './fold';
import { foldedSet, readWordList } from './word-lists';

/**
 * A capitalised word as names are written: Dupont, DUPONT, Jean-Pierre, O'Brien, McAllister, Lefèvre. A possessive
 * ending is not part of it (Dr Benson's practice).
 */
const NAME_LETTERS = "(?:\\p{L}|['’](?!s(?![\\p{L}]))\\p{L})*";
export const NAME_WORD = `\\p{Lu}${NAME_LETTERS}(?:-\\p{L}${NAME_LETTERS})*`;
const INITIAL = '\\p{Lu}\\.';
/** Lower-case particles inside names: Jean de La Fontaine, Ludwig van Beethoven. */
const PARTICLE = '(?:de|du|des|van|von|der|den|di|da|dos|del|ben|bin|el|al)';

/** One to four name words or initials: "Martin", "Marie-Claire Gauthier", "A. Lemaire", "Jean de La Fontaine". */
export const NAME = `(?:${INITIAL}\\s*)?${NAME_WORD}(?:(?:\\s+${PARTICLE})?\\s+(?:${NAME_WORD}|${INITIAL})){0,3}`;

/** A name as typed after "je m'appelle" / "my name is": any case, up to three words, not a function word. */
const STOP = "(?:et|and|je|j['’]|i|from|de|chez|at|with|who|qui|mais|but|ici|here|the|un|une|a|an|le|la|du|des|pour|for|to)";
const LOOSE_WORD = "\\p{L}[\\p{L}'’-]*";
export const LOOSE_NAME = `(?!${STOP}(?![\\p{L}'’]))${LOOSE_WORD}(?:\\s+(?!${STOP}(?![\\p{L}'’]))${LOOSE_WORD}){0,2}`;

const FIRST_NAMES = foldedSet(readWordList('first-names.txt').flatMap((line) => line.split(/\s+/)));
const NOT_NAMES = foldedSet(readWordList('not-names.txt').flatMap((line) => line.split(/\s+/)));

/** A listed first name, or a compound whose first part is one (Anne-Sophie, Sarah-Louise). */
export function isFirstName(word: string): boolean {
  const folded = fold(word);
  return FIRST_NAMES.has(folded) || FIRST_NAMES.has(folded.split('-')[0]);
}

export function isNotAName(word: string): boolean {
  return NOT_NAMES.has(fold(word));
}

/** A name typed after a strong cue ("je m'appelle", "Nom :"), in any case: its first word is not a listed non-name. */
export function looksLikeTypedName(candidate: string): boolean {
  const first = candidate.split(/\s+/)[0];
  return !isNotAName(first) && !/['’]s$/.test(candidate);
}

/** Words of a name candidate; an acronym alone (INS, DMP) or a listed non-name is not a name. */
export function looksLikeName(candidate: string): boolean {
  const words = candidate.split(/\s+/).filter((word) => !/^\p{Ll}+$/u.test(word));
  if (words.length === 0 || isNotAName(words[0])) return false;
  const acronymAlone = words.length === 1 && /^\p{Lu}{2,5}$/u.test(words[0]) && !isFirstName(words[0]);
  return !acronymAlone;
}
