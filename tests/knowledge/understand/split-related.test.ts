import { bestSplittingQuestion, loadKnowledgeBase, RelatedEntries, type Entry } from '../../../knowledge';

const kb = loadKnowledgeBase();
const entry = (id: string): Entry => {
  const found = kb.entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe('the facet question that best splits a broad question’s candidates', () => {
  it('asks the facet whose values tell the most candidates apart (here each its own), with the cascade’s counts', () => {
    const candidates = ['mos-definition', 'mos-nos-why-use', 'ror-data-access', 'label-communication'].map(entry);
    const question = bestSplittingQuestion(kb, {}, candidates);
    expect(question?.facet.name).toBe('theme');
    expect(question?.choices.map((choice) => [choice.value.id, choice.count])).toEqual([
      ['definitions', 2],
      ['usage', 2],
      ['communication', 1],
      ['data-access', 1],
    ]);
  });

  it('asks on top of what was inferred, never a facet already chosen', () => {
    const candidates = ['mos-definition', 'mos-nos-why-use', 'mos-nos-base-vocabulary'].map(entry);
    const question = bestSplittingQuestion(kb, { offer: 'referentials' }, candidates);
    expect(question?.facet.name).toBe('theme');
    expect(question?.choices.map((choice) => choice.value.id)).toEqual(['definitions', 'usage']);
    expect(question?.remaining).toBe(3);
  });

  it('asks nothing when no facet tells the candidates apart', () => {
    expect(bestSplittingQuestion(kb, {}, [entry('ror-data-access')])).toBeUndefined();
  });
});

describe('entries on the same subject ("see also")', () => {
  const related = new RelatedEntries(kb);

  it.each([
    ['ror-data-access', ['platines-ror-tests']],
    ['label-msc-application', ['label-communication']],
    ['mos-definition', ['mos-nos-why-use', 'mos-nos-base-vocabulary', 'segur-base-vs-option-product']],
    ['mos-nos-why-use', ['mos-nos-base-vocabulary', 'mos-definition']],
    ['segur-funding-resources', ['segur-base-vs-option-product']],
  ])('%s → %j', (id, expected) => {
    expect(related.of(entry(id), 3).map((found) => found.id)).toEqual(expected);
  });
});
