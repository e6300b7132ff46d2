import type { FacetDefinition, FacetSelection, FacetValue } from '../types';
import { checkKnownKeys, describe, isRecord, localizedText, nonEmptyText, textList, type Reporter } from './checks';
import { ID_PATTERN } from './parse-entry';

const FACET_FIELDS = ['prompt', 'when', 'values', 'columns'] as const;
const VALUE_FIELDS = ['id', 'label', 'aliases'] as const;
/** Facet names are the keys of entries' `facets` maps: identifiers, not prose. */
const FACET_NAME = /^[a-z][a-z0-9_-]*$/i;

function parseValues(report: Reporter, raw: unknown, field: string): FacetValue[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) {
    report.fail(field, `must be a non-empty list of { id, label }, found ${describe(raw)}`);
    return undefined;
  }
  const values: FacetValue[] = [];
  raw.forEach((item: unknown, index) => {
    const itemField = `${field}.${index}`;
    if (!isRecord(item)) return report.fail(itemField, `must be a map { id, label }, found ${describe(item)}`);
    checkKnownKeys(report, item, VALUE_FIELDS, `${itemField}.`);
    const id = nonEmptyText(report, item.id, `${itemField}.id`);
    if (id !== undefined && !ID_PATTERN.test(id)) report.fail(`${itemField}.id`, `"${id}" is not kebab-case (a-z, 0-9, single hyphens)`);
    const label = localizedText(report, item.label, `${itemField}.label`);
    const aliases = item.aliases === undefined ? [] : textList(report, item.aliases, `${itemField}.aliases`);
    if (id !== undefined && values.some((value) => value.id === id)) report.fail(`${itemField}.id`, `duplicate value "${id}"`);
    else if (id !== undefined && label !== undefined && aliases !== undefined) values.push({ id, label, aliases });
  });
  return values;
}

function parseWhen(report: Reporter, raw: unknown, field: string): FacetSelection {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    report.fail(field, `must be a map facet: value, found ${describe(raw)}`);
    return {};
  }
  const when: FacetSelection = {};
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== 'string') report.fail(`${field}.${name}`, `must be a value id, found ${describe(value)}`);
    else when[name] = value;
  }
  return when;
}

/** `when` may only name facets and values defined in the same file. */
function checkConditions(report: Reporter, facets: readonly FacetDefinition[]): void {
  for (const facet of facets) {
    for (const [name, value] of Object.entries(facet.when)) {
      const target = facets.find((candidate) => candidate.name === name);
      const field = `${facet.name}.when.${name}`;
      if (target === undefined) report.fail(field, `facet "${name}" is not defined in this file`);
      else if (!target.values.some((known) => known.id === value)) {
        report.fail(field, `unknown value "${value}" for facet "${name}"`);
      }
    }
  }
}

/**
 * The facets file: a map facet name → { prompt, when?, values, columns? }, in the order the questions are asked. The
 * file decides which facets exist; `columns` are other header names of the facet in imported tables.
 */
export function parseFacets(report: Reporter, raw: unknown): FacetDefinition[] {
  if (!isRecord(raw)) {
    report.fail(undefined, `must be a map of facets (name: { prompt, values }), found ${describe(raw)}`);
    return [];
  }
  const facets: FacetDefinition[] = [];
  for (const [name, body] of Object.entries(raw)) {
    if (!FACET_NAME.test(name)) {
      report.fail(name, `bad facet name "${name}" (a letter, then letters, digits, - or _)`);
      continue;
    }
    if (!isRecord(body)) {
      report.fail(name, `must be a map { prompt, when?, values }, found ${describe(body)}`);
      continue;
    }
    checkKnownKeys(report, body, FACET_FIELDS, `${name}.`);
    const prompt = localizedText(report, body.prompt, `${name}.prompt`);
    const values = parseValues(report, body.values, `${name}.values`);
    const when = parseWhen(report, body.when, `${name}.when`);
    const columns = body.columns === undefined ? [] : textList(report, body.columns, `${name}.columns`);
    if (prompt !== undefined && values !== undefined && columns !== undefined) facets.push({ name, prompt, values, when, columns });
  }
  checkConditions(report, facets);
  return facets;
}
