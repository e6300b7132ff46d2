import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveTitle, loadKnowledgeBase, type Entry, type KnowledgeBase } from '../../../knowledge';
import { exportTable } from '../../../knowledge/export/rows';
import { EXPORT_FORMATS, writeExport } from '../../../knowledge/export/write-table';
import { readTableFile, tableFormat } from '../../../knowledge/import/read-table';
import { ONE_LANGUAGE_KB } from '../fixtures';
import { importFiles, importOf, SAMPLES } from './helpers';

const ROOT = join(__dirname, '..', '..', '..');
/** The realistic export of the agency's FAQ (tests/fixtures/faq-export/), once it is there. */
const FAQ_EXPORT = join(ROOT, 'tests', 'fixtures', 'faq-export');

/**
 * What the round trip runs on, folder by folder: a knowledge folder is loaded; in a folder of exports, each FAQ export
 * (`faq*.csv|tsv|xlsx|jsonl`) is imported on its own (the CSV and the XLSX of one export hold the same rows).
 */
function sources(folder: string): { name: string; base: () => Promise<KnowledgeBase> }[] {
  if (existsSync(join(folder, 'entries'))) return [{ name: folder, base: async () => loadKnowledgeBase(folder) }];
  return readdirSync(folder)
    .filter((name) => name.startsWith('faq') && tableFormat(name) !== undefined)
    .sort()
    .map((name) => ({ name: join(folder, name), base: () => importedBase(join(folder, name)) }));
}

async function importedBase(path: string): Promise<KnowledgeBase> {
  const result = await importFiles([path]);
  const shipped = loadKnowledgeBase();
  return { ...shipped, dir: path, entries: result.entries.map(({ entry }) => entry), facets: result.facets };
}

const FOLDERS = [join(ROOT, 'knowledge', 'content'), ONE_LANGUAGE_KB, SAMPLES, ...(existsSync(FAQ_EXPORT) ? [FAQ_EXPORT] : [])];
const withoutOrigin = (entries: readonly Entry[]) => entries.map(({ origin: _origin, ...entry }) => entry);
const scratch = mkdtempSync(join(tmpdir(), 'round-trip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(FOLDERS.flatMap(sources).map((source) => [source.name.replace(`${ROOT}/`, ''), source] as const))('export then import of %s', (_name, source) => {
  let base: KnowledgeBase;
  beforeAll(async () => {
    base = await source.base();
  });

  it('has entries to carry', () => {
    expect(base.entries.length).toBeGreaterThan(0);
  });

  it.each(EXPORT_FORMATS)('gives the same entries through %s', async (format) => {
    const path = join(scratch, `${base.entries[0]?.id ?? 'x'}-${base.entries.length}.${format}`);
    await writeExport(path, format, exportTable(base));
    const result = importOf([await readTableFile(path)], base.facets);
    expect(result.rejected).toEqual([]);
    expect(result.newValues).toEqual([]);
    expect(withoutOrigin(result.entries.map(({ entry }) => entry))).toEqual(withoutOrigin(base.entries));
  });
});

describe('export then import of what a careless export would lose', () => {
  const FRENCH_ANSWER = 'Une réponse.\n\n- avec ; des "guillemets"';
  const shipped = loadKnowledgeBase();
  const base: KnowledgeBase = {
    ...shipped,
    facets: shipped.facets.map((facet) =>
      facet.name === 'product' ? { ...facet, values: [...facet.values, { id: 'a-or-b', label: { fr: 'A | B', en: 'A | B' }, aliases: [] }, { id: 'ror-bis', label: { fr: 'ROR', en: 'ROR' }, aliases: [] }] } : facet,
    ),
    entries: [
      {
        id: 'traps', langs: ['fr', 'en'], facets: { product: ['a-or-b', 'ror-bis'] }, question: { en: 'Pipes | and links?' },
        title: { fr: deriveTitle(FRENCH_ANSWER), en: 'Pipes | and links?' }, alternates: { fr: ['un | seul'], en: [] },
        answer: { fr: FRENCH_ANSWER, en: 'An answer.' },
        links: [{ label: { en: 'English only' }, url: 'https://example.org/a' }, { label: {}, url: 'https://example.org/b' }],
        updated: '2024-02-29', origin: { file: 'traps.yaml' },
      },
    ],
  };

  it.each(EXPORT_FORMATS)('keeps a lone alternate holding |, labels holding | or another value’s name, one-language link labels (%s)', async (format) => {
    const path = join(scratch, `traps.${format}`);
    await writeExport(path, format, exportTable(base));
    const result = importOf([await readTableFile(path)], base.facets);
    expect(result.rejected).toEqual([]);
    expect(withoutOrigin(result.entries.map(({ entry }) => entry))).toEqual(withoutOrigin(base.entries));
  });
});
