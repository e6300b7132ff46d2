import type { LanguageIndex, ReadQuery, SearchTerms } from '../indexing/language-index';
import type { Ranked } from '../indexing/top-k';
import { LANGS, type Entry, type Lang } from '../types';

export function otherLanguage(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

/** Per language, the entries not written in it (1), or undefined when every entry is. */
export function foreignEntries(entries: readonly Entry[]): Readonly<Record<Lang, Uint8Array | undefined>> {
  const masks = {} as Record<Lang, Uint8Array | undefined>;
  for (const lang of LANGS) {
    const mask = Uint8Array.from(entries, (entry) => (entry.langs.includes(lang) ? 0 : 1));
    masks[lang] = mask.includes(1) ? mask : undefined;
  }
  return masks;
}

/** Two rankings as one, best first: scores of both indexes are shares of the query matched, in [0, 1]. */
function merged(own: readonly Ranked[], foreign: readonly Ranked[], limit: number): Ranked[] {
  if (foreign.length === 0) return [...own];
  return [...own, ...foreign].sort((a, b) => b.score - a.score).slice(0, limit);
}

/**
 * A query as the matcher searches it: through the index of its language and, when some entries are written only in
 * the other language, through that language's index too, for those entries alone (an English question finds a
 * French-only answer by the words they share: acronyms, names, cognates).
 */
export class QuerySearch {
  /** The query as its own language's index reads it. */
  readonly read: ReadQuery;
  private readonly foreignTerms: SearchTerms | undefined;

  constructor(
    private readonly indexes: Readonly<Record<Lang, LanguageIndex>>,
    private readonly lang: Lang,
    private readonly foreign: Uint8Array | undefined,
    text: string,
  ) {
    this.read = indexes[lang].read(text);
    this.foreignTerms = foreign === undefined ? undefined : indexes[otherLanguage(lang)].read(text);
  }

  /** The `limit` best entries among those `allowed`, from both indexes, best first. */
  rank(allowed: (entry: number) => boolean, limit: number): Ranked[] {
    const own = this.indexes[this.lang].rank(this.read, allowed, limit);
    const foreign = this.foreign;
    if (foreign === undefined || this.foreignTerms === undefined) return own;
    const found = this.indexes[otherLanguage(this.lang)].rank(this.foreignTerms, (entry) => foreign[entry] === 1 && allowed(entry), limit);
    return merged(own, found, limit);
  }
}
