import type ExcelJS from 'exceljs';
import type { Table, TableRow } from './table';

type CellValue = ExcelJS.CellValue;

/** A spreadsheet cell as text: dates as YYYY-MM-DD, rich text flattened, a hyperlink as `[text](url)` (or its URL). */
function textOf(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) {
    const text = typeof value.text === 'string' ? value.text : textOf(value.text as CellValue);
    return text === '' || text === value.hyperlink ? value.hyperlink : `[${text}](${value.hyperlink})`;
  }
  if ('formula' in value || 'sharedFormula' in value) return textOf((value as { result?: CellValue }).result ?? null);
  if ('error' in value) return '';
  return String(value);
}

/** The first worksheet of an XLSX file; its first row holds the headers. */
export async function readXlsx(file: string, data: Buffer): Promise<Table> {
  // Loaded on demand: exceljs takes longer to load than a CSV of 1,000 rows takes to import.
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  // exceljs declares its own Buffer type; Node's is what it reads.
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return { file, headers: [], rows: [], unreadable: [{ at: { file }, reason: 'has no worksheet' }] };
  const width = sheet.columnCount;
  const read = (row: ExcelJS.Row): string[] => Array.from({ length: width }, (_, at) => textOf(row.getCell(at + 1).value).replace(/\r\n?/gu, '\n'));
  const headers = read(sheet.getRow(1)).map((header) => header.trim());
  const rows: TableRow[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push({ row: number, cells: read(row) });
  });
  return { file, headers, rows, unreadable: [] };
}
