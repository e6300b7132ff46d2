import type { KnowledgeProblem } from '../errors';
import type { Entry, FacetDefinition, Lang } from '../types';
import { validateEntry, type SourceDocument } from '../validate/validate-knowledge';
import { entryDocument, groupRows, type EntryRows } from './assemble';
import { mapColumns } from './columns';
import { FacetValues, type NewFacetValue } from './facet-values';
import { mapRow, type RowDraft } from './map-row';
import { isEmptyRow, type RejectedRow, type Table } from './table';

export interface ImportOptions {
  /** The facets of the base imported into: cells are read against them, and unknown labels extend them. */
  facets: readonly FacetDefinition[];
  /** For rows without a language (the project's detection, from the base's vocabulary and lexicon). */
  detectLanguage: (text: string) => Lang;
}

/** An entry made of rows, validated. */
export interface ImportedEntry {
  entry: Entry;
  document: SourceDocument;
  rows: readonly RowDraft[];
  idDerived: boolean;
}

export interface ImportResult {
  entries: ImportedEntry[];
  /** The base's facets, with the new values the entries use. */
  facets: FacetDefinition[];
  newValues: NewFacetValue[];
  /** Every row left out, with its file, row, column and reason, in file and row order. */
  rejected: RejectedRow[];
  rowsRead: number;
  languagesDetected: number;
  ignoredColumns: { file: string; header: string }[];
}

function problemsAsRejections(problems: readonly KnowledgeProblem[], prefix = ''): RejectedRow[] {
  return problems.map((problem) => ({ at: problem.at, reason: `${prefix}${problem.field === undefined ? '' : `${problem.field}: `}${problem.message}` }));
}

function attempt(group: EntryRows, rows: RowDraft[], facets: readonly FacetDefinition[]) {
  const document = entryDocument({ ...group, rows });
  const problems: KnowledgeProblem[] = [];
  const entry = validateEntry(document, facets, problems);
  return { imported: entry === undefined ? undefined : { entry, document, rows, idDerived: group.idDerived }, problems };
}

/**
 * An entry's rows validated together; when they are not valid, each row alone: a row invalid alone is rejected
 * with its own problems, and twins still invalid together keep their first row, the later ones being rejected.
 */
function validateGroup(group: EntryRows, facets: readonly FacetDefinition[], rejected: RejectedRow[]): ImportedEntry | undefined {
  const together = attempt(group, [...group.rows], facets);
  if (together.imported !== undefined) return together.imported;
  if (group.rows.length === 1) {
    rejected.push(...problemsAsRejections(together.problems));
    return undefined;
  }
  const valid = group.rows.filter((row) => {
    const { problems } = attempt(group, [row], facets);
    rejected.push(...problemsAsRejections(problems));
    return problems.length === 0;
  });
  const [first, ...others] = valid;
  if (first === undefined) return undefined;
  const retried = others.length === 0 ? attempt(group, [first], facets) : attempt(group, valid, facets);
  if (retried.imported !== undefined) return retried.imported;
  const reasons = problemsAsRejections(retried.problems, `cannot join its twin (${first.file}, row ${first.row}): `);
  for (const row of others) rejected.push(...reasons.map((item) => ({ ...item, at: { file: row.file, row: row.row } })));
  return attempt(group, [first], facets).imported;
}

function byPosition(a: RejectedRow, b: RejectedRow, files: readonly string[]): number {
  return files.indexOf(a.at.file) - files.indexOf(b.at.file) || (a.at.row ?? 0) - (b.at.row ?? 0);
}

interface TableDrafts {
  drafts: RowDraft[];
  rejected: RejectedRow[];
  rowsRead: number;
  ignoredColumns: ImportResult['ignoredColumns'];
}

/** One table's rows as drafts, against the base's columns and facets (new values go to `facetValues`). */
function draftsOf(table: Table, options: ImportOptions, facetValues: FacetValues): TableDrafts {
  const columns = mapColumns(table.headers, options.facets);
  const ignoredColumns = [...columns.unknown, ...columns.duplicates].map((header) => ({ file: table.file, header }));
  const rows = table.rows.filter((row) => !isEmptyRow(row.cells));
  const found: TableDrafts = { drafts: [], rejected: [...table.unreadable], rowsRead: rows.length + table.unreadable.length, ignoredColumns };
  if (!columns.headerOf.has('answer')) {
    found.rejected.push({ at: { file: table.file, row: 1 }, reason: `no answer column (answer, réponse): its ${rows.length} rows are left out` });
    return found;
  }
  for (const row of rows) {
    const mapped = mapRow(row, { file: table.file, columns, facetValues, detectLanguage: options.detectLanguage });
    if (mapped.draft) found.drafts.push(mapped.draft);
    found.rejected.push(...mapped.rejected);
  }
  return found;
}

/**
 * The pure mapping from exported rows to entries: each row read against the base's columns and facets, rows
 * grouped into entries (FR/EN twins by id), then each entry checked by the same validation as loading a folder.
 * Nothing is written; a rejected row never stops the others.
 */
export function importTables(tables: readonly Table[], options: ImportOptions): ImportResult {
  const facetValues = new FacetValues(options.facets);
  const read = tables.map((table) => draftsOf(table, options, facetValues));
  const grouped = groupRows(read.flatMap((table) => table.drafts));
  const rejected = [...read.flatMap((table) => table.rejected), ...grouped.rejected];
  const allFacets = facetValues.definitions();
  const entries = grouped.entries.map((group) => validateGroup(group, allFacets, rejected)).filter((entry) => entry !== undefined);
  const used = (facet: string, id: string): boolean => entries.some(({ entry }) => entry.facets[facet]?.includes(id));
  const files = tables.map((table) => table.file);
  return {
    entries,
    facets: facetValues.definitions(used),
    newValues: facetValues.newValues(used),
    rejected: rejected.sort((a, b) => byPosition(a, b, files)),
    rowsRead: read.reduce((sum, table) => sum + table.rowsRead, 0),
    languagesDetected: entries.reduce((sum, { rows }) => sum + rows.filter((row) => row.langDetected).length, 0),
    ignoredColumns: read.flatMap((table) => table.ignoredColumns),
  };
}
