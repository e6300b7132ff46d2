import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../../knowledge';

const ROOT = join(__dirname, '..', '..', '..');
const EXAMPLE = join(ROOT, 'knowledge', 'examples', 'faq-industriels');
const EXPORT = join(ROOT, 'tests', 'fixtures', 'faq-export', 'faq-export.csv');

function kbImport(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'kb:import', '--', ...args], { cwd: ROOT, timeout: 60_000, env: { ...process.env, LC_ALL: 'C' } }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr });
    });
  });
}

const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');

/**
 * The example base is the realistic export imported into the base's own facets and lexicon, exactly as README says
 * to rebuild it: importing the CSV again must give the committed folder, file for file, so the two cannot drift.
 */
describe('knowledge/examples/faq-industriels', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'faq-industriels-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let run: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    for (const file of ['facets.yaml', 'lexicon.yaml']) copyFileSync(join(EXAMPLE, file), join(scratch, file));
    run = await kbImport(['--merge', '--out', scratch, EXPORT]);
  });

  it('is what kb:import --merge writes from the export into its own facets and lexicon', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const names = readdirSync(join(scratch, 'entries'));
    expect(readdirSync(join(EXAMPLE, 'entries'))).toEqual(names);
    for (const name of names) expect([name, read(join(scratch, 'entries'), name)]).toEqual([name, read(join(EXAMPLE, 'entries'), name)]);
  });

  it('labels every facet value of the export: the import creates none', () => {
    expect(run.stdout).not.toMatch(/New facet values/);
    expect(read(scratch, 'facets.yaml')).toBe(read(EXAMPLE, 'facets.yaml'));
    const kb = loadKnowledgeBase(EXAMPLE);
    for (const facet of kb.facets) for (const value of facet.values) expect(value.label.en).not.toBe('');
  });

  it('is a valid base', () => {
    expect(loadKnowledgeBase(EXAMPLE).entries).toHaveLength(106);
  });
});
