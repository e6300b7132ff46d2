import type { EntryFacets, FacetDefinition } from '../types';
import { describe, isRecord, type Reporter } from './checks';

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
function checkConditions(report: Reporter, facets: readonly FacetDefinition[], chosen: EntryFacets): void {
  for (const facet of facets) {
    if (chosen[facet.name] === undefined) continue;
    for (const [name, value] of Object.entries(facet.when)) {
      const own = chosen[name];
      if (own !== undefined && value !== undefined && !own.includes(value)) {
        report.fail(`facets.${facet.name}`, `facet "${facet.name}" only applies when ${name} is "${value}"`);
      }
    }
  }
}

/** An entry's `facets`: facet name → a value id or a list of them, every name and id from the facets file. */
export function parseEntryFacets(report: Reporter, facets: readonly FacetDefinition[], raw: unknown): EntryFacets | undefined {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    report.fail('facets', `must be a map facet: value(s), found ${describe(raw)}`);
    return undefined;
  }
  const chosen: EntryFacets = {};
  let complete = true;
  for (const [name, values] of Object.entries(raw)) {
    const facet = facets.find((candidate) => candidate.name === name);
    if (facet === undefined) {
      report.fail(`facets.${name}`, `unknown facet "${name}" (known: ${facets.map((known) => known.name).join(', ')})`);
      complete = false;
      continue;
    }
    const parsed = parseFacetValues(report, facet, values);
    if (parsed === undefined) complete = false;
    else chosen[facet.name] = parsed;
  }
  checkConditions(report, facets, chosen);
  return complete ? chosen : undefined;
}
