import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { projectPath } from '../../../config/paths';

const TSX = projectPath('node_modules', '.bin', 'tsx');
const COMMAND = 'npm run --silent ask -- ';

interface Example {
  args: string[];
  output: string;
}

/** The arguments of a shell command line as README writes them: words, and "double-quoted" ones. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
}

/** Every README line running `ask` that is followed by the output it prints (a line starting with `{`). */
function readmeExamples(): Example[] {
  const lines = readFileSync(projectPath('README.md'), 'utf8').split('\n');
  return lines.flatMap((line, index): Example[] => {
    const next = lines[index + 1] ?? '';
    if (!line.startsWith(COMMAND) || !next.startsWith('{')) return [];
    return [{ args: shellWords(line.slice(COMMAND.length)), output: next }];
  });
}

function ask(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(TSX, ['knowledge/cli/ask.ts', ...args], { cwd: projectPath(), timeout: 60_000 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout.trim()),
    );
  });
}

describe('README: the documented `ask` example', () => {
  const examples = readmeExamples();

  it('is there', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example) => [example.args.join(' '), example] as const))(
    'prints what README says: ask %s',
    async (_args, example) => {
      expect(await ask(example.args)).toBe(example.output);
    },
  );
});
