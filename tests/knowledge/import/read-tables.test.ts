import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guessDelimiter, readDelimited } from '../../../knowledge/import/read-delimited';
import { readJsonLines } from '../../../knowledge/import/read-jsonl';
import { readTableFile } from '../../../knowledge/import/read-table';
import { sample, writeMessyXlsx } from './helpers';

const scratch = mkdtempSync(join(tmpdir(), 'read-tables-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('reading exports', () => {
  it('reads the CMS’s CSV: BOM, ; between cells, CRLF, quoted cells spanning lines, rows numbered as in a spreadsheet', async () => {
    const table = await readTableFile(sample('faq-semicolon-bom.csv'));
    expect(table.headers.slice(0, 4)).toEqual(['ID', 'Langue', 'Question', 'Réponse']);
    expect(table.rows.map((row) => row.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const answer = table.rows[0]?.cells[3] as string;
    expect(answer.split(/\r?\n/)).toEqual(expect.arrayContaining(['Il faut :', '- créer un compte éditeur ;', '- passer les tests ; les résultats sont envoyés sous 15 jours.']));
    expect(table.rows[0]?.cells[11]).toMatch(/^\[La plateforme Convergence\]\(https:\/\/convergence\.esante\.gouv\.fr\)\r?\nhttps:\/\/esante\.gouv\.fr\/segur$/);
    expect(table.rows[5]?.cells[3]).toContain('voir le "Dossier de spécifications"');
  });

  it('guesses the separator from the header line, outside quotes', () => {
    expect(guessDelimiter('\uFEFFID;Langue;"Réponse, longue"\r\n')).toBe(';');
    expect(guessDelimiter('id,lang,"answer; long"\n')).toBe(',');
    expect(guessDelimiter('id\tlang\tanswer\n')).toBe('\t');
  });

  it('reads CSV with commas and no BOM, and TSV', async () => {
    const comma = await readTableFile(sample('faq-comma.csv'));
    expect(comma.headers[0]).toBe('ID');
    expect(comma.rows[0]?.cells[4]).toBe('Is the ROR open data?\nCan I download ROR data?');
    const tsv = await readTableFile(sample('faq.tsv'));
    expect(tsv.headers).toEqual(['id', 'langue', 'réponse', 'variantes', 'type d’offre', 'produit']);
    expect(tsv.rows).toHaveLength(2);
  });

  it('reports a row it cannot read (a quote never closed) with its row, and keeps the rows before it', () => {
    const table = readDelimited('broken.csv', 'id;answer\r\n1;fine\r\n2;"never closed\r\n3;lost\r\n');
    expect(table.rows.map((row) => row.cells)).toEqual([['1', 'fine']]);
    expect(table.unreadable).toEqual([{ at: { file: 'broken.csv', row: 3 }, reason: expect.stringMatching(/cannot be read: Quote Not Closed/) }]);
  });

  it('reads JSON Lines: keys as headers, lists kept, numbers and link objects as text, bad lines reported by line', () => {
    const table = readJsonLines('faq.jsonl', [
      '{"id": 50200, "answer": "Réponse.", "alternates": ["a", "b"], "links": [{"label": "Site", "url": "https://example.org"}]}',
      '',
      'not json',
      '{"answer": "Autre.", "facets": {"nested": true}}',
      '["a list"]',
    ].join('\n'));
    expect(table.headers).toEqual(['id', 'answer', 'alternates', 'links', 'facets']);
    expect(table.rows).toEqual([{ row: 1, cells: ['50200', 'Réponse.', ['a', 'b'], ['[Site](https://example.org)'], ''] }]);
    expect(table.unreadable).toEqual([
      { at: { file: 'faq.jsonl', row: 3 }, reason: 'is not valid JSON' },
      { at: { file: 'faq.jsonl', row: 4, column: 'facets' }, reason: 'must be text, a number or a list of texts' },
      { at: { file: 'faq.jsonl', row: 5 }, reason: 'must be a JSON object {"answer": …}' },
    ]);
  });

  it('reads an XLSX file’s first sheet: numbers, dates, hyperlinks, rich text and formulas as text', async () => {
    const path = join(scratch, 'faq.xlsx');
    await writeMessyXlsx(path);
    const table = await readTableFile(path);
    expect(table.headers).toEqual(['Id', 'Lang', 'Question', 'Answer', 'Offer', 'Product', 'Updated', 'Links', 'Source']);
    expect(table.rows[0]?.cells).toEqual([
      '48213', 'FR', '', 'Le référencement se fait sur Convergence.\nIl faut un compte éditeur.', 'Ségur du numérique en santé', 'Référencement',
      '2025-03-12', '[Convergence](https://convergence.esante.gouv.fr)', '[FAQ](https://industriels.esante.gouv.fr/faq)',
    ]);
    expect(table.rows.find((row) => row.row === 4)?.cells[3]).toBe('Referencing is done on Convergence.');
    expect(table.rows.find((row) => row.row === 5)?.cells[0]).toBe('50001');
  });

  it('refuses a file of no known format', async () => {
    const path = join(scratch, 'faq.docx');
    writeFileSync(path, 'x');
    await expect(readTableFile(path)).rejects.toThrow(/unknown format/);
  });
});
