import type { Entry, FacetName, KnowledgeBase } from '../types';
import { EntrySet } from './entry-set';

/**
 * Per facet value, the entries a choice of it keeps (those holding the value and those with no value for the facet,
 * which apply whatever is picked there), computed once per base: narrowing and menu counts intersect these sets
 * instead of reading every entry.
 */
export class FacetIndex {
  readonly all: EntrySet;
  private readonly accepting = new Map<FacetName, Map<string, EntrySet>>();
  /** Per facet, the entries with no value for it. */
  private readonly open = new Map<FacetName, EntrySet>();

  constructor(readonly entries: readonly Entry[]) {
    this.all = EntrySet.full(entries.length);
    entries.forEach((entry, position) => {
      for (const [name, values] of Object.entries(entry.facets)) {
        if (values === undefined) continue;
        for (const value of values) this.setOf(name, value).add(position);
      }
    });
    for (const [name, byValue] of this.accepting) {
      const withoutValue = this.openTo(name);
      this.open.set(name, withoutValue);
      for (const [value, holders] of byValue) byValue.set(value, holders.or(withoutValue));
    }
  }

  /** The entries that a choice of `value` for facet `name` keeps. */
  accepts(name: FacetName, value: string): EntrySet {
    return this.accepting.get(name)?.get(value) ?? this.open.get(name) ?? this.all;
  }

  private setOf(name: FacetName, value: string): EntrySet {
    let byValue = this.accepting.get(name);
    if (byValue === undefined) this.accepting.set(name, (byValue = new Map()));
    let set = byValue.get(value);
    if (set === undefined) byValue.set(value, (set = EntrySet.empty(this.entries.length)));
    return set;
  }

  private openTo(name: FacetName): EntrySet {
    const set = EntrySet.empty(this.entries.length);
    this.entries.forEach((entry, position) => {
      if (entry.facets[name] === undefined) set.add(position);
    });
    return set;
  }
}

const indexes = new WeakMap<readonly Entry[], FacetIndex>();

/**
 * The base's facet index, built on first use and kept as long as the base's entry list: a base whose entries are
 * replaced (a new list) gets a new index; one whose list grew or shrank in place is indexed again.
 */
export function facetIndexOf(kb: KnowledgeBase): FacetIndex {
  let index = indexes.get(kb.entries);
  if (index === undefined || index.all.size !== kb.entries.length) {
    index = new FacetIndex(kb.entries);
    indexes.set(kb.entries, index);
  }
  return index;
}
