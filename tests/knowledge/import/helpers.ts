import { join } from 'node:path';
import { loadKnowledgeBase, Matcher, type FacetDefinition } from '../../../knowledge';
import { importTables, type ImportResult } from '../../../knowledge/import/import-rows';
import { readTableFile } from '../../../knowledge/import/read-table';
import type { Table } from '../../../knowledge/import/table';

/** Small exports written by hand, each with the traps of its format (see their rows). */
export const SAMPLES = join(__dirname, 'fixtures');
export const sample = (name: string): string => join(SAMPLES, name);

const shipped = loadKnowledgeBase();
const detector = new Matcher(shipped);

/** The import's pure mapping on tables, against the shipped facets unless told otherwise. */
export function importOf(tables: readonly Table[], facets: readonly FacetDefinition[] = shipped.facets): ImportResult {
  return importTables(tables, { facets, detectLanguage: (text) => detector.detectLanguage(text) });
}

export async function importFiles(paths: readonly string[], facets?: readonly FacetDefinition[]): Promise<ImportResult> {
  return importOf(await Promise.all(paths.map((path) => readTableFile(path))), facets);
}

/** A table written in code: headers, then rows numbered from 2 as in a spreadsheet. */
export function table(file: string, headers: string[], ...rows: string[][]): Table {
  return { file, headers, rows: rows.map((cells, at) => ({ row: at + 2, cells })), unreadable: [] };
}

/**
 * An XLSX export as a spreadsheet holds it: the CMS node number as a number, dates as dates, a hyperlink cell, rich
 * text, a formula, an empty row, English headers in mixed case.
 */
export async function writeMessyXlsx(path: string): Promise<void> {
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Export FAQ');
  sheet.addRow(['Id', 'Lang', 'Question', 'Answer', 'Offer', 'Product', 'Updated', 'Links', 'Source']);
  sheet.addRow([48213, 'FR', null, 'Le référencement se fait sur Convergence.\nIl faut un compte éditeur.', 'Ségur du numérique en santé', 'Référencement', new Date(Date.UTC(2025, 2, 12)), { text: 'Convergence', hyperlink: 'https://convergence.esante.gouv.fr' }, { text: 'FAQ', hyperlink: 'https://industriels.esante.gouv.fr/faq' }]);
  sheet.addRow([]);
  sheet.addRow([48213, 'English', 'How do I get referenced?', { richText: [{ text: 'Referencing is done on ', font: { bold: true } }, { text: 'Convergence.' }] }, null, null, '12/03/2025', 'https://convergence.esante.gouv.fr', null]);
  sheet.addRow([{ formula: '50000+1', result: 50001 }, 'fr', null, 'Une réponse dont l’identifiant est calculé.', 'Labels', null, null, null, null]);
  await workbook.xlsx.writeFile(path);
}
