import { join } from 'node:path';
import { DEFAULT_THRESHOLDS, defaultContentDir, findProjectRoot, KnowledgeError, loadKnowledgeBase, type KnowledgeProblem } from '../../../knowledge';
import { badKb, SMALL_KB } from '../fixtures';

function problemsOf(dir: string): KnowledgeProblem[] {
  try {
    loadKnowledgeBase(dir);
  } catch (error) {
    if (error instanceof KnowledgeError) return [...error.problems];
    throw error;
  }
  throw new Error(`${dir} loaded without error`);
}

describe('defaultContentDir', () => {
  it('finds the content from the sources and from the compiled dist/ folder alike', () => {
    const root = join(__dirname, '..', '..', '..');
    expect(findProjectRoot(join(root, 'dist', 'knowledge', 'load'))).toBe(root);
    expect(findProjectRoot(join(root, 'knowledge', 'load'))).toBe(root);
    expect(defaultContentDir()).toBe(join(root, 'knowledge', 'content'));
  });
});

describe('loadKnowledgeBase', () => {
  it('loads the project content by default', () => {
    const kb = loadKnowledgeBase();
    expect(kb.entries.length).toBeGreaterThanOrEqual(9);
    expect(kb.facets.map((facet) => facet.name)).toEqual(['offer', 'corridor', 'device', 'product', 'theme']);
    expect(kb.lexicon.some((group) => group.lang === 'fr' && group.terms.includes('ror'))).toBe(true);
    const ror = kb.entries.find((entry) => entry.id === 'ror-data-access');
    expect(ror?.facets).toEqual({ offer: ['directories'], product: ['ror'], theme: ['data-access'] });
    // No date the source did not give.
    expect(ror?.updated).toBeUndefined();
  });

  it('reads a small folder, turning single facet values into lists and filling optional fields', () => {
    const kb = loadKnowledgeBase(SMALL_KB);
    expect(kb.entries.map((entry) => entry.id)).toEqual([
      'segur-hospital-funding',
      'segur-pharmacy-funding',
      'label-application',
      'ror-data-access',
      'any-offer-contact',
    ]);
    const contact = kb.entries[4];
    expect(contact?.facets).toEqual({});
    expect(contact?.alternates).toEqual({ fr: [], en: [] });
    expect(contact?.links).toEqual([]);
    expect(kb.facets.find((facet) => facet.name === 'corridor')?.when).toEqual({ offer: 'segur' });
  });

  it.each([
    ['duplicate-id', { entryId: 'same', field: 'id', message: expect.stringMatching(/duplicate id/) }],
    ['missing-language', { entryId: 'label-application', field: 'question.en', message: expect.stringMatching(/no answer in "en"/) }],
    ['no-answer', { entryId: 'label-application', field: 'answer', message: expect.stringMatching(/at least one language/) }],
    ['unknown-facet', { entryId: 'label-application', field: 'facets.couloir', message: expect.stringMatching(/unknown facet "couloir"/) }],
    ['unknown-facet-value', { field: 'facets.theme', message: expect.stringMatching(/unknown value "weather"/) }],
    ['empty-answer', { entryId: 'label-application', field: 'answer.fr', message: 'is empty' }],
    ['empty-question', { entryId: 'label-application', field: 'question.en', message: 'is empty' }],
    ['bad-date', { field: 'updated', message: expect.stringMatching(/bad date "2024-02-30"/) }],
    ['unknown-field', { field: 'answers', message: expect.stringMatching(/unknown field "answers"/) }],
    ['id-file-mismatch', { field: 'id', message: expect.stringMatching(/does not match the file name/) }],
  ])('reports %s with the file, the entry and the field', (kind, expected) => {
    const problems = problemsOf(badKb(kind));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ...expected, at: { file: expect.stringMatching(/entries\/0\d-[a-z-]+\.yaml$/) } });
    expect(problems[0]?.at.line).toEqual(expect.any(Number));
  });

  it('reports every bad URL, in links too', () => {
    const fields = problemsOf(badKb('bad-url')).map((problem) => problem.field);
    expect(fields.sort()).toEqual(['links.0.url', 'source']);
  });

  it('gives YAML syntax errors with their line', () => {
    const [first] = problemsOf(badKb('yaml-syntax'));
    expect(first).toMatchObject({ at: { line: 10 }, message: expect.stringMatching(/^YAML syntax error/) });
    expect(first?.at.file).toMatch(/01-label-application\.yaml$/);
  });

  it('collects all the problems of all the files, not only the first', () => {
    const problems = problemsOf(badKb('several-problems'));
    expect(problems.map((problem) => `${problem.entryId} ${problem.field}`)).toEqual([
      'label-application facets.theme',
      'label-application question.en',
      'label-application updated',
      'other-entry question_typo',
    ]);
  });

  it('checks the facets file: a facet name that is no identifier, condition on an unknown value', () => {
    const problems = problemsOf(badKb('bad-facets-file'));
    expect(problems.map((problem) => problem.field).sort()).toEqual(['corridor.when.offer', 'couleur du thème']);
    expect(problems.every((problem) => problem.at.file.endsWith('facets.yaml'))).toBe(true);
  });

  it('checks the calibration file: unknown threshold, bands out of order', () => {
    const problems = problemsOf(badKb('bad-calibration'));
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      expect.stringMatching(/^thresholds\.answerMargn: unknown field/),
      expect.stringMatching(/^thresholds: must keep listScore ≤ suggestScore ≤ answerScore/),
    ]);
    expect(problems[0]?.at).toEqual({ file: expect.stringMatching(/calibration\.yaml$/), line: 4 });
  });

  it('checks the lexicon: unknown language, group of one term', () => {
    const problems = problemsOf(badKb('bad-lexicon'));
    expect(problems.map((problem) => problem.field).sort()).toEqual(['de', 'fr.0']);
  });

  it('names the files in the error message', () => {
    expect(() => loadKnowledgeBase(badKb('bad-date'))).toThrow(/01-label-application\.yaml:12, entry "label-application", field "updated"/);
  });

  it('serves the code’s default thresholds to a folder without calibration.yaml', () => {
    expect(loadKnowledgeBase(SMALL_KB).calibration).toEqual({ thresholds: DEFAULT_THRESHOLDS });
  });

  it('reports a missing folder', () => {
    expect(problemsOf(badKb('no-such-kind')).map((problem) => problem.message)).toEqual(
      expect.arrayContaining(['the entries folder is missing', expect.stringMatching(/cannot read the file/)]),
    );
  });
});
