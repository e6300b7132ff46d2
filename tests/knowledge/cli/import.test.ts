import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase, type Entry } from '../../../knowledge';
import { sample } from '../import/helpers';

const ROOT = join(__dirname, '..', '..', '..');
const SAMPLES = ['faq-semicolon-bom.csv', 'faq-comma.csv', 'faq.tsv', 'faq.jsonl', 'faq-bad-rows.csv'].map(sample);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run --silent <script> -- args`, in English, resolving with the exit code whatever it is. */
function npm(script: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env, LC_ALL: 'C' };
    execFile('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, timeout: 60_000, env }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr });
    });
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'kb-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const withoutOrigin = (entries: readonly Entry[]) => entries.map(({ origin: _origin, ...entry }) => entry);

describe('kb:import', () => {
  const out = join(scratch, 'imported');
  let first: Run;
  beforeAll(async () => {
    first = await npm('kb:import', ['--out', out, ...SAMPLES]);
  });

  it('writes the rows it can, says what it did, lists every rejected row, and exits 1 for them', () => {
    expect(first.code).toBe(1);
    const lines = first.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      expect.stringMatching(/^Rows read: 21 \(/),
      `Written to ${out}: 10 entries.`,
      'Imported entries by language: fr 9, en 5; language detected on 3 rows that had none.',
      'Titles derived from answers: 9.',
    ]);
    expect(lines).toContain('New facet values (4), labelled as in the export: translate them in facets.yaml:');
    expect(lines).toContain('  - product: pro-sante-connect « Pro Santé Connect »');
    expect(first.stdout).toMatch(/Columns ignored: .*faq-semicolon-bom\.csv "Auteur"/);
    expect(lines).toContain('Rejected rows (7), not written:');
    expect(first.stdout).toMatch(/faq-bad-rows\.csv, row 4, column "updated": bad date "31\/02\/2025"/);
    expect(readdirSync(join(out, 'entries'))).toHaveLength(10);
    expect(readdirSync(join(out, 'entries'))[0]).toMatch(/^0001-[a-z0-9-]+\.yaml$/);
  });

  it('writes a folder that kb:check accepts as is (warning about what it lacks) and the matcher answers from', async () => {
    const check = await npm('kb:check', ['--kb', out]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/10 entries \(fr 9, en 5\), 5 facets, \d+ lexicon groups: valid\./);
    expect(check.stdout).toMatch(/Decision thresholds: the defaults \(no calibration\.yaml\)\./);
    expect(check.stdout).toMatch(/Titles derived from answers: 9\./);
    expect(loadKnowledgeBase(out).facets.find((facet) => facet.name === 'product')?.values.map((value) => value.id)).toContain('pro-sante-connect');
    // The shipped facets file, with the new values added at the end of their list and nothing else changed.
    const shipped = readFileSync(join(ROOT, 'knowledge', 'content', 'facets.yaml'), 'utf8').split('\n');
    const written = readFileSync(join(out, 'facets.yaml'), 'utf8').split('\n');
    expect(written.filter((line) => !shipped.includes(line))).toEqual([
      '    - id: pro-sante-connect', '      label: { fr: "Pro Santé Connect", en: "Pro Santé Connect" }',
      '    - id: dmp', '      label: { fr: "DMP", en: "DMP" }',
      '    - id: mssante', '      label: { fr: "MSSanté", en: "MSSanté" }',
      '    - id: ins', '      label: { fr: "INS", en: "INS" }',
    ]);
    expect(shipped.filter((line) => !written.includes(line))).toEqual([]);
    const ask = await npm('ask', ['--kb', out, '--json', '--lang', 'fr', 'PLATINES : par où commencer ?']);
    expect(JSON.parse(ask.stdout).matches[0]).toMatchObject({ id: 'platines-account' });
  });

  it('refuses a folder that is not empty without --merge, and changes nothing', async () => {
    const before = statSync(join(out, 'facets.yaml')).mtimeMs;
    const again = await npm('kb:import', ['--out', out, sample('faq.tsv')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/is not empty: .* add --merge/);
    expect(statSync(join(out, 'facets.yaml')).mtimeMs).toBe(before);
  });

  it('merges by id: reports added, changed and unchanged entries, and keeps those the import does not have', async () => {
    const same = await npm('kb:import', ['--out', out, '--merge', ...SAMPLES.slice(0, 4)]);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/Merged into .*: 0 added, 0 changed, 9 unchanged, 1 kept as they were/);
    const update = join(scratch, 'update.csv');
    writeFileSync(update, 'ID;Langue;Réponse\r\n50117;fr;"Oui, depuis 2024 ; voir le dossier."\r\n60001;en;A new answer, in English only.\r\n');
    const merged = await npm('kb:import', ['--out', out, '--merge', update]);
    expect(merged.stdout).toMatch(/Merged into .*: 1 added, 1 changed, 0 unchanged, 9 kept as they were/);
    const kb = loadKnowledgeBase(out);
    expect(kb.entries).toHaveLength(11);
    // The file had no question or facet column: the entry keeps its own.
    expect(kb.entries.find((entry) => entry.id === '50117')).toMatchObject({ question: { fr: 'Le DMP est-il obligatoire ?' }, answer: { fr: 'Oui, depuis 2024 ; voir le dossier.' }, facets: { product: ['dmp', 'mssante'] } });
    expect(readdirSync(join(out, 'entries')).sort().at(-1)).toBe('0011-60001.yaml');
  });

  it('merges a lexicon file given with --lexicon into the folder’s lexicon', async () => {
    const fresh = join(scratch, 'with-lexicon');
    const run = await npm('kb:import', ['--out', fresh, '--lexicon', sample('extra-lexicon.yaml'), sample('faq.tsv')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Lexicon: 6 terms added from .*extra-lexicon\.yaml\./);
    const groups = loadKnowledgeBase(fresh).lexicon;
    expect(groups.find((group) => group.lang === 'fr' && group.terms.includes('hébergement certifié'))?.terms[0]).toBe('hds');
    expect(groups.filter((group) => group.terms.includes('psc')).map((group) => group.lang)).toEqual(['fr', 'en']);
    expect(groups.filter((group) => group.terms[0] === 'cpts').map((group) => group.terms.length)).toEqual([3, 2]);
    // The shipped file is extended where it says, not written again: every other line is as it was.
    const shipped = readFileSync(join(ROOT, 'knowledge', 'content', 'lexicon.yaml'), 'utf8').split('\n');
    const written = readFileSync(join(fresh, 'lexicon.yaml'), 'utf8').split('\n');
    expect(written.filter((line) => !shipped.includes(line))).toEqual([
      '  - [hds, hébergeur de données de santé, hébergement de données de santé, hébergeurs de données de santé, hébergeur de données, health data hosting, health data host, hébergement certifié]',
      '  - [cpts, communauté professionnelle territoriale de santé, communautés professionnelles territoriales de santé]',
      '  - [cpts, territorial health community]',
    ]);
  });

  it('says how to use it when the arguments are wrong (exit 2)', async () => {
    expect((await npm('kb:import', [sample('faq.tsv')])).code).toBe(2);
    expect((await npm('kb:import', ['--out', join(scratch, 'x'), join(ROOT, 'README.md')])).stderr).toMatch(/unknown format/);
  });
});

describe('kb:export', () => {
  it.each(['csv', 'xlsx', 'jsonl'])('writes the shipped base as %s, which kb:import turns back into the same entries', async (format) => {
    const file = join(scratch, `shipped.${format}`);
    const exported = await npm('kb:export', ['--format', format, '--out', file]);
    expect(exported).toMatchObject({ code: 0, stdout: `Exported 18 rows (9 entries, fr 9, en 9) to ${file}.\n` });
    const out = join(scratch, `shipped-${format}`);
    const imported = await npm('kb:import', ['--out', out, file]);
    expect(imported.code).toBe(0);
    expect(withoutOrigin(loadKnowledgeBase(out).entries)).toEqual(withoutOrigin(loadKnowledgeBase().entries));
  });

  it('writes CSV as the CMS does: BOM, ; between cells, CRLF', () => {
    const text = readFileSync(join(scratch, 'shipped.csv'), 'utf8');
    expect(text.startsWith('\uFEFFid;lang;question;answer;alternates;offer;corridor;device;product;theme;source;updated;links\r\n')).toBe(true);
  });

  it('refuses an unknown format (exit 2)', async () => {
    const run = await npm('kb:export', ['--format', 'pdf', '--out', join(scratch, 'x.pdf')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format must be one of csv, xlsx, jsonl/);
  });
});
