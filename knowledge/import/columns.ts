import type { FacetDefinition, FacetName } from '../types';
import { matchKey } from './keys';

/** The columns of an FAQ table besides the facets; `answer` is the only one required. */
export const FIELDS = ['id', 'lang', 'question', 'answer', 'alternates', 'source', 'updated', 'links'] as const;
export type Field = (typeof FIELDS)[number];

/** Header names of each field, French and English; compared with `matchKey` (any case, accents optional). */
export const FIELD_HEADERS: Readonly<Record<Field, readonly string[]>> = {
  id: ['id', 'identifiant', 'identifier'],
  lang: ['lang', 'langue', 'language'],
  question: ['question'],
  answer: ['answer', 'réponse'],
  alternates: ['alternates', 'variantes', 'variants'],
  source: ['source'],
  updated: ['updated', 'mise à jour', 'date de mise à jour'],
  links: ['links', 'liens'],
};

/** What a column holds: a field, a facet (by its name or one of its `columns` in facets.yaml), or nothing we know. */
export type Column = { kind: 'field'; field: Field } | { kind: 'facet'; facet: FacetName } | { kind: 'unknown' };

/** A table's header row read: each column's meaning, the headers left out, and headers used twice. */
export interface ColumnMap {
  columns: Column[];
  unknown: string[];
  duplicates: string[];
  /** The header of each field or facet (`facets.<name>`), as the file writes it. */
  headerOf: ReadonlyMap<string, string>;
}

function lookup(facets: readonly FacetDefinition[]): Map<string, Column> {
  const known = new Map<string, Column>();
  for (const field of FIELDS) for (const header of FIELD_HEADERS[field]) known.set(matchKey(header), { kind: 'field', field });
  for (const facet of facets) {
    for (const header of [facet.name, ...facet.columns]) known.set(matchKey(header), { kind: 'facet', facet: facet.name });
  }
  return known;
}

export function columnKey(column: Column): string | undefined {
  if (column.kind === 'field') return column.field;
  return column.kind === 'facet' ? `facets.${column.facet}` : undefined;
}

/** Reads a header row against the fields and the facets of the base being imported into. */
export function mapColumns(headers: readonly string[], facets: readonly FacetDefinition[]): ColumnMap {
  const known = lookup(facets);
  const headerOf = new Map<string, string>();
  const map: ColumnMap = { columns: [], unknown: [], duplicates: [], headerOf };
  for (const header of headers) {
    const column = known.get(matchKey(header)) ?? { kind: 'unknown' };
    const key = columnKey(column);
    if (key === undefined) {
      if (header.trim() !== '') map.unknown.push(header);
      map.columns.push({ kind: 'unknown' });
    } else if (headerOf.has(key)) {
      map.duplicates.push(header);
      map.columns.push({ kind: 'unknown' });
    } else {
      headerOf.set(key, header);
      map.columns.push(column);
    }
  }
  return map;
}
