import type { Entry, Lang, Link } from '../types';

/**
 * The language an entry is shown in to a user of `lang`: that language when the entry answers in it, else the
 * entry's own (an English user gets a French-only answer in French, with a notice).
 */
export function shownLanguage(entry: Entry, lang: Lang): Lang {
  return entry.langs.includes(lang) ? lang : (entry.langs[0] as Lang);
}

/** The entry's title as a user of `lang` sees it in menus: in `lang` when it has one, else in its own language. */
export function titleFor(entry: Entry, lang: Lang): string {
  return entry.title[lang] ?? (entry.title[shownLanguage(entry, lang)] as string);
}

/** The entry's answer as a user of `lang` gets it (see `shownLanguage`). */
export function answerFor(entry: Entry, lang: Lang): string {
  return entry.answer[shownLanguage(entry, lang)] as string;
}

/** A link's text in `lang`, else in another language, else undefined (a bare URL). */
export function linkLabel(link: Link, lang: Lang): string | undefined {
  return link.label[lang] ?? Object.values(link.label).find((label) => label !== undefined);
}

/** The entry's own ways of asking it in `lang`: its question there (if any), then its alternates. */
export function phrasingsOf(entry: Entry, lang: Lang): string[] {
  const question = entry.question[lang];
  return question === undefined ? [...entry.alternates[lang]] : [question, ...entry.alternates[lang]];
}

/** Every text of the entry in `lang` (phrasings, then answer), as the index reads it. */
export function textsOf(entry: Entry, lang: Lang): string[] {
  const answer = entry.answer[lang];
  return answer === undefined ? phrasingsOf(entry, lang) : [...phrasingsOf(entry, lang), answer];
}
