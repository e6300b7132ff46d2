/**
 * The text toolkit, for the layers above the knowledge core (menus, commands, small talk): the same normalisation,
 * edit distance and typo rule as the matcher's own pipeline, so that one word reads the same everywhere.
 */
export { comparable, comparableWords } from './compare';
export { boundedEditDistance } from './edit-distance';
export { isCloseSpelling, typoAllowance } from './typo-tolerance';
export { foldAccents, normalizeText } from './unicode';
