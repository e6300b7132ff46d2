import { i18nInstance } from '../../locales';
import type { Lang } from '../../knowledge';

/** Every sentence of the conversation (not the lists of words menus and commands accept), with its key. */
function sentences(lang: Lang): Array<[key: string, text: string]> {
  const walk = (value: unknown, key: string): Array<[string, string]> => {
    if (typeof value === 'string') return [[key, value]];
    if (Array.isArray(value)) return [];
    return Object.entries(value as Record<string, unknown>).flatMap(([child, inner]) => walk(inner, key ? `${key}.${child}` : child));
  };
  return walk(i18nInstance().getResourceBundle(lang, 'conversation'), '');
}

describe('the conversation’s wording', () => {
  it.each(['fr', 'en'] as const)('%s: typographic apostrophes, numbers under ten in words', (lang) => {
    for (const [key, text] of sentences(lang)) {
      expect([key, text]).not.toEqual([key, expect.stringMatching(/\p{L}'\p{L}|\bs' /u)]);
      // Counts come as {{number}} (in words under ten); a digit left in a sentence is a list mark or a version.
      expect([key, text]).not.toEqual([key, expect.stringMatching(/(^|\s)[1-9](\s|$)/)]);
    }
  });

  it('fr: no-break spaces before ; : ! ? and inside « »', () => {
    for (const [key, text] of sentences('fr')) {
      const outsideLinks = text.replace(/\]\([^)]*\)/g, '](…)');
      expect([key, outsideLinks]).not.toEqual([key, expect.stringMatching(/[^\u00a0\u202f][;:!?](\s|$)|« | »/)]);
    }
  });

  it('has the same keys in both languages', () => {
    const keys = (lang: Lang) => sentences(lang).map(([key]) => key.replace(/_(one|other|zero)$/, '')).sort();
    expect([...new Set(keys('en'))]).toEqual([...new Set(keys('fr'))]);
  });
});
