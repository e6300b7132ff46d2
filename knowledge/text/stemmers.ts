import englishStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import frenchStemmer from 'natural/lib/natural/stemmers/porter_stemmer_fr';
import type { Lang } from '../types';
import { normalizeStem } from './derivation';
import { britishSpelling } from './spelling';
import { foldAccents } from './unicode';

/**
 * Stems the word as typed (the French stemmer uses accents: "référencé" and "référencement" meet only then),
 * then folds the stem so that it can be compared with unaccented input. English words are stemmed in their British
 * spelling, the content's. Endings the stemmers leave apart are then made one (`normalizeStem`).
 */
export function stemmerFor(lang: Lang): (word: string) => string {
  if (lang === 'fr') return (word) => normalizeStem(foldAccents(frenchStemmer.stem(word)), 'fr');
  return (word) => normalizeStem(foldAccents(englishStemmer.stem(britishSpelling(word))), 'en');
}
