import { countFor, entriesFor, loadKnowledgeBase, type Entry, type FacetSelection, type KnowledgeBase } from '../../../knowledge';
import { EntrySet } from '../../../knowledge/narrow/entry-set';
import { SMALL_KB } from '../fixtures';

const small = loadKnowledgeBase(SMALL_KB);

/** The definition, entry by entry: what the precomputed sets must reproduce. */
function scanned(kb: KnowledgeBase, selection: FacetSelection): string[] {
  const applicable = kb.facets.filter((facet) => Object.entries(facet.when).every(([name, value]) => selection[name] === value));
  return kb.entries
    .filter((entry) =>
      applicable.every((facet) => {
        const chosen = selection[facet.name];
        const values = entry.facets[facet.name];
        return chosen === undefined || values === undefined || values.includes(chosen);
      }),
    )
    .map((entry) => entry.id);
}

/** The small base's entries repeated with shuffled facet values: 1,000 entries, some facets left open. */
function largerBase(): KnowledgeBase {
  let seed = 7;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const entries: Entry[] = Array.from({ length: 1_000 }, (_, index) => {
    const facets: Entry['facets'] = {};
    for (const facet of small.facets) {
      if (random() < 0.3) continue;
      facets[facet.name] = facet.values.filter(() => random() < 0.4).map((value) => value.id);
    }
    return { ...(small.entries[index % small.entries.length] as Entry), id: `entry-${index}`, facets };
  });
  return { ...small, entries };
}

function everySelection(kb: KnowledgeBase): FacetSelection[] {
  let selections: FacetSelection[] = [{}];
  for (const facet of kb.facets) {
    selections = selections.flatMap((selection) => [selection, ...facet.values.map((value) => ({ ...selection, [facet.name]: value.id }))]);
  }
  return selections;
}

describe('narrowing from per-value entry sets', () => {
  it.each([
    ['the small base', small],
    ['a base of 1,000 entries with open and multi-valued facets', largerBase()],
  ])('gives the entries and counts a scan of every entry gives, for every selection (%s)', (_name, kb) => {
    for (const selection of everySelection(kb)) {
      const expected = scanned(kb, selection);
      expect(entriesFor(kb, selection).map((entry) => entry.id)).toEqual(expected);
      expect(countFor(kb, selection)).toBe(expected.length);
    }
  });

  it('follows a base whose entry list is replaced', () => {
    const kb = { ...small, entries: [...small.entries] };
    expect(countFor(kb, {})).toBe(small.entries.length);
    kb.entries = kb.entries.slice(0, 2);
    expect(countFor(kb, {})).toBe(2);
  });
});

describe('EntrySet', () => {
  it('counts, intersects and lists positions across word boundaries', () => {
    const a = EntrySet.empty(100);
    const b = EntrySet.empty(100);
    for (const position of [0, 31, 32, 63, 64, 99]) a.add(position);
    for (const position of [31, 32, 50, 99]) b.add(position);
    expect(a.count()).toBe(6);
    expect(a.and(b).positions()).toEqual([31, 32, 99]);
    expect(a.countAnd(b)).toBe(3);
    expect(a.or(b).count()).toBe(7);
    expect(a.equals(a.and(a))).toBe(true);
    expect(a.equals(b)).toBe(false);
    expect(EntrySet.full(70).count()).toBe(70);
  });
});
