import type { Cell, RejectedRow, Table } from './table';

/** A JSON value as a cell: texts and numbers as text, lists of them as lists, a link object as `[label](url)`. */
function cellOf(value: unknown): Cell | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => cellOf(item));
    return items.every((item): item is string => typeof item === 'string') ? items : undefined;
  }
  const link = value as { label?: unknown; url?: unknown };
  if (typeof link.url === 'string') return typeof link.label === 'string' ? `[${link.label}](${link.url})` : link.url;
  return undefined;
}

/** JSON Lines: one object per line, its keys the headers (in order of first appearance); rows are line numbers. */
export function readJsonLines(file: string, text: string): Table {
  const headers: string[] = [];
  const objects: { row: number; value: Record<string, unknown> }[] = [];
  const unreadable: RejectedRow[] = [];
  text.replace(/^\uFEFF/u, '').split(/\r?\n/u).forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      unreadable.push({ at: { file, row: index + 1 }, reason: 'is not valid JSON' });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      unreadable.push({ at: { file, row: index + 1 }, reason: 'must be a JSON object {"answer": …}' });
      return;
    }
    for (const key of Object.keys(value)) if (!headers.includes(key)) headers.push(key);
    objects.push({ row: index + 1, value: value as Record<string, unknown> });
  });
  const rows = [];
  for (const { row, value } of objects) {
    const cells = headers.map((header) => cellOf(value[header]));
    const bad = headers.find((_, at) => cells[at] === undefined);
    if (bad !== undefined) unreadable.push({ at: { file, row, column: bad }, reason: 'must be text, a number or a list of texts' });
    else rows.push({ row, cells: cells as Cell[] });
  }
  return { file, headers, rows, unreadable: unreadable.sort((a, b) => (a.at.row ?? 0) - (b.at.row ?? 0)) };
}
