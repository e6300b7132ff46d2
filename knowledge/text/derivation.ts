import type { Lang } from '../types';

/**
 * Endings Porter's stemmers leave apart although the words mean one thing, made one on every stem (index and query
 * alike). French: "bloqu" (bloquer), "blocag" (blocage, the -age noun of a -quer verb) and "bloc", "homologu" (homologué) and "homolog" (homologation), "certifi"
 * (certifié) and "certif" (certification), "deroulent" (déroulent: Snowball's French stemmer leaves the plural of
 * -er verbs alone) and "deroul" (déroule). English: "deploy" and "deploi" (deployed), "certifi" (certified) and
 * "certif" (certificate), "identifi" (identify) and "identif" (identification). Short stems are left alone: their endings are too often the word itself.
 */
const ENDINGS: Record<Lang, readonly [RegExp, string][]> = {
  fr: [
    [/(\p{L}{2,})(?:c|qu)ag$/u, '$1c'],
    [/(\p{L}{3,})qu$/u, '$1c'],
    [/(\p{L}{3,})gu$/u, '$1g'],
    [/(\p{L}{3,}[^aeiouy])i$/u, '$1'],
    [/(\p{L}{3,}[^aeiouy])ent$/u, '$1'],
  ],
  en: [
    [/(\p{L}+[aeiou])y$/u, '$1i'],
    [/(\p{L}{3,})fi$/u, '$1f'],
  ],
};

/** The stem with its inflectional leftovers made one (see ENDINGS). */
export function normalizeStem(stem: string, lang: Lang): string {
  let result = stem;
  for (const [pattern, replacement] of ENDINGS[lang]) result = result.replace(pattern, replacement);
  return result;
}

/**
 * Derivations between words of one family that stems keep apart, tried only for a query word the base does not
 * have, towards a stem it has: "blocage" (blocag) finds "bloc" (bloquée) and the other way round, "débloquer"
 * (debloc) finds "bloc", "hébergeur" finds "heberg" (hébergement), "registr" (registration) finds "regist"
 * (register). Never applied to the base itself: "partage" and "partir" must not become one word.
 */
const SUFFIXES: Record<Lang, readonly string[]> = {
  fr: ['eur', 'ateur', 'ation', 'ion', 'ement', 'ment', 'at', 'ur'],
  en: ['r', 'er', 'or', 'ment', 'al', 'ion', 'ation', 'at'],
};
const PREFIXES: Record<Lang, readonly string[]> = {
  fr: ['de', 'des', 're', 'pre'],
  en: ['un', 're', 'pre', 'de'],
};

/** Shortest stem left once a prefix is taken off ("debloc" → "bloc"), and once an ending is ("avantag" keeps "ag"). */
const SHORTEST_ROOT = 4;
const SHORTEST_BASE = 5;

/** The stems of the same family as `stem`: one ending or prefix taken off or put on, or both. */
export function derivedStems(stem: string, lang: Lang): string[] {
  const variants = new Set<string>();
  const add = (candidate: string, shortest: number): void => {
    if (candidate.length >= shortest && candidate !== stem) variants.add(normalizeStem(candidate, lang));
  };
  const roots = PREFIXES[lang].filter((prefix) => stem.startsWith(prefix)).map((prefix) => stem.slice(prefix.length));
  for (const root of roots) add(root, SHORTEST_ROOT);
  for (const base of [stem, ...roots.filter((root) => root.length >= SHORTEST_BASE)]) {
    for (const suffix of SUFFIXES[lang]) {
      if (base.endsWith(suffix)) add(base.slice(0, -suffix.length), SHORTEST_BASE);
      add(base + suffix, SHORTEST_BASE);
    }
  }
  for (const prefix of PREFIXES[lang]) add(prefix + stem, SHORTEST_BASE);
  variants.delete(stem);
  return [...variants];
}
