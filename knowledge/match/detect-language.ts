import type { LanguageIndex } from '../indexing/language-index';
import { LANGS, type Lang } from '../types';
import { foldAccents, hasFrenchAccent } from '../text/unicode';

const FRENCH_ELISION = /(?:^|[^\p{L}])(?:l|d|qu|j|n|s|c|m|t)['’]\p{L}/iu;

/** One point per word only this language would use: its stopwords, its vocabulary, its lexicon. */
function exclusiveHits(text: string, own: LanguageIndex, other: LanguageIndex): number {
  let hits = 0;
  for (const token of own.analyzer.tokens(text)) {
    const surface = foldAccents(token);
    const stop = own.analyzer.isStopword(token) && !other.analyzer.isStopword(token);
    const known = own.vocabulary.hasSurface(surface) && !other.vocabulary.hasSurface(surface);
    const lexicon = own.analyzer.lexicon.has(own.analyzer.stems(token)) && !other.analyzer.lexicon.has(other.analyzer.stems(token));
    if (stop || known || lexicon) hits += 1;
  }
  return hits;
}

/** French or English from the words; French (the site's language) when the evidence is even. */
export function detectLanguage(text: string, indexes: Readonly<Record<Lang, LanguageIndex>>): Lang {
  const [fr, en] = LANGS.map((lang) => exclusiveHits(text, indexes[lang], indexes[lang === 'fr' ? 'en' : 'fr']));
  const frenchSigns = (hasFrenchAccent(text) ? 1 : 0) + (FRENCH_ELISION.test(text) ? 1 : 0);
  return (en ?? 0) > (fr ?? 0) + frenchSigns ? 'en' : 'fr';
}
