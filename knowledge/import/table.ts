import type { SourceLocation } from '../errors';

/** A cell's text, or a list of texts (JSON Lines may hold lists); an empty cell is ''. */
export type Cell = string | readonly string[];

export interface TableRow {
  /** As a spreadsheet numbers it (the header is row 1); in JSON Lines, the line. */
  row: number;
  /** Aligned with the table's headers. */
  cells: Cell[];
}

/** A row (or a whole file) left out of an import, and why. */
export interface RejectedRow {
  at: SourceLocation;
  reason: string;
}

/** An FAQ export as read from its file, before any of its cells is understood. */
export interface Table {
  /** The file as shown in messages. */
  file: string;
  headers: string[];
  rows: TableRow[];
  /** Rows that could not even be read (a quote never closed, a line that is no JSON). */
  unreadable: RejectedRow[];
}

/** '' for an empty cell, the text otherwise (a list is one item per line). */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  return typeof cell === 'string' ? cell : cell.join('\n');
}

export function isEmptyRow(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cellText(cell).trim() === '');
}
