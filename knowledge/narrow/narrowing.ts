import { QueryError } from '../errors';
import type { EntrySet } from './entry-set';
import { facetIndexOf } from './facet-index';
import type { Entry, FacetDefinition, FacetName, FacetSelection, FacetValue, KnowledgeBase } from '../types';

/** One value the user can pick for a facet, with how many entries it leads to. */
export interface FacetChoice {
  value: FacetValue;
  count: number;
}

/** The next facet worth asking, with its useful values (those leading to at least one entry). */
export interface FacetQuestion {
  facet: FacetDefinition;
  choices: FacetChoice[];
  /** How many entries remain before answering this question (what "any / skip" leads to). */
  remaining: number;
}

function conditionHolds(facet: FacetDefinition, selection: FacetSelection): boolean {
  return Object.entries(facet.when).every(([name, value]) => selection[name] === value);
}

/** Facets whose `when` condition holds for the selection, in the facets file's order. */
export function applicableFacets(kb: KnowledgeBase, selection: FacetSelection): FacetDefinition[] {
  return kb.facets.filter((facet) => conditionHolds(facet, selection));
}

/**
 * The set of entries compatible with the selection (an intersection of precomputed per-value sets, `FacetIndex`). An
 * entry without a value for a facet matches any choice there; a chosen facet whose `when` does not hold (e.g. a
 * corridor without the Ségur offer) does not apply and is ignored.
 */
export function entrySetFor(kb: KnowledgeBase, selection: FacetSelection): EntrySet {
  const index = facetIndexOf(kb);
  let set = index.all;
  for (const facet of applicableFacets(kb, selection)) {
    const value = selection[facet.name];
    if (value !== undefined) set = set.and(index.accepts(facet.name, value));
  }
  return set;
}

/** Entries compatible with the selection, in the base's order (see `entrySetFor`). */
export function entriesFor(kb: KnowledgeBase, selection: FacetSelection): Entry[] {
  const set = entrySetFor(kb, selection);
  if (set === facetIndexOf(kb).all) return [...kb.entries];
  return set.positions().map((position) => kb.entries[position] as Entry);
}

/** How many entries are compatible with the selection, without listing them. */
export function countFor(kb: KnowledgeBase, selection: FacetSelection): number {
  return entrySetFor(kb, selection).count();
}

function choicesFor(kb: KnowledgeBase, selection: FacetSelection, facet: FacetDefinition): FacetChoice[] {
  return facet.values
    .map((value) => ({ value, count: countFor(kb, { ...selection, [facet.name]: value.id }) }))
    .filter((choice) => choice.count > 0);
}

/** A choice must leave out at least this share of the remaining entries for its question to be worth asking. */
const USEFUL_CUT = 0.1;

/**
 * True when at least two values of the facet lead to different, non-empty sets of entries, and one of them leaves out
 * a useful share of what remains: in a base of a hundred answers where most have no device, a "which device?"
 * question that leaves 48 of 50 answers whatever one picks is not asked.
 */
function splits(kb: KnowledgeBase, selection: FacetSelection, facet: FacetDefinition, remaining: number): boolean {
  const subsets: EntrySet[] = [];
  let cuts = false;
  for (const value of facet.values) {
    const subset = entrySetFor(kb, { ...selection, [facet.name]: value.id });
    const size = subset.count();
    if (size > 0 && !subsets.some((known) => known.equals(subset))) subsets.push(subset);
    if (size > 0 && remaining - size >= Math.max(1, USEFUL_CUT * remaining)) cuts = true;
    if (subsets.length > 1 && cuts) return true;
  }
  return false;
}

/**
 * The next facet, in the facets file's order, that applies, is not chosen nor already asked, and still splits the
 * remaining entries usefully (see `splits`); undefined when no facet would narrow anything.
 */
export function nextFacetQuestion(
  kb: KnowledgeBase,
  selection: FacetSelection,
  alreadyAsked: readonly FacetName[],
): FacetQuestion | undefined {
  const remaining = countFor(kb, selection);
  const facet = applicableFacets(kb, selection).find(
    (candidate) =>
      selection[candidate.name] === undefined &&
      !alreadyAsked.includes(candidate.name) &&
      splits(kb, selection, candidate, remaining),
  );
  if (facet === undefined) return undefined;
  return { facet, choices: choicesFor(kb, selection, facet), remaining };
}

/**
 * Checks a selection coming from outside (command line, stored state) against the facets file.
 * @throws QueryError naming the unknown facet or value.
 */
export function checkSelection(kb: KnowledgeBase, selection: Readonly<FacetSelection>): FacetSelection {
  const checked: FacetSelection = {};
  for (const [name, value] of Object.entries(selection)) {
    if (value === undefined) continue;
    const facet = kb.facets.find((candidate) => candidate.name === name);
    if (facet === undefined) {
      throw new QueryError(`facets.${name}`, `unknown facet "${name}" (known: ${kb.facets.map((f) => f.name).join(', ')})`);
    }
    if (!facet.values.some((known) => known.id === value)) {
      throw new QueryError(
        `facets.${name}`,
        `unknown value "${value}" (known: ${facet.values.map((known) => known.id).join(', ')})`,
      );
    }
    checked[facet.name] = value;
  }
  return checked;
}
