import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../config/paths';
import { prepareBase } from '../knowledge/cli/import-base';
import { importTables } from '../knowledge/import/import-rows';
import { planImport } from '../knowledge/import/plan';
import { readTableFile } from '../knowledge/import/read-table';
import { writeFolder } from '../knowledge/import/write-folder';
import { loadKnowledgeBase } from '../knowledge/load/load-knowledge-base';
import { Matcher } from '../knowledge/match/matcher';
import type { KnowledgeBase } from '../knowledge/types';

/** The example base built from the realistic export, once it ships in the project. */
const EXAMPLE_BASE = projectPath('knowledge', 'examples', 'faq-industriels');
const EXPORT_CSV = projectPath('tests', 'fixtures', 'faq-export', 'faq-export.csv');

/**
 * The base the realistic export's dev queries are about: the example base when the project ships it, else the
 * export imported into a temporary folder as `kb:import` would (removed once read).
 */
export async function realisticBase(): Promise<{ kb: KnowledgeBase; from: string }> {
  if (existsSync(EXAMPLE_BASE)) return { kb: loadKnowledgeBase(EXAMPLE_BASE), from: 'knowledge/examples/faq-industriels' };
  const dir = mkdtempSync(join(tmpdir(), 'faq-export-base-'));
  try {
    const { base, facets, reference } = prepareBase(dir, false);
    const detector = new Matcher(reference);
    const result = importTables([await readTableFile(EXPORT_CSV)], { facets, detectLanguage: (text) => detector.detectLanguage(text) });
    await writeFolder(dir, planImport(result, base).files);
    return { kb: loadKnowledgeBase(dir), from: 'tests/fixtures/faq-export/faq-export.csv, imported' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
