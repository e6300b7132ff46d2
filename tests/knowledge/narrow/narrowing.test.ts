import { applicableFacets, checkSelection, entriesFor, loadKnowledgeBase, nextFacetQuestion, QueryError } from '../../../knowledge';
import { SMALL_KB } from '../fixtures';

const kb = loadKnowledgeBase(SMALL_KB);
const ids = (entries: readonly { id: string }[]): string[] => entries.map((entry) => entry.id);

describe('entriesFor', () => {
  it('keeps entries with the chosen value, or with no value for that facet', () => {
    expect(ids(entriesFor(kb, { offer: 'labels' }))).toEqual(['label-application', 'any-offer-contact']);
    expect(ids(entriesFor(kb, {}))).toHaveLength(5);
    expect(ids(entriesFor(kb, { offer: 'segur', corridor: 'pharmacy' }))).toEqual(['segur-pharmacy-funding', 'any-offer-contact']);
  });

  it('ignores a chosen facet whose condition does not hold', () => {
    expect(ids(entriesFor(kb, { corridor: 'pharmacy' }))).toHaveLength(5);
  });
});

describe('applicableFacets', () => {
  it('asks the corridor only for the Ségur offer', () => {
    expect(applicableFacets(kb, {}).map((facet) => facet.name)).toEqual(['offer', 'theme']);
    expect(applicableFacets(kb, { offer: 'segur' }).map((facet) => facet.name)).toEqual(['offer', 'corridor', 'theme']);
    expect(applicableFacets(kb, { offer: 'labels' }).map((facet) => facet.name)).toEqual(['offer', 'theme']);
  });
});

describe('nextFacetQuestion', () => {
  it('starts with the first facet, counting entries per value', () => {
    const question = nextFacetQuestion(kb, {}, []);
    expect(question?.facet.name).toBe('offer');
    expect(question?.remaining).toBe(5);
    expect(question?.choices.map((choice) => [choice.value.id, choice.count])).toEqual([
      ['segur', 3],
      ['labels', 2],
      ['directories', 2],
    ]);
  });

  it('goes on with the facets that apply, in order', () => {
    expect(nextFacetQuestion(kb, { offer: 'segur' }, ['offer'])?.facet.name).toBe('corridor');
    const theme = nextFacetQuestion(kb, { offer: 'segur' }, ['offer', 'corridor']);
    expect(theme?.facet.name).toBe('theme');
    expect(theme?.choices.map((choice) => [choice.value.id, choice.count])).toEqual([
      ['funding', 3],
      ['application', 1],
      ['data-access', 1],
    ]);
  });

  it('returns undefined when no facet splits what remains', () => {
    // Within labels, every theme value leads to the contact entry; only "application" adds the label entry.
    const question = nextFacetQuestion(kb, { offer: 'labels' }, ['offer']);
    expect(question?.facet.name).toBe('theme');
    expect(question?.choices.map((choice) => [choice.value.id, choice.count])).toEqual([
      ['funding', 1],
      ['application', 2],
      ['data-access', 1],
    ]);
    expect(nextFacetQuestion(kb, { offer: 'labels', theme: 'application' }, ['offer', 'theme'])).toBeUndefined();
    // Only the facet-less contact entry is left: every corridor leads to it, nothing splits.
    expect(nextFacetQuestion(kb, { offer: 'segur', theme: 'application' }, ['offer', 'theme'])).toBeUndefined();
    const afterCorridor = nextFacetQuestion(kb, { offer: 'segur', corridor: 'hospital' }, ['offer', 'corridor']);
    expect(afterCorridor?.choices.map((choice) => [choice.value.id, choice.count])).toEqual([
      ['funding', 2],
      ['application', 1],
      ['data-access', 1],
    ]);
  });

  it('omits the values leading to no entry', () => {
    const twoEntries = { ...kb, entries: kb.entries.filter((entry) => ['label-application', 'ror-data-access'].includes(entry.id)) };
    const question = nextFacetQuestion(twoEntries, {}, []);
    expect(question?.choices.map((choice) => [choice.value.id, choice.count])).toEqual([
      ['labels', 1],
      ['directories', 1],
    ]);
  });

  it('does not ask again what was asked and skipped', () => {
    expect(nextFacetQuestion(kb, {}, ['offer'])?.facet.name).toBe('theme');
    expect(nextFacetQuestion(kb, {}, ['offer', 'theme'])).toBeUndefined();
  });
});

describe('checkSelection', () => {
  it('accepts known facets and values', () => {
    expect(checkSelection(kb, { offer: 'segur', corridor: 'hospital' })).toEqual({ offer: 'segur', corridor: 'hospital' });
  });

  it('names the unknown facet or value', () => {
    expect(() => checkSelection(kb, { couloir: 'hospital' })).toThrow(QueryError);
    expect(() => checkSelection(kb, { couloir: 'hospital' })).toThrow(/facets\.couloir: unknown facet "couloir"/);
    expect(() => checkSelection(kb, { offer: 'nope' })).toThrow(/facets\.offer: unknown value "nope"/);
  });
});
