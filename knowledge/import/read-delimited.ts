import { parse } from 'csv-parse/sync';
import type { Cell, RejectedRow, Table, TableRow } from './table';

/** The separator of a CSV file: the one of `;`, `,` and tab that its header line (outside quotes) has most of. */
export function guessDelimiter(text: string): string {
  const header = text.replace(/^\uFEFF/u, '').split(/\r?\n/u, 1)[0] ?? '';
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) as number) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

/**
 * A CSV or TSV export: UTF-8 with or without BOM, any line ends, cells quoted with `"` when they hold the separator,
 * quotes or line breaks. Rows are numbered as a spreadsheet shows them (a quoted cell spanning lines is one row); a
 * row that cannot be read (a quote never closed) is reported, the others are kept.
 */
export function readDelimited(file: string, text: string, delimiter = guessDelimiter(text)): Table {
  const records: { row: number; cells: Cell[] }[] = [];
  const unreadable: RejectedRow[] = [];
  let row = 0;
  parse(text, {
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    on_record: (record: string[]) => {
      records.push({ row: (row += 1), cells: record });
      return record;
    },
    on_skip: (error) => {
      row += 1;
      unreadable.push({ at: { file, row }, reason: `cannot be read: ${error?.message ?? 'malformed row'}` });
    },
  });
  const [header, ...rows] = records;
  const headers = (header?.cells ?? []).map((cell) => String(cell).trim());
  return { file, headers, rows: rows.map((record): TableRow => ({ row: record.row, cells: record.cells })), unreadable };
}
