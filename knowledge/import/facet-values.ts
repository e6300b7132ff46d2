import type { FacetDefinition, FacetName, FacetValue, Lang } from '../types';
import { matchKey, slug } from './keys';

/** A facet value an import created, from a label the facets file did not have. */
export interface NewFacetValue {
  facet: FacetName;
  value: FacetValue;
}

/**
 * Turns facet cells into value ids: a cell holds a value's id (any case: "MOS-NOS" is `mos-nos`), its label in either language or one of its aliases
 * (any case, accents optional). A label the facets file does not know becomes a new value of that facet (its id made from the label,
 * the label given in both languages until an editor translates it), so later rows naming it get the same value.
 */
export class FacetValues {
  private readonly facets: FacetDefinition[];
  private readonly created: NewFacetValue[] = [];

  constructor(facets: readonly FacetDefinition[]) {
    this.facets = facets.map((facet) => ({ ...facet, values: [...facet.values] }));
  }

  /** The value id of `text` in `facet` (created if new). */
  resolve(facetName: FacetName, text: string, lang: Lang): string {
    const facet = this.facets.find((candidate) => candidate.name === facetName) as FacetDefinition;
    const key = matchKey(text);
    const known =
      facet.values.find((value) => value.id === slug(text, Number.POSITIVE_INFINITY)) ??
      facet.values.find((value) => matchKey(value.label[lang]) === key) ??
      facet.values.find((value) => [...Object.values(value.label), ...value.aliases].some((label) => matchKey(label) === key));
    return known?.id ?? this.create(facet, text.trim()).id;
  }

  private create(facet: FacetDefinition, label: string): FacetValue {
    const base = slug(label, 6) || 'value';
    let id = base;
    for (let n = 2; facet.values.some((value) => value.id === id); n += 1) id = `${base}-${n}`;
    const value = { id, label: { fr: label, en: label }, aliases: [] };
    facet.values.push(value);
    this.created.push({ facet: facet.name, value });
    return value;
  }

  /** The facets with the new values that `used` keeps (values only rejected rows named are dropped). */
  definitions(used: (facet: FacetName, id: string) => boolean = () => true): FacetDefinition[] {
    const dropped = new Set(this.created.filter((item) => !used(item.facet, item.value.id)).map((item) => item.value));
    return this.facets.map((facet) => ({ ...facet, values: facet.values.filter((value) => !dropped.has(value)) }));
  }

  /** New values, in the order they were met, among those `used` keeps. */
  newValues(used: (facet: FacetName, id: string) => boolean = () => true): NewFacetValue[] {
    return this.created.filter((item) => used(item.facet, item.value.id));
  }
}
