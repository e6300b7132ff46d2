import englishStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import frenchStemmer from 'natural/lib/natural/stemmers/porter_stemmer_fr';
import type { Lang } from '../types';
import { britishSpelling } from './spelling';
import { foldAccents } from './unicode';

/**
 * Stems the word as typed (the French stemmer uses accents: "référencé" and "référencement" meet only then),
 * then folds the stem so that it can be compared with unaccented input. English words are stemmed in their British
 * spelling, the content's.
 */
export function stemmerFor(lang: Lang): (word: string) => string {
  if (lang === 'fr') return (word) => foldAccents(frenchStemmer.stem(word));
  return (word) => foldAccents(englishStemmer.stem(britishSpelling(word)));
}
