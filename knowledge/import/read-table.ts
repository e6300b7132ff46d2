import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { displayPath } from '../load/yaml-file';
import { readDelimited } from './read-delimited';
import { readJsonLines } from './read-jsonl';
import { readXlsx } from './read-xlsx';
import type { Table } from './table';

/** The formats `kb:import` reads, by file extension. */
export const TABLE_FORMATS: Readonly<Record<string, 'csv' | 'tsv' | 'xlsx' | 'jsonl'>> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.xlsx': 'xlsx',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export function tableFormat(path: string): (typeof TABLE_FORMATS)[string] | undefined {
  return TABLE_FORMATS[extname(path).toLowerCase()];
}

/** Reads an FAQ export (CSV, TSV, XLSX or JSON Lines, by its extension). @throws Error if unreadable or of no known format. */
export async function readTableFile(path: string): Promise<Table> {
  const format = tableFormat(path);
  if (format === undefined) throw new Error(`${path}: unknown format (expected ${Object.keys(TABLE_FORMATS).join(', ')})`);
  const data = await readFile(path);
  const file = displayPath(path);
  if (format === 'xlsx') return readXlsx(file, data);
  const text = data.toString('utf8');
  if (format === 'jsonl') return readJsonLines(file, text);
  return readDelimited(file, text, format === 'tsv' ? '\t' : undefined);
}
