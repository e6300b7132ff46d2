import { entryDocument, type EntryDocument } from '../entry/document';
import type { KnowledgeProblem } from '../errors';
import { LANGS, type Entry, type FacetDefinition, type Lang } from '../types';
import { validateEntry } from '../validate/validate-knowledge';
import type { ImportedEntry } from './import-rows';
import type { RejectedRow } from './table';

/** What a merge did to each entry id. Nothing is ever dropped: entries the import does not have are kept. */
export interface MergeReport {
  added: string[];
  changed: string[];
  unchanged: string[];
  /** Entries of the folder that the import does not have, kept as they are. */
  kept: string[];
}

export interface MergedEntry {
  entry: Entry;
  /** `kept`: not in the import, or its update was refused; `kept` and `unchanged` files are not rewritten. */
  status: 'added' | 'changed' | 'unchanged' | 'kept';
}

function pick<T>(own: Partial<Record<Lang, T>> | undefined, theirs: Partial<Record<Lang, T>> | undefined, fromImport: (lang: Lang) => boolean) {
  const result: Partial<Record<Lang, T>> = {};
  for (const lang of LANGS) {
    const value = fromImport(lang) ? theirs?.[lang] : own?.[lang];
    if (value !== undefined) result[lang] = value;
  }
  return Object.keys(result).length === 0 ? undefined : result;
}

/**
 * The entry an import makes of an existing one: the languages the import has replace those of the entry, its others
 * stay; within them, and for the entry's facets, links, source and date, a column the import's file does not have
 * keeps the entry's value (a CMS export without alternates does not erase the editors' alternates).
 */
export function overlay(own: EntryDocument, theirs: EntryDocument, given: ReadonlySet<string>, langs: readonly Lang[]): EntryDocument {
  const imported = (field: string) => (lang: Lang) => langs.includes(lang) && given.has(field);
  const facetNames = [...new Set([...Object.keys(own.facets ?? {}), ...Object.keys(theirs.facets ?? {})])];
  const facets = Object.fromEntries(
    facetNames.flatMap((name) => {
      const value = given.has(`facets.${name}`) ? theirs.facets?.[name] : own.facets?.[name];
      return value === undefined ? [] : [[name, value] as const];
    }),
  );
  const links = given.has('links')
    ? (theirs.links ?? []).map((link) => {
        const label = pick(own.links?.find((known) => known.url === link.url)?.label, link.label, (lang) => langs.includes(lang));
        return label === undefined ? { url: link.url } : { label, url: link.url };
      })
    : own.links;
  const entryLevel = (field: 'source' | 'updated') => (given.has(field) ? theirs[field] : own[field]);
  const document: EntryDocument = { id: own.id, answer: pick(own.answer, theirs.answer, (lang) => langs.includes(lang)) ?? {} };
  const question = pick(own.question, theirs.question, imported('question'));
  const alternates = pick(own.alternates, theirs.alternates, imported('alternates'));
  const [source, updated] = [entryLevel('source'), entryLevel('updated')];
  return {
    ...document,
    ...(Object.keys(facets).length === 0 ? {} : { facets }),
    ...(question === undefined ? {} : { question }),
    ...(alternates === undefined ? {} : { alternates }),
    ...(links === undefined || links.length === 0 ? {} : { links }),
    ...(source === undefined ? {} : { source }),
    ...(updated === undefined ? {} : { updated }),
  };
}

/** JSON with sorted keys: two documents are the same entry when these are equal. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${stable((value as Record<string, unknown>)[key])}`).join(',')}}`;
}

/**
 * Merges imported entries into a base's entries by id (ids are kept): new ids are added, known ones updated as
 * `overlay` says, and every other entry is kept. An update the validation refuses leaves the entry as it was and
 * rejects the rows it came from.
 */
export function mergeEntries(
  existing: readonly Entry[],
  imported: readonly ImportedEntry[],
  facets: readonly FacetDefinition[],
): { entries: MergedEntry[]; report: MergeReport; rejected: RejectedRow[] } {
  const incoming = new Map(imported.map((item) => [item.entry.id, item]));
  const entries: MergedEntry[] = [];
  const rejected: RejectedRow[] = [];
  for (const entry of existing) {
    const item = incoming.get(entry.id);
    if (item === undefined) {
      entries.push({ entry, status: 'kept' });
      continue;
    }
    const given = new Set(item.rows.flatMap((row) => [...row.given]));
    const value = overlay(entryDocument(entry), entryDocument(item.entry), given, item.entry.langs);
    const problems: KnowledgeProblem[] = [];
    const merged = validateEntry({ value, locator: item.document.locator }, facets, problems);
    rejected.push(...problems.map((problem) => ({ at: problem.at, reason: `${problem.field ?? ''}: ${problem.message} (entry kept as it was)` })));
    const same = merged !== undefined && stable(entryDocument(merged)) === stable(entryDocument(entry));
    entries.push(merged === undefined || same ? { entry, status: merged === undefined ? 'kept' : 'unchanged' } : { entry: merged, status: 'changed' });
  }
  const known = new Set(existing.map((entry) => entry.id));
  for (const item of imported) if (!known.has(item.entry.id)) entries.push({ entry: item.entry, status: 'added' });
  const ids = (status: MergedEntry['status']) => entries.filter((item) => item.status === status).map((item) => item.entry.id);
  return { entries, report: { added: ids('added'), changed: ids('changed'), unchanged: ids('unchanged'), kept: ids('kept') }, rejected };
}
