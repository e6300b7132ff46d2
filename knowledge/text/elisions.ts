import type { Lang } from '../types';

const FRENCH_ELISION = /^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu|quelqu)'(?=[\p{L}\p{N}])/u;

/** "l'accès" → "accès", "qu'un" → "un"; any apostrophe left (aujourd'hui) is dropped. */
function frenchElision(token: string): string {
  return token.replace(FRENCH_ELISION, '').replace(/'/g, '');
}

/**
 * "ROR's" → "ror"; contracted auxiliaries go ("I'm", "we're", "you've", "they'll", "I'd" → the pronoun, a
 * stopword), rather than leave made-up words ("im", "wed") or another word ("we're" → "were"); a negated auxiliary
 * ("isn't", "can't") carries nothing to match: dropped.
 */
function englishElision(token: string): string {
  if (/n't$/.test(token)) return '';
  return token.replace(/'(?:s|m|re|ve|ll|d)$/, '').replace(/'/g, '');
}

export function stripElision(token: string, lang: Lang): string {
  return lang === 'fr' ? frenchElision(token) : englishElision(token);
}
