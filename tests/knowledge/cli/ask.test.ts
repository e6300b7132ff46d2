import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { badKb, FIXTURES, SMALL_KB } from '../fixtures';

const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command in the project root; resolves with its exit code and output, whatever the code. */
function run(command: string, args: readonly string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    // Reports follow the system's language: pinned to English here.
    const env = { ...process.env, LC_ALL: 'C' };
    const child = execFile(command, args, { cwd: ROOT, timeout: 60_000, env }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(input ?? '');
  });
}

const ask = (args: readonly string[], input?: string): Promise<Run> => run(TSX, ['knowledge/cli/ask.ts', ...args], input);

describe('ask command line', () => {
  it('prints exactly one JSON line through npm run --silent', async () => {
    const { code, stdout, stderr } = await run('npm', ['run', '--silent', 'ask', '--', '--json', '--lang', 'fr', 'Comment accéder aux données du ROR ?']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const parsed = JSON.parse(lines[0] ?? '') as { lang: string; decision: string; relaxed: boolean; matches: { id: string; score: number }[] };
    expect(Object.keys(parsed)).toEqual(['lang', 'decision', 'relaxed', 'matches']);
    expect(parsed).toMatchObject({ lang: 'fr', decision: 'answer', relaxed: false });
    expect(parsed.matches[0]?.id).toBe('ror-data-access');
    expect(String(parsed.matches[0]?.score)).toMatch(/^0\.\d{1,4}$/);
  });

  it('answers in batch, one line per input line in order, and reports bad lines without stopping', async () => {
    const input = [
      JSON.stringify({ text: 'How can I access ROR data?', lang: 'en' }),
      'not json',
      JSON.stringify({ text: 'candidature au label', facets: { offer: 'labels' } }),
      JSON.stringify({ text: 'x', facets: { offer: 'nope' } }),
    ].join('\n');
    const { code, stdout } = await ask(['--batch', '--kb', SMALL_KB], input);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { lang?: string; decision?: string; matches?: { id: string }[] });
    expect(lines).toHaveLength(4);
    expect([lines[0]?.lang, lines[0]?.decision, lines[0]?.matches?.[0]?.id]).toEqual(['en', 'answer', 'ror-data-access']);
    expect(lines[1]).toEqual({ error: 'not valid JSON', line: 2 });
    expect([lines[2]?.lang, lines[2]?.matches?.[0]?.id]).toEqual(['fr', 'label-application']);
    expect(lines[3]).toMatchObject({ error: expect.stringMatching(/facets\.offer: unknown value "nope"/), line: 4 });
    expect(code).toBe(1);
  });

  it('prints a readable answer for a person, in the question’s language', async () => {
    const { code, stdout } = await ask(['--kb', SMALL_KB, 'How', 'can', 'I', 'access', 'ROR', 'data?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# How can I access ROR data\?\n\nPublic data is open data/);
    expect(stdout).toMatch(/\nDecision: answer — confident answer \[language: en\]\n/);
    const french = await ask(['--kb', SMALL_KB, 'Comment accéder aux données du ROR ?']);
    expect(french.code).toBe(0);
    expect(french.stdout).toMatch(/^# Comment accéder aux données du ROR \?/);
    expect(french.stdout).toMatch(/\nDécision\u00a0: answer — réponse sûre \[langue\u00a0: fr\]\n/);
    expect(french.stdout).not.toMatch(/Decision|Matches|updated/);
  });

  it('explains itself with --help', async () => {
    const { code, stdout } = await ask(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run --silent ask -- \[options\] "question"/);
    expect(stdout).toMatch(/--batch/);
  });

  it.each([
    [['   '], /the question is empty/],
    [['--lang', 'de', 'bonjour'], /unknown language "de"/],
    [['--facet', 'couloir=hopital', 'bonjour'], /facets\.couloir: unknown facet "couloir"/],
    [['--facet', 'offer', 'bonjour'], /--facet expects NAME=VALUE/],
  ])('rejects bad usage %j with exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await ask(args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(message);
  });
});

describe('kb:check command line', () => {
  it('accepts the project content and lists every problem of a bad folder', async () => {
    const good = await run(TSX, ['knowledge/cli/check.ts']);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/\d+ entries \(fr \d+, en \d+\), 5 facets, \d+ lexicon groups: valid/);
    expect(good.stdout).toMatch(/Titles derived from answers: none\./);
    expect(good.stdout).not.toMatch(/warning/);
    const bad = await run(TSX, ['knowledge/cli/check.ts', '--kb', badKb('several-problems')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/4 problems/);
    expect(bad.stderr).toMatch(/02-other-entry\.yaml:5, entry "other-entry", field "question_typo"/);
  });

  it('counts derived titles and warns (exit 0) about entries without a question or alternates', async () => {
    const { code, stdout } = await run(TSX, ['knowledge/cli/check.ts', '--kb', join(FIXTURES, 'kb-one-language')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/3 entries \(fr 2, en 2\), 3 facets, 4 lexicon groups: valid\./);
    expect(stdout).toMatch(/Decision thresholds: .*kb-one-language\/calibration\.yaml\./);
    expect(stdout).toMatch(/Titles derived from answers: 2\./);
    expect(stdout).toMatch(/3 warnings:/);
    expect(stdout).toMatch(/01-ror-open-data\.yaml, entry "ror-open-data": no question \(title derived from the answer\) in fr; no alternates in fr/);
  });
});
