import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../config/paths';
import { validateManifest } from '../../../channels/teams/package/validate';
import { BOT_ID, unzip } from './package-fixtures';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const PACKAGE_VARIABLES = [
  'MicrosoftAppId',
  'PUBLIC_URL',
  'TEAMS_APP_ID',
  'TEAMS_APP_VERSION',
  'TEAMS_DEVELOPER_NAME',
  'TEAMS_PRIVACY_URL',
  'TEAMS_TERMS_URL',
];

/** The command as `npm run teams:package` runs it (tsx on the sources), in a child process. */
function runCli(args: string[], variables: Record<string, string>): Promise<Run> {
  const env = { ...process.env };
  for (const name of PACKAGE_VARIABLES) delete env[name];
  const tsx = require.resolve('tsx/cli', { paths: [PROJECT_ROOT] });
  const cli = join(PROJECT_ROOT, 'channels', 'teams', 'package', 'cli.ts');
  return new Promise((resolve) => {
    const options = { cwd: PROJECT_ROOT, env: { ...env, ...variables } };
    execFile(process.execPath, [tsx, cli, ...args], options, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('npm run teams:package', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'teams-cli-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is wired in package.json', () => {
    const { scripts } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts['teams:package']).toBe('tsx channels/teams/package/cli.ts');
  });

  it('writes a valid package for the configured bot and exits with 0', async () => {
    const out = join(dir, 'faq.zip');
    const run = await runCli(['--out', out], { MicrosoftAppId: BOT_ID, PUBLIC_URL: 'https://faq.example.org' });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`Teams app package written to ${out}`);
    const zip = await unzip(out);
    const manifest = zip.json('manifest.json');
    expect(validateManifest(manifest, zip.json('fr.json')).valid).toBe(true);
    expect(manifest).toMatchObject({ bots: [{ botId: BOT_ID }], validDomains: ['faq.example.org'] });
  });

  it('fails without MicrosoftAppId, naming the variable', async () => {
    const run = await runCli(['--out', join(dir, 'never.zip')], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/MicrosoftAppId/);
    expect(run.stdout).toBe('');
  });

  it('rejects an unknown option with the usage', async () => {
    const run = await runCli(['--output', 'x.zip'], { MicrosoftAppId: BOT_ID });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: npm run teams:package/);
  });
});
