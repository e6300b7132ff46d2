import type { FacetName, Lang } from '../types';
import { dateCell, languageCell, linksCell, listCell, sourceCell, type CellLink } from './cells';
import type { ColumnMap, Field } from './columns';
import type { FacetValues } from './facet-values';
import { slug } from './keys';
import { cellText, type Cell, type RejectedRow, type TableRow } from './table';

/** One row of an export, understood: one language of one entry. */
export interface RowDraft {
  file: string;
  row: number;
  lang: Lang;
  /** The row had no language: it was detected from its text. */
  langDetected: boolean;
  /** The row's id as written (in kebab-case); undefined when it has none (one is made from its content). */
  id?: string;
  question?: string;
  answer: string;
  alternates: string[];
  facets: Partial<Record<FacetName, string[]>>;
  links: CellLink[];
  source?: string;
  updated?: string;
  /** Fields and facets (`facets.<name>`) whose column the row's file has: on --merge, the others keep their value. */
  given: ReadonlySet<string>;
  /** The header of each field and facet in the row's file, to locate problems. */
  headerOf: ReadonlyMap<string, string>;
}

export interface RowContext {
  file: string;
  columns: ColumnMap;
  facetValues: FacetValues;
  detectLanguage: (text: string) => Lang;
}

/** The row's cells by field and facet (`facets.<name>`). */
function cellsByKey(row: TableRow, columns: ColumnMap): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  columns.columns.forEach((column, at) => {
    const cell = row.cells[at];
    if (cell === undefined) return;
    if (column.kind === 'field') cells.set(column.field, cell);
    else if (column.kind === 'facet') cells.set(`facets.${column.facet}`, cell);
  });
  return cells;
}

class RowReader {
  readonly rejected: RejectedRow[] = [];

  constructor(
    private readonly row: TableRow,
    private readonly context: RowContext,
    private readonly cells: Map<string, Cell>,
  ) {}

  cell(key: Field): Cell {
    return this.cells.get(key) ?? '';
  }

  text(key: Field): string {
    return cellText(this.cells.get(key)).replace(/\r\n?/gu, '\n').trim();
  }

  reject(key: string, reason: string): void {
    this.rejected.push({ at: { file: this.context.file, row: this.row.row, column: this.context.columns.headerOf.get(key) }, reason });
  }

  language(question: string, answer: string): { lang: Lang; detected: boolean } | undefined {
    const written = this.text('lang');
    if (written === '') return { lang: this.context.detectLanguage(`${question}\n${answer}`), detected: true };
    const lang = languageCell(written);
    if (lang === undefined) this.reject('lang', `unknown language ${JSON.stringify(written)} (expected fr, en, français, english…)`);
    return lang === undefined ? undefined : { lang, detected: false };
  }

  id(): string | undefined {
    const written = this.text('id');
    if (written === '') return undefined;
    const id = slug(written, Number.POSITIVE_INFINITY);
    if (id === '') this.reject('id', `id ${JSON.stringify(written)} has no letter or digit`);
    return id;
  }

  date(): string | undefined {
    const written = this.text('updated');
    if (written === '') return undefined;
    const date = dateCell(written);
    if (date === undefined) this.reject('updated', `bad date ${JSON.stringify(written)} (expected YYYY-MM-DD or DD/MM/YYYY)`);
    return date;
  }

  facets(lang: Lang): RowDraft['facets'] {
    const facets: RowDraft['facets'] = {};
    for (const [key, cell] of this.cells) {
      if (!key.startsWith('facets.')) continue;
      const name = key.slice('facets.'.length);
      const ids = listCell(cell).map((text) => this.context.facetValues.resolve(name, text, lang));
      if (ids.length > 0) facets[name] = [...new Set(ids)];
    }
    return facets;
  }
}

/**
 * One row of an export as one language of an entry, or the reasons it is rejected (each with its column). Only the
 * answer is required; a missing language is detected from the text; facet labels become value ids (see FacetValues).
 */
export function mapRow(row: TableRow, context: RowContext): { draft?: RowDraft; rejected: RejectedRow[] } {
  const reader = new RowReader(row, context, cellsByKey(row, context.columns));
  const answer = reader.text('answer');
  const question = reader.text('question');
  if (answer === '') reader.reject('answer', 'the answer is empty (it is the one required column)');
  const language = answer === '' ? undefined : reader.language(question, answer);
  const id = reader.id();
  const updated = reader.date();
  if (language === undefined || reader.rejected.length > 0) return { rejected: reader.rejected };
  const source = reader.text('source');
  const draft: RowDraft = {
    file: context.file,
    row: row.row,
    lang: language.lang,
    langDetected: language.detected,
    ...(id === undefined ? {} : { id }),
    ...(question === '' ? {} : { question }),
    answer,
    alternates: listCell(reader.cell('alternates')),
    facets: reader.facets(language.lang),
    links: linksCell(reader.cell('links')),
    ...(source === '' ? {} : { source: sourceCell(source) }),
    ...(updated === undefined ? {} : { updated }),
    given: new Set(context.columns.headerOf.keys()),
    headerOf: context.columns.headerOf,
  };
  return { draft, rejected: [] };
}
