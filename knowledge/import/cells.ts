import { LANGS, type Lang } from '../types';
import { matchKey } from './keys';
import type { Cell } from './table';

const LANGUAGE_NAMES: Readonly<Record<string, Lang>> = {
  francais: 'fr',
  french: 'fr',
  fra: 'fr',
  fre: 'fr',
  english: 'en',
  anglais: 'en',
  eng: 'en',
};

/** `fr`, `FR`, `fr-FR`, `Français`, `English`…; undefined for anything else. */
export function languageCell(text: string): Lang | undefined {
  const key = matchKey(text);
  const code = key.split(/[-_ ]/u)[0];
  return LANGUAGE_NAMES[key] ?? LANGS.find((lang) => lang === code);
}

/** `YYYY-MM-DD` (or a longer ISO timestamp), or `DD/MM/YYYY` as the French write it: a real date as YYYY-MM-DD. */
export function dateCell(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/u.exec(text);
  const french = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/u.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : undefined;
}

/** A list cell: list items as they are, a text split on line breaks, or on `|` when it is one line. */
export function listCell(cell: Cell): string[] {
  const items = typeof cell !== 'string' ? cell : /\n/u.test(cell) ? cell.split(/\r?\n/u) : cell.split('|');
  return items.map((item) => item.replace(/^\s*[-•*]\s+/u, '').trim()).filter((item) => item !== '');
}

export interface CellLink {
  label?: string;
  url: string;
}

const MARKDOWN_LINK = /^\[(.+)\]\(\s*(\S+?)\s*\)$/u;

/** One link per line (or list item): `[label](https://…)` or a bare `https://…`; anything else is kept as the URL to check. */
export function linksCell(cell: Cell): CellLink[] {
  const lines = typeof cell === 'string' ? cell.split(/\r?\n/u) : cell;
  return lines
    .map((line) => line.replace(/^\s*[-•*]\s+/u, '').trim())
    .filter((line) => line !== '')
    .map((line) => {
      const link = MARKDOWN_LINK.exec(line);
      return link ? { label: (link[1] as string).trim(), url: link[2] as string } : { url: line };
    });
}

/** A source cell: a URL, or a `[label](url)` link whose URL is the source. */
export function sourceCell(text: string): string {
  return MARKDOWN_LINK.exec(text)?.[2] ?? text;
}
