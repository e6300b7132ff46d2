import { loadKnowledgeBase } from '../../../knowledge';
import { mergeEntries } from '../../../knowledge/import/merge';
import { SMALL_KB } from '../fixtures';
import { importOf, table } from './helpers';

const kb = loadKnowledgeBase(SMALL_KB);
const original = (id: string) => kb.entries.find((entry) => entry.id === id);

function merge(...rows: string[][]) {
  const [headers, ...cells] = rows;
  const result = importOf([table('update.csv', headers as string[], ...cells)], kb.facets);
  expect(result.rejected).toEqual([]);
  return mergeEntries(kb.entries, result.entries, result.facets);
}

describe('merging an import into a base', () => {
  it('adds new ids, updates known ones, says which did not change, and keeps every entry the import does not have', () => {
    const same = original('ror-data-access');
    const merged = merge(
      ['id', 'lang', 'question', 'answer', 'alternates', 'offer', 'theme', 'source', 'updated'],
      ['ror-data-access', 'fr', same?.question.fr ?? '', same?.answer.fr ?? '', same?.alternates.fr.join('\n') ?? '', 'directories', 'data-access', 'https://example.org/faq', '01/03/2024'],
      ['label-application', 'fr', '', 'Envoyez le dossier complet avant le 30 juin.', '', 'labels', 'application', '', ''],
      ['new-entry', 'en', '', 'A brand new answer.', '', '', '', '', ''],
    );
    expect(merged.report).toEqual({
      added: ['new-entry'],
      changed: ['label-application'],
      unchanged: ['ror-data-access'],
      kept: ['segur-hospital-funding', 'segur-pharmacy-funding', 'any-offer-contact'],
    });
    expect(merged.entries.map((item) => item.entry.id)).toEqual([...kb.entries.map((entry) => entry.id), 'new-entry']);
  });

  it('replaces the languages the import has and keeps the others, and the values of columns the file does not have', () => {
    const merged = merge(['id', 'lang', 'answer'], ['ror-data-access', 'fr', 'Nouvelle réponse sur le ROR.']);
    const entry = merged.entries.find((item) => item.entry.id === 'ror-data-access')?.entry;
    const before = original('ror-data-access');
    expect(entry?.answer).toEqual({ fr: 'Nouvelle réponse sur le ROR.', en: before?.answer.en });
    // No question, alternates, facets, source or date column: the entry keeps its own.
    expect(entry).toEqual(expect.objectContaining({ question: before?.question, alternates: before?.alternates, facets: before?.facets, source: before?.source, updated: before?.updated }));
    expect(merged.report.changed).toEqual(['ror-data-access']);
  });

  it('empties what the file’s columns leave empty, in the languages it has', () => {
    const merged = merge(['id', 'lang', 'answer', 'alternates', 'updated'], ['ror-data-access', 'en', 'Public data is open data.', '', '']);
    const entry = merged.entries.find((item) => item.entry.id === 'ror-data-access')?.entry;
    expect(entry?.alternates.en).toEqual([]);
    expect(entry?.alternates.fr).toEqual(original('ror-data-access')?.alternates.fr);
    expect(entry).not.toHaveProperty('updated');
  });
});
