import { exportTable, type ExportRow, type ExportTable } from '../knowledge/export/rows';
import type { KnowledgeBase } from '../knowledge/types';
import { seededRandom } from './synthetic';

/** The agency's CMS headers, French, mixed case, for the facets of the project's base. */
const CMS_HEADERS: Readonly<Record<string, string>> = {
  id: 'ID', lang: 'Langue', question: 'Question', answer: 'Réponse', alternates: 'Variantes', offer: "Type d'offre",
  corridor: 'Couloir', device: 'Dispositif', product: 'Produit', theme: 'Thématique', source: 'Source', updated: 'Mise à jour', links: 'Liens',
};

function frenchDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** One exported row made messy the way CMS exports are: no question, no language, no id, dates either way. */
function messy(template: ExportRow, index: number, random: () => number): ExportRow {
  const row: ExportRow = { ...template, id: `${40000 + Math.floor(index / 2)}`, answer: `${String(template.answer)}\n\n- point ${index} ;\n- voir la page ${index % 97}.` };
  if (random() < 0.75) row.question = '';
  if (random() < 0.1) row.lang = '';
  else if (random() < 0.3) row.lang = row.lang === 'fr' ? 'Français' : 'English';
  if (random() < 0.1) row.id = '';
  if (typeof row.updated === 'string' && row.updated !== '' && random() < 0.5) row.updated = frenchDate(row.updated);
  row.alternates = [];
  return row;
}

/**
 * `count` rows shaped like the agency's export (twins sharing an ID, three rows in four without a question, a few
 * without language or id, long answers with lists, facet labels), made from the project's entries.
 */
export function realisticRows(kb: KnowledgeBase, count: number): ExportTable {
  const templates = exportTable(kb);
  const random = seededRandom(count);
  const rows = Array.from({ length: count }, (_, index) => messy(templates.rows[index % templates.rows.length] as ExportRow, index, random));
  const headers = templates.headers.map((header) => CMS_HEADERS[header] ?? header);
  return { headers, rows: rows.map((row) => Object.fromEntries(templates.headers.map((header, at) => [headers[at] as string, row[header] ?? '']))) };
}
