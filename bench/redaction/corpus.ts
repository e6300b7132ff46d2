import { readFileSync } from 'node:fs';
import { projectPath } from '../../config/paths';
import { LANGS, type Lang } from '../../knowledge/types';
import { PII_PLACEHOLDERS, type PiiKind } from '../../storage/redact';

/** The redaction corpus of `tests/storage/redaction/` (see its README), read and scored. */
export interface PlantedItem {
  kind: PiiKind;
  text: string;
}

export interface PlantedSentence {
  lang: Lang;
  /** The sentence without its markers: what is redacted. */
  text: string;
  items: PlantedItem[];
}

export interface InnocentSentence {
  lang: Lang;
  text: string;
}

const MARKER = /\{\{(\w+):(.*?)\}\}/g;
const KINDS = Object.keys(PII_PLACEHOLDERS) as PiiKind[];

function lines(file: string): string[] {
  return readFileSync(projectPath('tests', 'storage', 'redaction', file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() && !line.startsWith('#'));
}

function planted(lang: Lang, line: string): PlantedSentence {
  const items: PlantedItem[] = [];
  const text = line.replace(MARKER, (_marker, kind: string, item: string) => {
    if (!KINDS.includes(kind as PiiKind)) throw new Error(`[redaction corpus] unknown kind "${kind}" in: ${line}`);
    items.push({ kind: kind as PiiKind, text: item });
    return item;
  });
  if (items.length === 0) throw new Error(`[redaction corpus] a planted sentence without item: ${line}`);
  return { lang, text, items };
}

/**
 * `main`: the corpus the rules were written and tuned against. `heldout`: a batch written after the rules were last
 * changed, never used to change them, so that its figures say how the rules do on sentences they have not seen.
 */
export type CorpusPart = 'main' | 'heldout';

const prefix = (part: CorpusPart) => (part === 'main' ? '' : 'heldout.');

export function loadPlanted(part: CorpusPart = 'main'): PlantedSentence[] {
  return LANGS.flatMap((lang) => lines(`${prefix(part)}planted.${lang}.txt`).map((line) => planted(lang, line)));
}

export function loadInnocent(part: CorpusPart = 'main'): InnocentSentence[] {
  return LANGS.flatMap((lang) => lines(`${prefix(part)}innocent.${lang}.txt`).map((text) => ({ lang, text })));
}

/** Words that say nothing about anyone, whatever is left of them. */
const UNINFORMATIVE = new Set(['une', 'des', 'the', 'and', 'les', 'del', 'van', 'von', 'bis', 'ter', 'rue', 'av.']);

function tokens(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{3,}|\p{N}+/gu) ?? []).filter((token) => !UNINFORMATIVE.has(token));
}

function count(haystack: string[], token: string): number {
  return haystack.filter((item) => item === token).length;
}

/**
 * Caught: the placeholder of its kind is in the redacted sentence, and none of the item's words or digit groups is
 * left there beyond what the rest of the sentence holds.
 */
export function isCaught(sentence: PlantedSentence, item: PlantedItem, redacted: string): boolean {
  if (!redacted.includes(PII_PLACEHOLDERS[item.kind])) return false;
  const elsewhere = tokens(sentence.text.replace(item.text, ' '));
  const left = tokens(redacted);
  return tokens(item.text).every((token) => count(left, token) <= count(elsewhere, token));
}
