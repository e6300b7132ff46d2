import { FIELD_HEADERS } from '../import/columns';
import { matchKey } from '../import/keys';
import type { Entry, FacetDefinition, KnowledgeBase, Lang, Link } from '../types';

/** A row of an export: each header's text, or its list of texts (one per line in CSV and XLSX). */
export type ExportRow = Record<string, string | string[]>;

export interface ExportTable {
  headers: string[];
  rows: ExportRow[];
}

/** A facet value as a cell: its label in the row's language, unless that label could be read back as another value. */
function facetCell(facet: FacetDefinition, id: string, lang: Lang): string {
  const value = facet.values.find((candidate) => candidate.id === id);
  const label = value?.label[lang];
  if (value === undefined || label === undefined || label.includes('|')) return id;
  const key = matchKey(label);
  const ambiguous = facet.values.some(
    (other) => other !== value && (other.id === label.trim() || [...Object.values(other.label), ...other.aliases].some((name) => matchKey(name) === key)),
  );
  return ambiguous ? id : label;
}

function linkCell(link: Link, lang: Lang): string {
  const label = link.label[lang];
  return label === undefined ? link.url : `[${label}](${link.url})`;
}

function entryRow(entry: Entry, lang: Lang, facets: readonly FacetDefinition[]): ExportRow {
  const row: ExportRow = {
    id: entry.id,
    lang,
    question: entry.question[lang] ?? '',
    answer: entry.answer[lang] ?? '',
    alternates: entry.alternates[lang],
  };
  for (const facet of facets) row[facet.name] = (entry.facets[facet.name] ?? []).map((id) => facetCell(facet, id, lang));
  row.source = entry.source ?? '';
  row.updated = entry.updated ?? '';
  row.links = entry.links.map((link) => linkCell(link, lang));
  return row;
}

/**
 * The base as an export that `kb:import` reads back into the same entries: one row per entry and language (twins
 * share their id), English headers, facet values by their labels in the row's language, lists one item per line.
 */
export function exportTable(kb: KnowledgeBase): ExportTable {
  const [id, lang, question, answer, alternates, source, updated, links] = (['id', 'lang', 'question', 'answer', 'alternates', 'source', 'updated', 'links'] as const).map(
    (field) => FIELD_HEADERS[field][0] as string,
  );
  const headers = [id, lang, question, answer, alternates, ...kb.facets.map((facet) => facet.name), source, updated, links] as string[];
  return { headers, rows: kb.entries.flatMap((entry) => entry.langs.map((own) => entryRow(entry, own, kb.facets))) };
}

/** A list cell as text, one item per line; a single item holding `|` ends with a line break, so that it is not split. */
export function linesOf(items: readonly string[]): string {
  const text = items.join('\n');
  return items.length === 1 && text.includes('|') ? `${text}\n` : text;
}
