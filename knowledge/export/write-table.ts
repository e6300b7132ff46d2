import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { linesOf, type ExportRow, type ExportTable } from './rows';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

function cellText(value: string | string[] | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : linesOf(value);
}

/**
 * CSV as the agency's CMS writes it and French Excel opens it: UTF-8 with BOM, `;` between cells, CRLF between rows,
 * cells quoted when they hold `;`, quotes or line breaks.
 */
export function csvText(table: ExportTable): string {
  const records = [table.headers, ...table.rows.map((row) => table.headers.map((header) => cellText(row[header])))];
  return stringify(records, { delimiter: ';', bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** One JSON object per row, every key present, lists as JSON lists. */
export function jsonLinesText(table: ExportTable): string {
  return table.rows.map((row) => JSON.stringify(Object.fromEntries(table.headers.map((header) => [header, row[header] ?? ''])))).join('\n') + '\n';
}

async function xlsxBytes(table: ExportTable): Promise<Uint8Array> {
  // Loaded on demand, as for reading: most exports are CSV.
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('FAQ');
  sheet.columns = table.headers.map((header) => ({ header, key: header, width: header === 'answer' ? 80 : 24 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of table.rows) {
    const added = sheet.addRow(Object.fromEntries(table.headers.map((header) => [header, cellText(row[header])])));
    added.alignment = { wrapText: true, vertical: 'top' };
  }
  // exceljs declares its own Buffer type: the bytes are what matters.
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function writeExport(path: string, format: ExportFormat, table: ExportTable): Promise<void> {
  if (format === 'xlsx') await writeFile(path, await xlsxBytes(table));
  else await writeFile(path, format === 'csv' ? csvText(table) : jsonLinesText(table), 'utf8');
}

export type { ExportRow };
