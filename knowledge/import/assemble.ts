import { deriveTitle } from '../entry/title';
import type { Locator, SourceLocation } from '../errors';
import type { SourceDocument } from '../validate/validate-knowledge';
import { fingerprint, slug } from './keys';
import type { RowDraft } from './map-row';
import type { RejectedRow } from './table';

/** The rows of one entry: one per language, in the order they were met. */
export interface EntryRows {
  id: string;
  /** The id was made from the content (no row had one). */
  idDerived: boolean;
  rows: RowDraft[];
}

/**
 * The id of a row that has none, made from its content so that the same row gets the same id at every import: its
 * title's first words and a fingerprint of its language and answer ("comment-obtenir-le-label-3fa9c1").
 */
export function contentId(draft: RowDraft): string {
  const title = draft.question ?? deriveTitle(draft.answer);
  return `${slug(title, 5) || 'entry'}-${fingerprint(`${draft.lang}\n${draft.answer.replace(/\s+/gu, ' ')}`)}`;
}

/**
 * Rows of the same id in different languages make one entry (FR/EN twins); a second row of an id in a language it
 * already has is rejected. A row without id is an entry of its own: its content id never joins another row.
 */
export function groupRows(drafts: readonly RowDraft[]): { entries: EntryRows[]; rejected: RejectedRow[] } {
  const taken = new Set(drafts.flatMap((draft) => (draft.id === undefined ? [] : [draft.id])));
  const byId = new Map<string, EntryRows>();
  const rejected: RejectedRow[] = [];
  for (const draft of drafts) {
    if (draft.id === undefined) {
      const base = contentId(draft);
      let id = base;
      for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
      taken.add(id);
      byId.set(id, { id, idDerived: true, rows: [draft] });
      continue;
    }
    const entry = byId.get(draft.id);
    const twin = entry?.rows.find((row) => row.lang === draft.lang);
    if (entry === undefined) byId.set(draft.id, { id: draft.id, idDerived: false, rows: [draft] });
    else if (twin === undefined) entry.rows.push(draft);
    else rejected.push({ at: at(draft, 'id'), reason: `id "${draft.id}" already has a ${draft.lang} row (${twin.file}, row ${twin.row})` });
  }
  return { entries: [...byId.values()], rejected };
}

function at(draft: RowDraft, key: string | undefined): SourceLocation {
  return { file: draft.file, row: draft.row, ...(key === undefined || !draft.headerOf.has(key) ? {} : { column: draft.headerOf.get(key) }) };
}

interface MergedLink {
  url: string;
  label: Record<string, string>;
  from: RowDraft;
}

/** The links of all rows, one per URL, each with its label in every row's language that gave one. */
function mergedLinks(rows: readonly RowDraft[]): MergedLink[] {
  const links: MergedLink[] = [];
  for (const row of rows) {
    for (const link of row.links) {
      let merged = links.find((known) => known.url === link.url);
      if (merged === undefined) links.push((merged = { url: link.url, label: {}, from: row }));
      if (link.label !== undefined) merged.label[row.lang] = link.label;
    }
  }
  return links;
}

function mergedFacets(rows: readonly RowDraft[]): Record<string, string[]> {
  const facets: Record<string, string[]> = {};
  for (const row of rows) {
    for (const [name, ids] of Object.entries(row.facets)) facets[name] = [...new Set([...(facets[name] ?? []), ...(ids ?? [])])];
  }
  return facets;
}

/** Where each field of the entry comes from: its language's row for texts, the row that gave it otherwise. */
function rowsLocator(rows: readonly RowDraft[], links: readonly MergedLink[]): Locator {
  const first = rows[0] as RowDraft;
  return {
    locate(field) {
      const [head, second] = field === undefined ? [] : field.split('.');
      if (head === undefined) return at(first, undefined);
      const own = rows.find((row) => row.lang === second);
      if (['question', 'alternates', 'answer'].includes(head)) return at(own ?? first, head);
      if (head === 'links') return at(links[Number(second)]?.from ?? first, 'links');
      if (head === 'facets') return at(rows.find((row) => second !== undefined && row.facets[second] !== undefined) ?? first, field);
      const giving = rows.find((row) => (head === 'source' ? row.source : head === 'updated' ? row.updated : row.id) !== undefined);
      return at(giving ?? first, head);
    },
  };
}

function perLanguage<T>(rows: readonly RowDraft[], read: (row: RowDraft) => T | undefined): Record<string, T> | undefined {
  const found = rows.flatMap((row) => {
    const value = read(row);
    return value === undefined ? [] : [[row.lang, value] as const];
  });
  return found.length === 0 ? undefined : Object.fromEntries(found);
}

/** An entry's rows as the document the validation reads (the shape of an entry file), located by row and column. */
export function entryDocument(entry: EntryRows): SourceDocument {
  const { rows } = entry;
  const links = mergedLinks(rows);
  const facets = mergedFacets(rows);
  const source = rows.find((row) => row.source !== undefined)?.source;
  const updated = rows.map((row) => row.updated).filter((date) => date !== undefined).sort().at(-1);
  const value = {
    id: entry.id,
    ...(Object.keys(facets).length === 0 ? {} : { facets }),
    ...optional('question', perLanguage(rows, (row) => row.question)),
    ...optional('alternates', perLanguage(rows, (row) => (row.alternates.length === 0 ? undefined : row.alternates))),
    answer: perLanguage(rows, (row) => row.answer),
    ...(links.length === 0 ? {} : { links: links.map(({ url, label }) => (Object.keys(label).length === 0 ? { url } : { label, url })) }),
    ...(source === undefined ? {} : { source }),
    ...(updated === undefined ? {} : { updated }),
  };
  return { value, locator: rowsLocator(rows, links) };
}

function optional<K extends string, T>(key: K, value: T | undefined): Partial<Record<K, T>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, T>);
}
