import englishStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import frenchStemmer from 'natural/lib/natural/stemmers/porter_stemmer_fr';
import type { Lang } from '../types';
import { foldAccents } from './unicode';

/**
 * Stems the word as typed (the French stemmer uses accents: "référencé" and "référencement" meet only then),
 * then folds the stem so that it can be compared with unaccented input.
 */
export function stemmerFor(lang: Lang): (word: string) => string {
  const stemmer = lang === 'fr' ? frenchStemmer : englishStemmer;
  return (word) => foldAccents(stemmer.stem(word));
}
