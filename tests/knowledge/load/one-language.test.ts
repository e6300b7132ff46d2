import { join } from 'node:path';
import {
  DEFAULT_THRESHOLDS,
  derivedTitleCount,
  knowledgeWarnings,
  loadKnowledgeBase,
  validateKnowledge,
  type KnowledgeProblem,
  type SourceDocument,
} from '../../../knowledge';
import { FIXTURES, SMALL_KB } from '../fixtures';

const kb = loadKnowledgeBase(join(FIXTURES, 'kb-one-language'));
const entry = (id: string) => kb.entries.find((candidate) => candidate.id === id);

describe('entries in one language, without a question, source or date', () => {
  it('reads an answer-only French entry: its language, a title derived from its answer, nothing made up', () => {
    expect(entry('ror-open-data')).toEqual({
      id: 'ror-open-data',
      langs: ['fr'],
      facets: { offer: ['directories'] },
      question: {},
      title: { fr: 'Les données publiques du ROR sont ouvertes depuis 2022' },
      alternates: { fr: [], en: [] },
      answer: { fr: expect.stringMatching(/^Les données publiques du ROR/) },
      links: [],
      origin: { file: expect.stringMatching(/entries\/01-ror-open-data\.yaml$/) },
    });
  });

  it('reads an English-only entry with its question as title and a bare link', () => {
    expect(entry('label-renewal')).toMatchObject({
      langs: ['en'],
      title: { en: 'How do I renew the software label?' },
      links: [{ label: {}, url: 'https://example.org/labels' }],
      source: 'https://example.org/faq',
    });
    expect(entry('label-renewal')).not.toHaveProperty('updated');
  });

  it('reads twins as one entry, a title per language (derived where the question is missing), a CMS number as id', () => {
    expect(entry('48213')).toMatchObject({
      langs: ['fr', 'en'],
      question: { fr: 'Quel financement pour les hôpitaux ?' },
      title: { fr: 'Quel financement pour les hôpitaux ?', en: 'The Ségur hospital corridor funds software upgrades' },
      links: [{ label: { fr: "Le Ségur à l'hôpital" }, url: 'https://example.org/segur' }],
      updated: '2025-03-12',
    });
  });

  it('takes its thresholds from the folder’s calibration.yaml, the defaults filling in', () => {
    expect(kb.calibration.thresholds).toEqual({ ...DEFAULT_THRESHOLDS, answerScore: 0.25 });
    expect(kb.calibration.from?.file).toMatch(/kb-one-language\/calibration\.yaml$/);
  });

  it('counts the derived titles and warns about missing questions and alternates, per language', () => {
    expect(derivedTitleCount(kb)).toBe(2);
    expect(knowledgeWarnings(kb).map((warning) => `${warning.entryId}: ${warning.message}`)).toEqual([
      'ror-open-data: no question (title derived from the answer) in fr; no alternates in fr',
      'label-renewal: no alternates in en',
      '48213: no question (title derived from the answer) in en; no alternates in en',
    ]);
  });
});

describe('validateKnowledge on documents that come from elsewhere than YAML files', () => {
  const small = loadKnowledgeBase(SMALL_KB);
  const facets = { value: Object.fromEntries(small.facets.map(({ name, prompt, values, when }) => [name, { prompt, values, when }])), locator: { locate: () => ({ file: 'facets.yaml' }) } };

  /** An entry made of one table row: each field has its column. */
  function row(value: unknown, rowNumber: number): SourceDocument {
    const columns: Record<string, string> = { id: 'ID', answer: 'Réponse', updated: 'Mise à jour', facets: 'Thématique' };
    return { value, locator: { locate: (field) => ({ file: 'faq.csv', row: rowNumber, column: columns[field?.split('.')[0] ?? ''] }) } };
  }

  it('locates every problem by the source’s own locator: file, row and column', () => {
    const problems: KnowledgeProblem[] = [];
    const base = validateKnowledge({
      dir: 'import',
      facets,
      entries: [row({ id: 'a', answer: { fr: 'Réponse.' }, updated: '31/02/2025' }, 2), row({ id: 'b', answer: { en: 'Fine.' }, facets: { theme: 'weather' } }, 3), row({ id: 'c', answer: { fr: 'Bien.' } }, 4)],
    }, problems);
    expect(problems.map(({ at, field }) => ({ at, field }))).toEqual([
      { at: { file: 'faq.csv', row: 2, column: 'Mise à jour' }, field: 'updated' },
      { at: { file: 'faq.csv', row: 3, column: 'Thématique' }, field: 'facets.theme' },
    ]);
    expect(base.entries.map((valid) => valid.id)).toEqual(['c']);
  });
});
