import type { Entry, FacetDefinition, FacetName, Link, Localized } from '../types';
import {
  checkKnownKeys,
  describe,
  httpUrl,
  isoDate,
  isRecord,
  localized,
  localizedText,
  nonEmptyText,
  textList,
  type Reporter,
} from './checks';

const ENTRY_FIELDS = ['id', 'facets', 'question', 'alternates', 'answer', 'links', 'source', 'updated'] as const;
const LINK_FIELDS = ['label', 'url'] as const;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function parseId(report: Reporter, raw: unknown): string | undefined {
  const id = nonEmptyText(report, raw, 'id');
  if (id === undefined) return undefined;
  if (!ID_PATTERN.test(id)) report.fail('id', `"${id}" is not kebab-case (a-z, 0-9, single hyphens)`);
  report.entryId = id;
  return id;
}

function parseFacetValues(report: Reporter, facet: FacetDefinition, raw: unknown): string[] | undefined {
  const field = `facets.${facet.name}`;
  const values = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(values) || values.length === 0) {
    report.fail(field, `must be a value id or a non-empty list of them, found ${describe(raw)}`);
    return undefined;
  }
  const known = facet.values.map((value) => value.id);
  const unknown = values.filter((value) => typeof value !== 'string' || !known.includes(value));
  for (const value of unknown) {
    report.fail(field, `unknown value ${JSON.stringify(value)} for facet "${facet.name}" (known: ${known.join(', ')})`);
  }
  return unknown.length === 0 ? [...new Set(values as string[])] : undefined;
}

/** An entry may not set a facet that its own values make inapplicable (a corridor on a non-Ségur entry). */
function checkConditions(report: Reporter, facets: readonly FacetDefinition[], chosen: Entry['facets']): void {
  for (const facet of facets) {
    if (chosen[facet.name] === undefined) continue;
    for (const [name, value] of Object.entries(facet.when)) {
      const own = chosen[name as FacetName];
      if (own !== undefined && !own.includes(value)) {
        report.fail(`facets.${facet.name}`, `facet "${facet.name}" only applies when ${name} is "${value}"`);
      }
    }
  }
}

function parseEntryFacets(report: Reporter, facets: readonly FacetDefinition[], raw: unknown): Entry['facets'] {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    report.fail('facets', `must be a map facet: value(s), found ${describe(raw)}`);
    return {};
  }
  const chosen: Entry['facets'] = {};
  for (const [name, values] of Object.entries(raw)) {
    const facet = facets.find((candidate) => candidate.name === name);
    if (facet === undefined) {
      report.fail(`facets.${name}`, `unknown facet "${name}" (known: ${facets.map((known) => known.name).join(', ')})`);
      continue;
    }
    const parsed = parseFacetValues(report, facet, values);
    if (parsed !== undefined) chosen[facet.name] = parsed;
  }
  checkConditions(report, facets, chosen);
  return chosen;
}

function parseAlternates(report: Reporter, raw: unknown): Localized<string[]> | undefined {
  if (raw === undefined) return { fr: [], en: [] };
  return localized(report, raw, 'alternates', (item, field) => textList(report, item, field));
}

function parseLinks(report: Reporter, raw: unknown): Link[] | undefined {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    report.fail('links', `must be a list of { label, url }, found ${describe(raw)}`);
    return undefined;
  }
  const links = raw.map((item: unknown, index): Link | undefined => {
    const field = `links.${index}`;
    if (!isRecord(item)) {
      report.fail(field, `must be a map { label, url }, found ${describe(item)}`);
      return undefined;
    }
    checkKnownKeys(report, item, LINK_FIELDS, `${field}.`);
    const label = localizedText(report, item.label, `${field}.label`);
    const url = httpUrl(report, item.url, `${field}.url`);
    return label === undefined || url === undefined ? undefined : { label, url };
  });
  return links.every((link): link is Link => link !== undefined) ? links : undefined;
}

/** Validates one entry file's content; every problem goes to `report`, and undefined comes back if any. */
export function parseEntry(
  report: Reporter,
  facets: readonly FacetDefinition[],
  raw: unknown,
  file: string,
): Entry | undefined {
  if (!isRecord(raw)) {
    report.fail(undefined, `must be a map with the fields ${ENTRY_FIELDS.join(', ')}, found ${describe(raw)}`);
    return undefined;
  }
  const id = parseId(report, raw.id);
  checkKnownKeys(report, raw, ENTRY_FIELDS);
  const entry = {
    id,
    facets: parseEntryFacets(report, facets, raw.facets),
    question: localizedText(report, raw.question, 'question'),
    alternates: parseAlternates(report, raw.alternates),
    answer: localizedText(report, raw.answer, 'answer'),
    links: parseLinks(report, raw.links),
    source: httpUrl(report, raw.source, 'source'),
    updated: isoDate(report, raw.updated, 'updated'),
    file,
  };
  const complete = Object.values(entry).every((value) => value !== undefined);
  return complete ? (entry as Entry) : undefined;
}
