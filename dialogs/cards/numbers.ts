import type { Lang } from '../../knowledge/types';

/** Numbers under ten in words, as written French and English want them in a sentence (« les deux questions »). */
const WORDS: Record<Lang, readonly string[]> = {
  fr: ['zéro', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
};

/** `count` for a sentence: in words under ten (feminine in French: questions and answers), else in digits. */
export function inWords(count: number, lang: Lang): string {
  return Number.isInteger(count) && count >= 0 && count < 10 ? (WORDS[lang][count] as string) : count.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');
}

/** i18next options for a counted sentence: `count` picks the plural form, `number` is what the sentence shows. */
export function counted(count: number, lang: Lang): { count: number; number: string } {
  return { count, number: inWords(count, lang) };
}
