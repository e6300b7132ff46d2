import { deriveTitle } from '../entry/title';
import { LANGS, type Entry, type FacetDefinition, type Lang, type Link, type Localized } from '../types';
import { checkKnownKeys, describe, httpUrl, isoDate, isRecord, nonEmptyText, someLanguages, textList, type Reporter } from './checks';
import { parseEntryFacets } from './parse-entry-facets';

export const ENTRY_FIELDS = ['id', 'facets', 'question', 'alternates', 'answer', 'links', 'source', 'updated'] as const;
const LINK_FIELDS = ['label', 'url'] as const;
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function parseId(report: Reporter, raw: unknown): string | undefined {
  // A CMS node number written unquoted (`id: 48213`) is read as a number by YAML: it is still an id.
  const id = nonEmptyText(report, Number.isSafeInteger(raw) && (raw as number) >= 0 ? String(raw) : raw, 'id');
  if (id === undefined) return undefined;
  if (!ID_PATTERN.test(id)) report.fail('id', `"${id}" is not kebab-case (a-z, 0-9, single hyphens)`);
  report.entryId = id;
  return id;
}

/** The answer, in at least one language: its languages are the entry's. */
function parseAnswer(report: Reporter, raw: unknown): Partial<Localized> | undefined {
  if (raw === undefined) {
    report.fail('answer', 'is missing');
    return undefined;
  }
  const answer = someLanguages(report, raw, 'answer', (item, field) => nonEmptyText(report, item, field));
  if (answer !== undefined && Object.keys(answer).length === 0) {
    report.fail('answer', 'needs at least one language (fr, en)');
    return undefined;
  }
  return answer;
}

/** Texts in a language the entry does not answer in would never be shown (and could not be exported). */
function checkLanguages(report: Reporter, value: Partial<Record<Lang, unknown>>, field: string, langs: readonly Lang[]): boolean {
  if (langs.length === 0) return true; // no answer at all: that one problem is reported with the answer
  const stray = LANGS.filter((lang) => value[lang] !== undefined && !langs.includes(lang));
  for (const lang of stray) report.fail(`${field}.${lang}`, `the entry has no answer in "${lang}" (answer in: ${langs.join(', ')})`);
  return stray.length === 0;
}

function parseAlternates(report: Reporter, raw: unknown, langs: readonly Lang[]): Localized<string[]> | undefined {
  if (raw === undefined) return { fr: [], en: [] };
  const alternates = someLanguages(report, raw, 'alternates', (item, field) => textList(report, item, field));
  if (alternates === undefined || !checkLanguages(report, alternates, 'alternates', langs)) return undefined;
  return { fr: alternates.fr ?? [], en: alternates.en ?? [] };
}

function parseLink(report: Reporter, item: unknown, field: string, langs: readonly Lang[]): Link | undefined {
  if (!isRecord(item)) {
    report.fail(field, `must be a map { label?, url }, found ${describe(item)}`);
    return undefined;
  }
  checkKnownKeys(report, item, LINK_FIELDS, `${field}.`);
  const label = item.label === undefined ? {} : someLanguages(report, item.label, `${field}.label`, (text, at) => nonEmptyText(report, text, at));
  const url = httpUrl(report, item.url, `${field}.url`);
  if (label === undefined || url === undefined || !checkLanguages(report, label, `${field}.label`, langs)) return undefined;
  return { label, url };
}

function parseLinks(report: Reporter, raw: unknown, langs: readonly Lang[]): Link[] | undefined {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    report.fail('links', `must be a list of { label?, url }, found ${describe(raw)}`);
    return undefined;
  }
  const links = raw.map((item: unknown, index) => parseLink(report, item, `links.${index}`, langs));
  return links.every((link): link is Link => link !== undefined) ? links : undefined;
}

function parseQuestion(report: Reporter, raw: unknown, langs: readonly Lang[]): Partial<Localized> | undefined {
  if (raw === undefined) return {};
  const question = someLanguages(report, raw, 'question', (item, field) => nonEmptyText(report, item, field));
  return question !== undefined && checkLanguages(report, question, 'question', langs) ? question : undefined;
}

/** The question where there is one, else a title derived from the answer. */
function titles(report: Reporter, question: Partial<Localized>, answer: Partial<Localized>, langs: readonly Lang[]): Partial<Localized> | undefined {
  const title: Partial<Localized> = {};
  for (const lang of langs) {
    title[lang] = question[lang] ?? deriveTitle(answer[lang] as string);
    if (title[lang] === '') report.fail(`answer.${lang}`, 'has no text to derive a title from: give the entry a question');
  }
  return langs.every((lang) => title[lang] !== '') ? title : undefined;
}

/** Validates one entry's content; every problem goes to `report`, and undefined comes back if any. */
export function parseEntry(
  report: Reporter,
  facets: readonly FacetDefinition[],
  raw: unknown,
  origin: Entry['origin'],
): Entry | undefined {
  if (!isRecord(raw)) {
    report.fail(undefined, `must be a map with the fields ${ENTRY_FIELDS.join(', ')}, found ${describe(raw)}`);
    return undefined;
  }
  const id = parseId(report, raw.id);
  checkKnownKeys(report, raw, ENTRY_FIELDS);
  // The languages the answer is given in, read well or not: an empty French answer is one problem, not one per field.
  const langs = LANGS.filter((lang) => isRecord(raw.answer) && raw.answer[lang] !== undefined);
  const entryFacets = parseEntryFacets(report, facets, raw.facets);
  const question = parseQuestion(report, raw.question, langs);
  const alternates = parseAlternates(report, raw.alternates, langs);
  const answer = parseAnswer(report, raw.answer);
  const required = {
    id,
    langs,
    facets: entryFacets,
    question,
    title: question === undefined || answer === undefined ? undefined : titles(report, question, answer, langs),
    alternates,
    answer,
    links: parseLinks(report, raw.links, langs),
    origin,
  };
  const source = optional(raw.source, () => httpUrl(report, raw.source, 'source'));
  const updated = optional(raw.updated, () => isoDate(report, raw.updated, 'updated'));
  const complete = Object.values(required).every((value) => value !== undefined) && source.valid && updated.valid;
  if (!complete) return undefined;
  return { ...(required as Omit<Entry, 'source' | 'updated'>), ...source.field('source'), ...updated.field('updated') };
}

/** An optional field: absent is fine, present must be valid. */
function optional(raw: unknown, read: () => string | undefined) {
  const value = raw === undefined ? undefined : read();
  return {
    valid: raw === undefined || value !== undefined,
    field: <K extends string>(key: K): Partial<Record<K, string>> => (value === undefined ? {} : ({ [key]: value } as Record<K, string>)),
  };
}
