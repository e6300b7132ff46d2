import type { Lang } from '../types';

/**
 * Function words only one of the two languages uses, accents folded: articles, pronouns, prepositions,
 * conjunctions, auxiliaries and question words, the words every sentence has whatever its subject. Words both
 * languages write ("a", "on", "me", "son", "but", "plus", "or", "as"…) and single letters (what elisions and
 * contractions leave: "l", "s", "t") are left out: they tell nothing.
 */
const FUNCTION_WORDS: Record<Lang, readonly string[]> = {
  fr: [
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes',
    'ton', 'ta', 'tes', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'je', 'tu', 'il', 'elle',
    'nous', 'vous', 'ils', 'elles', 'moi', 'toi', 'lui', 'eux', 'se', 'et', 'ou', 'mais', 'donc', 'ni', 'car', 'que',
    'qui', 'quoi', 'dont', 'quel', 'quelle', 'quels', 'quelles', 'lequel', 'laquelle', 'comment', 'pourquoi',
    'quand', 'combien', 'est', 'sont', 'suis', 'etes', 'sommes', 'etre', 'ete', 'etait', 'avoir', 'avons', 'avez',
    'ont', 'avait', 'fait', 'faire', 'faut', 'peut', 'peux', 'pouvons', 'pouvez', 'peuvent', 'doit', 'dois',
    'devons', 'devez', 'doivent', 'dans', 'sur', 'sous', 'avec', 'sans', 'pour', 'par', 'chez', 'vers', 'entre',
    'depuis', 'pendant', 'avant', 'apres', 'aussi', 'tres', 'moins', 'bien', 'tout', 'tous', 'toute', 'toutes',
    'chaque', 'meme', 'autre', 'autres', 'ne', 'pas', 'oui', 'cela', 'ca', 'ceci', 'celui', 'celle', 'ceux', 'ici',
    'deja', 'encore', 'jamais', 'toujours', 'bonjour', 'merci', 'svp', 'stp', 'plait', 'quelqu', 'puis', 'voudrais',
    'aimerais', 'souhaite', 'besoin', 'comme', 'y', 'en', 'va', 'vais', 'sera', 'seront', 'ai',
  ],
  en: [
    'the', 'of', 'to', 'in', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'done',
    'have', 'has', 'had', 'having', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'you',
    'he', 'she', 'it', 'we', 'they', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'them', 'us', 'this', 'that',
    'these', 'those', 'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'where', 'when', 'there', 'here', 'and',
    'not', 'no', 'yes', 'if', 'then', 'than', 'so', 'with', 'without', 'from', 'into', 'for', 'about', 'by', 'at',
    'off', 'up', 'out', 'over', 'under', 'after', 'before', 'between', 'through', 'during', 'also', 'very', 'more',
    'most', 'less', 'any', 'some', 'each', 'every', 'all', 'both', 'other', 'such', 'only', 'just', 'too', 'get',
    'got', 'need', 'want', 'please', 'hello', 'hi', 'thanks', 'thank', 'hey', 'as', 'or', 'an', 'anyone', 'someone',
    'i', 'mine', 'yours', 'whether', 'until', 'while', 'again', 'exactly', 'still', 'already', 'now', 'way',
  ],
};

const SETS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(FUNCTION_WORDS.fr),
  en: new Set(FUNCTION_WORDS.en),
};

/** A function word of `lang` that the other language does not write; `word` as `comparable` writes it. */
export function isFunctionWordOf(lang: Lang, word: string): boolean {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  return SETS[lang].has(word) && !SETS[other].has(word);
}
