import { LANGS, type Entry, type Lang } from '../types';

/** An entry as its file writes it: what `parseEntry` reads back into the same entry (titles are derived again). */
export interface EntryDocument {
  id: string;
  /** A single value is written alone, as editors write it (`offer: segur`). */
  facets?: Record<string, string | string[]>;
  question?: Partial<Record<Lang, string>>;
  alternates?: Partial<Record<Lang, string[]>>;
  answer: Partial<Record<Lang, string>>;
  links?: { label?: Partial<Record<Lang, string>>; url: string }[];
  source?: string;
  updated?: string;
}

function present<T>(values: Partial<Record<Lang, T>>, keep: (value: T) => boolean): Partial<Record<Lang, T>> | undefined {
  const kept = LANGS.flatMap((lang) => {
    const value = values[lang];
    return value !== undefined && keep(value) ? [[lang, value] as const] : [];
  });
  return kept.length === 0 ? undefined : Object.fromEntries(kept);
}

/** The entry's document, without its derived parts (titles, languages, origin) and without empty fields. */
export function entryDocument(entry: Entry): EntryDocument {
  const facets = Object.fromEntries(
    Object.entries(entry.facets).flatMap(([name, ids]) => (ids === undefined ? [] : [[name, ids.length === 1 ? (ids[0] as string) : [...ids]] as const])),
  );
  const question = present(entry.question, () => true);
  const alternates = present(entry.alternates, (list) => list.length > 0);
  const links = entry.links.map((link) => (Object.keys(link.label).length === 0 ? { url: link.url } : { label: { ...link.label }, url: link.url }));
  return {
    id: entry.id,
    ...(Object.keys(facets).length === 0 ? {} : { facets }),
    ...(question === undefined ? {} : { question }),
    ...(alternates === undefined ? {} : { alternates }),
    answer: { ...entry.answer },
    ...(links.length === 0 ? {} : { links }),
    ...(entry.source === undefined ? {} : { source: entry.source }),
    ...(entry.updated === undefined ? {} : { updated: entry.updated }),
  };
}
