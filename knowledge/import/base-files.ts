import { isSeq, parseDocument, type Node } from 'yaml';
import type { LexiconGroup } from '../types';
import type { NewFacetValue } from './facet-values';
import { matchKey } from './keys';

/**
 * The facets and lexicon files are the editors' own, with their comments and layout: an import adds to them by
 * inserting text where the YAML says (after a list's last item, before a group's closing bracket), never by writing
 * them again.
 */
interface Insertion {
  at: number;
  text: string;
}

/** The text with the insertions made; several at one place keep their order. */
function applied(text: string, insertions: readonly Insertion[]): string {
  const ordered = insertions.map((insertion, order) => ({ ...insertion, order })).sort((a, b) => b.at - a.at || b.order - a.order);
  let result = text;
  for (const { at, text: inserted } of ordered) result = result.slice(0, at) + inserted + result.slice(at);
  return result;
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  return (node as Node | undefined)?.range ?? undefined;
}

/** Where a block list ends (the start of the line after its last item), and how its items are indented. */
function blockEnd(text: string, node: unknown): { at: number; indent: string; newline: string } | undefined {
  const range = rangeOf(node);
  if (range === undefined) return undefined;
  const indent = ' '.repeat(range[0] - text.lastIndexOf('\n', range[0] - 1) - 1);
  return { at: range[1], indent, newline: text.charAt(range[1] - 1) === '\n' ? '' : '\n' };
}

/** A YAML scalar for a term or label: plain when it reads back as the same text, else double-quoted. */
function scalar(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} '’.()/-]*$/u.test(text) && text.trim() === text ? text : JSON.stringify(text);
}

/** The facets file with the import's new values added at the end of their facets' lists. */
export function facetsWithNewValues(text: string, added: readonly NewFacetValue[]): string {
  if (added.length === 0) return text;
  const document = parseDocument(text);
  const insertions = added.map(({ facet, value }): Insertion => {
    const end = blockEnd(text, document.getIn([facet, 'values'], true));
    if (end === undefined) throw new Error(`[kb:import] facets file: no values list for facet "${facet}"`);
    const label = `{ fr: ${JSON.stringify(value.label.fr)}, en: ${JSON.stringify(value.label.en)} }`;
    return { at: end.at, text: `${end.newline}${end.indent}- id: ${value.id}\n${end.indent}  label: ${label}\n` };
  });
  return applied(text, insertions);
}

interface LexiconEdit {
  insertions: Insertion[];
  /** Languages the file has no list for yet: their groups go at the end. */
  appended: Map<string, string[][]>;
  addedTerms: number;
}

function mergeGroup(text: string, document: ReturnType<typeof parseDocument>, group: LexiconGroup, edit: LexiconEdit): void {
  const groups = document.get(group.lang, true);
  const known = isSeq(groups) ? groups.items.filter(isSeq) : [];
  const termsOf = (seq: (typeof known)[number]): string[] => seq.items.map((item) => String((item as { value?: unknown }).value ?? item));
  const existing = known.find((seq) => termsOf(seq).some((term) => group.terms.some((own) => matchKey(own) === matchKey(term))));
  if (existing === undefined) {
    const end = isSeq(groups) ? blockEnd(text, groups) : undefined;
    if (end === undefined) edit.appended.set(group.lang, [...(edit.appended.get(group.lang) ?? []), group.terms]);
    else edit.insertions.push({ at: end.at, text: `${end.newline}${end.indent}- [${group.terms.map(scalar).join(', ')}]\n` });
    edit.addedTerms += group.terms.length;
    return;
  }
  const missing = group.terms.filter((term) => !termsOf(existing).some((own) => matchKey(own) === matchKey(term)));
  const close = (rangeOf(existing)?.[1] ?? 0) - 1;
  if (missing.length === 0 || !existing.flow || text.charAt(close) !== ']') return;
  edit.insertions.push({ at: close, text: missing.map((term) => `, ${scalar(term)}`).join('') });
  edit.addedTerms += missing.length;
}

/**
 * The lexicon file with other groups merged in: a group sharing a term with one of the same language adds its other
 * terms to it, any other group is added to its language's list. Returns how many terms were added.
 */
export function lexiconWithGroups(text: string, extra: readonly LexiconGroup[]): { text: string; addedTerms: number } {
  if (extra.length === 0) return { text, addedTerms: 0 };
  const document = parseDocument(text);
  const edit: LexiconEdit = { insertions: [], appended: new Map(), addedTerms: 0 };
  for (const group of extra) mergeGroup(text, document, group, edit);
  let result = applied(text, edit.insertions);
  for (const [lang, groups] of edit.appended) {
    const lines = groups.map((terms) => `  - [${terms.map(scalar).join(', ')}]`).join('\n');
    result = `${result}${result === '' || result.endsWith('\n') ? '' : '\n'}${lang}:\n${lines}\n`;
  }
  return { text: result, addedTerms: edit.addedTerms };
}
