import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectPath } from '../../config/paths';
import { DOCUMENTS_TABLE } from '../../storage/documents/documents-table';
import { openStorage } from '../../storage/open';

const run = promisify(execFile);

/** `npm run --silent <name> -- …`, as an operator runs it (tsx on the sources), with its exit code. */
async function command(script: string, args: string[], env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', projectPath(script), ...args], {
      cwd: projectPath(),
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const rating = (answerKey: string, userId: string, at: Date) => ({
  answerKey,
  entryId: 'ror-data-access',
  lang: 'fr' as const,
  facets: {},
  helpful: true,
  channelId: 'msteams',
  matchScore: 0.8,
  decision: 'answer' as const,
  question: 'Comment accéder au ROR ?',
  userId,
  conversationId: answerKey.split('/')[0],
  at,
});

/** The answer a rating is about, as the dialogs record it when they show it. */
const shown = (answerKey: string, userId: string, at: Date) => ({
  eventKey: answerKey,
  kind: 'answer' as const,
  entryId: 'ror-data-access',
  offered: [],
  reachedBy: 'typed' as const,
  decision: 'answer' as const,
  matchScore: 0.8,
  lang: 'fr' as const,
  channelId: 'msteams',
  facets: {},
  question: 'Comment accéder au ROR ?',
  userId,
  conversationId: answerKey.split('/')[0],
  at,
});

describe('npm run erase and npm run purge', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'faq-sante-bot-commands-'));
    const storage = await openStorage({ dataDir });
    const owner = { channelId: 'msteams', userId: '29:alice' };
    await storage.documents.write([
      { key: 'msteams/users/29:alice/', document: { lang: 'en' }, condition: { kind: 'overwrite' } },
      { key: 'msteams/conversations/a:alice/', document: {}, condition: { kind: 'overwrite' }, owner },
      { key: 'msteams/conversations/a:bob/', document: {}, condition: { kind: 'overwrite' } },
    ]);
    await storage.feedback.record(rating('a:alice/1', '29:alice', new Date()));
    await storage.feedback.record(rating('a:bob/1', '29:bob', new Date(Date.now() - 200 * 86_400_000)));
    await storage.events.recordEvent(shown('a:alice/1', '29:alice', new Date()));
    await storage.events.recordEvent(shown('a:bob/1', '29:bob', new Date(Date.now() - 200 * 86_400_000)));
    const old = storage.database.dialect.encode(DOCUMENTS_TABLE.columns.updatedAt, new Date(Date.now() - 31 * 86_400_000));
    await storage.database.execute(`UPDATE bot_state SET updated_at = ? WHERE key = ?`, [old, 'msteams/conversations/a:bob/']);
    await storage.close();
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('erase prints the records deleted per table, as JSON with --json', async () => {
    const json = await command('storage/cli/erase.ts', ['--user', '29:alice', '--json'], { DATA_DIR: dataDir });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      userId: '29:alice',
      channels: ['console', 'directline', 'emulator', 'msteams', 'webchat'],
      conversations: 1,
      deleted: { bot_state: 2, feedback: 1, question_events: 1 },
    });
    const again = await command('storage/cli/erase.ts', ['--user=29:alice'], { DATA_DIR: dataDir });
    expect(again.stdout).toBe(
      'Erased user 29:alice (channels: console, directline, emulator, msteams, webchat; 0 conversation(s) found)\n' +
        '  bot_state: 0 deleted\n  feedback: 0 deleted\n  question_events: 0 deleted\n',
    );
  });

  it('erase refuses a command line without a user (exit code 2, with the usage)', async () => {
    const refused = await command('storage/cli/erase.ts', ['--json'], { DATA_DIR: dataDir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('erase: --user ID is required');
    expect(refused.stderr).toContain('Usage: npm run --silent erase');
  });

  it('purge applies RETENTION_DAYS now and prints what it changed', async () => {
    const purged = await command('storage/cli/purge.ts', ['--json'], { DATA_DIR: dataDir, RETENTION_DAYS: '30' });
    expect(purged.code).toBe(0);
    expect(JSON.parse(purged.stdout)).toEqual({
      retentionDays: 30,
      cutoff: expect.any(String),
      changed: { bot_state: 1, feedback: 1, question_events: 1 },
    });
    const text = await command('storage/cli/purge.ts', [], { DATA_DIR: dataDir, RETENTION_DAYS: '30' });
    expect(text.stdout).toMatch(/^Retention 30 days \(records last changed before .+\):\n {2}bot_state: 0\n {2}feedback: 0\n {2}question_events: 0\n$/);
  });

  it('exits 1 with a clear message when storage cannot be reached', async () => {
    const failed = await command('storage/cli/purge.ts', [], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      PG_CONNECT_TIMEOUT_MS: '500',
    });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^purge: storage unavailable \(.*ECONNREFUSED/);
  });
});
