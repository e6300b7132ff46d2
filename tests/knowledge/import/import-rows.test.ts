import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../../knowledge';
import { contentId } from '../../../knowledge/import/assemble';
import { mapColumns } from '../../../knowledge/import/columns';
import { importFiles, importOf, sample, table, writeMessyXlsx } from './helpers';

const facets = loadKnowledgeBase().facets;
const entryOf = (result: Awaited<ReturnType<typeof importFiles>>, id: string) => result.entries.find(({ entry }) => entry.id === id)?.entry;

describe('reading the header row', () => {
  it('knows the French and English headers in any case, with or without accents, and the facets’ own columns', () => {
    const map = mapColumns(['ID', 'LANGUE', 'question', 'Reponse', 'Variantes', "Type d’offre", 'COULOIR', 'dispositif', 'Produit', 'thematique', 'Source', 'Mise_à_jour', 'Liens', 'Auteur'], facets);
    expect(map.columns.map((column) => (column.kind === 'field' ? column.field : column.kind === 'facet' ? `facet ${column.facet}` : column.kind))).toEqual([
      'id', 'lang', 'question', 'answer', 'alternates', 'facet offer', 'facet corridor', 'facet device', 'facet product', 'facet theme', 'source', 'updated', 'links', 'unknown',
    ]);
    expect(map.unknown).toEqual(['Auteur']);
    expect(mapColumns(['answer', 'Réponse'], facets).duplicates).toEqual(['Réponse']);
  });
});

describe('importing rows into entries', () => {
  let result: Awaited<ReturnType<typeof importFiles>>;
  beforeAll(async () => {
    result = await importFiles(['faq-semicolon-bom.csv', 'faq-comma.csv', 'faq.tsv', 'faq.jsonl'].map(sample));
  });

  it('reads every row of every format, and rejects none of these', () => {
    expect(result.rejected).toEqual([]);
    expect(result.rowsRead).toBe(6 + 2 + 2 + 3); // the CSV's empty row is no row
    expect(result.ignoredColumns).toEqual([{ file: expect.stringMatching(/faq-semicolon-bom\.csv$/), header: 'Auteur' }]);
  });

  it('makes one entry of two rows sharing an id in two languages: facets joined, links merged by URL, the latest date', () => {
    expect(entryOf(result, '48213')).toEqual(expect.objectContaining({
      langs: ['fr', 'en'],
      facets: { offer: ['segur'], corridor: ['hospital', 'city-doctor'], product: ['segur-referencing'], theme: ['application'] },
      question: { en: 'How do I get Ségur wave 2 referencing?' },
      title: { fr: 'Le référencement Ségur vague 2 se fait en ligne sur la plateforme Convergence', en: 'How do I get Ségur wave 2 referencing?' },
      links: [
        { label: { fr: 'La plateforme Convergence', en: 'The Convergence platform' }, url: 'https://convergence.esante.gouv.fr' },
        { label: {}, url: 'https://esante.gouv.fr/segur' },
      ],
      source: 'https://industriels.esante.gouv.fr/faq',
      updated: '2025-03-12',
    }));
  });

  it('keeps lists from cells: one per line, or separated by |; multi-line answers as written, without CRLF', () => {
    expect(entryOf(result, 'ror-public-data')?.alternates).toEqual({
      fr: ['Le ROR est-il en open data ?', 'Peut-on télécharger les données du ROR ?'],
      en: ['Is the ROR open data?', 'Can I download ROR data?'],
    });
    expect(entryOf(result, '48213')?.answer.fr).toMatch(/^Le référencement Ségur vague 2 .*\.\n\nIl faut :\n- créer un compte éditeur ;\n/s);
  });

  it('reads languages written any way, and detects the missing ones from the text', () => {
    expect(entryOf(result, '50117')?.langs).toEqual(['fr']); // « Français »
    expect(entryOf(result, '50118')?.langs).toEqual(['fr']); // « FR »
    const unnamed = result.entries.filter(({ idDerived }) => idDerived).map(({ entry }) => [entry.langs, entry.facets.product]);
    expect(unnamed).toEqual([[['fr'], ['pro-sante-connect']], [['en'], ['pro-sante-connect']]]);
    expect(entryOf(result, '50200')?.langs).toEqual(['fr']); // no language in JSON Lines either
    expect(result.languagesDetected).toBe(3);
  });

  it('makes a stable id from the content of a row that has none, which changes only with the content', () => {
    const rows = result.entries.filter(({ idDerived }) => idDerived);
    expect(rows.map(({ entry }) => entry.id)).toEqual([expect.stringMatching(/^pour-se-connecter-avec-pro-[0-9a-f]{6}$/), expect.stringMatching(/^to-sign-in-with-pro-[0-9a-f]{6}$/)]);
    const draft = rows[0]?.rows[0];
    if (draft === undefined) throw new Error('no row');
    expect(contentId(draft)).toBe(rows[0]?.entry.id);
    expect(contentId({ ...draft, answer: `${draft.answer} Mis à jour.` })).not.toBe(rows[0]?.entry.id);
  });

  it('keeps a CMS node number as the id, even read from JSON as a number', () => {
    expect(entryOf(result, '50200')).toEqual(expect.objectContaining({ langs: ['fr'], facets: { product: ['platines'] } }));
  });

  it('reads facet cells by label (either language, any case), by id or by alias; unknown labels become new values', () => {
    expect(entryOf(result, '50117')?.facets).toEqual({ offer: ['segur'], product: ['dmp', 'mssante'] });
    expect(entryOf(result, 'label-msc-renewal')?.facets).toEqual({ offer: ['labels'], product: ['label-msc'] });
    expect(entryOf(result, 'platines-account')?.facets).toEqual({ product: ['platines'], theme: ['tests'] });
    expect(result.newValues.map(({ facet, value }) => [facet, value.id, value.label])).toEqual([
      ['product', 'pro-sante-connect', { fr: 'Pro Santé Connect', en: 'Pro Santé Connect' }],
      ['product', 'dmp', { fr: 'DMP', en: 'DMP' }],
      ['product', 'mssante', { fr: 'MSSanté', en: 'MSSanté' }],
      ['product', 'ins', { fr: 'INS', en: 'INS' }],
    ]);
    expect(result.facets.find((facet) => facet.name === 'product')?.values.map((value) => value.id)).toEqual(expect.arrayContaining(['pro-sante-connect', 'ins']));
  });

  it('reads DD/MM/YYYY dates, and leaves the date out where the row has none', () => {
    expect(entryOf(result, 'ror-public-data')?.updated).toBe('2024-06-01');
    expect(entryOf(result, '50117')).not.toHaveProperty('updated');
  });
});

describe('rejected rows', () => {
  it('names every rejected row with its file, row, column and reason, and imports the others', async () => {
    const result = await importFiles([sample('faq-bad-rows.csv')]);
    expect(result.entries.map(({ entry }) => entry.id)).toEqual(['good-row']);
    expect(result.rejected.map(({ at, reason }) => [at.row, at.column, reason])).toEqual([
      [2, 'answer', 'the answer is empty (it is the one required column)'],
      [3, 'lang', 'unknown language "Deutsch" (expected fr, en, français, english…)'],
      [4, 'updated', 'bad date "31/02/2025" (expected YYYY-MM-DD or DD/MM/YYYY)'],
      [5, 'links', 'links.0.url: bad URL "voir le site" (expected http:// or https://)'],
      [6, 'corridor', 'facets.corridor: facet "corridor" only applies when offer is "segur"'],
      [8, 'id', expect.stringMatching(/^id "good-row" already has a fr row \(.*faq-bad-rows\.csv, row 7\)$/)],
      [9, 'source', 'source: bad URL "somewhere" (expected http:// or https://)'],
    ]);
    expect(result.rejected.every(({ at }) => at.file.endsWith('faq-bad-rows.csv'))).toBe(true);
  });

  it('leaves out a file without an answer column, saying so', () => {
    const result = importOf([table('no-answer.csv', ['id', 'question'], ['1', 'Une question ?'])]);
    expect(result.rejected).toEqual([{ at: { file: 'no-answer.csv', row: 1 }, reason: 'no answer column (answer, réponse): its 1 rows are left out' }]);
  });

  it('keeps the first of two twins that cannot be one entry, and rejects the other with the reason', () => {
    const result = importOf([table('twins.csv', ['id', 'lang', 'answer', 'offer', 'corridor'], ['7', 'fr', 'Réponse sur les labels.', 'Labels', ''], ['7', 'en', 'An answer on hospitals.', '', 'Hospital'])]);
    expect(result.entries.map(({ entry }) => [entry.id, entry.langs])).toEqual([['7', ['fr']]]);
    expect(result.rejected).toEqual([{ at: { file: 'twins.csv', row: 3 }, reason: expect.stringMatching(/^cannot join its twin \(twins\.csv, row 2\): facets\.corridor: .*only applies when offer is "segur"/) }]);
  });

  it('does not keep a new facet value that only a rejected row named', () => {
    const result = importOf([table('new.csv', ['answer', 'product', 'updated'], ['Réponse.', 'Nouveau produit', 'demain'])]);
    expect(result.rejected).toHaveLength(1);
    expect(result.newValues).toEqual([]);
    expect(result.facets.find((facet) => facet.name === 'product')?.values.some((value) => value.id === 'nouveau-produit')).toBe(false);
  });
});

describe('importing a spreadsheet', () => {
  it('reads typed cells as a spreadsheet holds them: number ids, dates, hyperlinks, rich text, formulas', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-xlsx-'));
    const path = join(folder, 'export.xlsx');
    await writeMessyXlsx(path);
    const result = await importFiles([path]);
    rmSync(folder, { recursive: true, force: true });
    expect(result.rejected).toEqual([]);
    expect(result.rowsRead).toBe(3);
    expect(result.entries.map(({ entry }) => entry)).toEqual([
      expect.objectContaining({
        id: '48213',
        langs: ['fr', 'en'],
        facets: { offer: ['segur'], product: ['segur-referencing'] },
        question: { en: 'How do I get referenced?' },
        answer: { fr: 'Le référencement se fait sur Convergence.\nIl faut un compte éditeur.', en: 'Referencing is done on Convergence.' },
        links: [{ label: { fr: 'Convergence' }, url: 'https://convergence.esante.gouv.fr' }],
        source: 'https://industriels.esante.gouv.fr/faq',
        updated: '2025-03-12',
      }),
      expect.objectContaining({ id: '50001', langs: ['fr'], facets: { offer: ['labels'] } }),
    ]);
  });
});
