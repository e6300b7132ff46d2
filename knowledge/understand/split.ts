import { applicableFacets, countFor, type FacetQuestion } from '../narrow/narrowing';
import type { Entry, FacetDefinition, FacetSelection, KnowledgeBase } from '../types';

/** How a facet splits the candidates: how many distinct groups its values make, and the largest group. */
interface Split {
  facet: FacetDefinition;
  groups: number;
  largest: number;
}

function accepts(entry: Entry, facet: FacetDefinition, value: string): boolean {
  const values = entry.facets[facet.name];
  return values === undefined || values.includes(value);
}

function splitOf(facet: FacetDefinition, candidates: readonly Entry[]): Split {
  const groups = new Set<string>();
  let largest = 0;
  for (const value of facet.values) {
    const group = candidates.filter((entry) => accepts(entry, facet, value.id));
    if (group.length === 0) continue;
    groups.add(group.map((entry) => entry.id).join('\n'));
    largest = Math.max(largest, group.length);
  }
  return { facet, groups: groups.size, largest };
}

const better = (a: Split, b: Split): boolean => a.groups > b.groups || (a.groups === b.groups && a.largest < b.largest);

/**
 * The one facet question that best tells a broad question's candidates apart, asked on top of `selection` (what was
 * chosen or inferred already): the applicable facet not yet chosen whose values make the most distinct groups of
 * candidates (then the smallest largest group; then the facets file's order). Its choices are the values that keep at
 * least one candidate, each with the number of entries it leads to, as in the cascade. Undefined when no facet splits.
 */
export function bestSplittingQuestion(
  kb: KnowledgeBase,
  selection: FacetSelection,
  candidates: readonly Entry[],
): FacetQuestion | undefined {
  let best: Split | undefined;
  for (const facet of applicableFacets(kb, selection)) {
    if (selection[facet.name] !== undefined) continue;
    const split = splitOf(facet, candidates);
    if (split.groups > 1 && (best === undefined || better(split, best))) best = split;
  }
  if (best === undefined) return undefined;
  const facet = best.facet;
  const choices = facet.values
    .filter((value) => candidates.some((entry) => accepts(entry, facet, value.id)))
    .map((value) => ({ value, count: countFor(kb, { ...selection, [facet.name]: value.id }) }))
    .filter((choice) => choice.count > 0);
  return { facet, choices, remaining: countFor(kb, selection) };
}
