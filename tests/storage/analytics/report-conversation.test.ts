import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectPath } from '../../../config/paths';
import { loadKnowledgeBase, Matcher } from '../../../knowledge';
import { translator } from '../../../locales';
import { buildEditorsReport, openStorage, type EditorsReport, type OpenedStorage } from '../../../storage';
import { join as joinActivity, vocabulary } from '../../dialogs/cases';
import { Conversation, FIXTURE_KNOWLEDGE } from '../../dialogs/harness';

const run = promisify(execFile);
const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);
const matcher = new Matcher(kb);
const t = translator('fr');
const v = vocabulary(kb, 'fr');

/** Conversations of two users driven through the real bot, on a store in `dataDir`. */
async function converse(storage: OpenedStorage): Promise<void> {
  const first = await Conversation.start({ lang: 'fr', storage, conversationId: 'c1' });
  await first.play([
    [joinActivity(), v.offerPrompt],
    [v.rorQuestion, t('feedback.ask')],
    [t('feedback.yes'), t('feedback.thanks')],
    [v.vagueQuestion, t('question.didYouMean')],
    ['1', t('feedback.ask')],
    [t('feedback.yes'), t('feedback.thanks')],
  ]);
  const second = await Conversation.start({ lang: 'fr', storage, conversationId: 'c2' });
  await second.play([
    [joinActivity(), v.offerPrompt],
    [v.vagueQuestion, t('question.didYouMean')],
    [t('question.noneOfThese'), t('question.fallback')],
    ['xqzkw vbnmp plokij', t('question.fallback')],
    ['plokji xqzkw vbnmp', t('question.fallback')],
  ]);
}

async function report(dataDir: string, format: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', projectPath('storage/cli/report.ts'), '--since', '1d', '--format', format], {
    cwd: projectPath(),
    env: { ...process.env, DATA_DIR: dataDir, KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE },
  });
  return stdout;
}

describe('the editors report of conversations with the real bot', () => {
  let dataDir: string;
  let built: EditorsReport;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'faq-sante-bot-report-'));
    const storage = await openStorage({ dataDir });
    await converse(storage);
    built = await buildEditorsReport(storage.events, matcher, { since: new Date(Date.now() - 86_400_000), until: new Date(Date.now() + 1000) });
    await storage.close();
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('counts answers, ratings, unanswered questions and did-you-mean menus', () => {
    expect(built.totals).toEqual({ answers: 2, helpful: 2, notHelpful: 0, unanswered: 3, didYouMean: 2, helpfulRate: 1 });
    expect(built.entries).toEqual([
      expect.objectContaining({ id: 'ror-data-access', shown: 2, helpful: 2, notHelpful: 0, rate: 1, reachedBy: { cascade: 0, typed: 1, didYouMean: 1, alternative: 0, seeAlso: 0 } }),
    ]);
    expect(built.byChannel).toEqual([expect.objectContaining({ key: 'test', answers: 2, helpful: 2, unanswered: 3 })]);
    expect(built.timeline.reduce((sum, point) => sum + point.answers, 0)).toBe(2);
  });

  it('groups questions by need, spellings and word order aside, with the entries closest to them', () => {
    const groups = built.unanswered.map((group) => ({ text: group.text, count: group.count, examples: group.examples.length }));
    expect(groups).toEqual(
      expect.arrayContaining([
        { text: v.vagueQuestion, count: 2, examples: 1 },
        { text: 'xqzkw vbnmp plokij', count: 2, examples: 2 },
      ]),
    );
    expect(built.unanswered).toHaveLength(2);
    const vague = built.unanswered.find((group) => group.text === v.vagueQuestion);
    expect(vague).toMatchObject({ unanswered: 1, didYouMean: 2 });
    expect(vague?.closest[0]).toMatchObject({ id: 'ror-data-access', score: expect.any(Number) });
  });

  it('proposes the did-you-mean question rated helpful as an alternate of the entry picked', () => {
    expect(built.suggestions).toEqual([expect.objectContaining({ entryId: 'ror-data-access', question: v.vagueQuestion, users: 1 })]);
  });

  it('prints the same figures in every format of npm run report', async () => {
    const json = JSON.parse(await report(dataDir, 'json')) as EditorsReport;
    expect(json.totals).toEqual(built.totals);
    expect(json.entries.map(({ id, shown, helpful, notHelpful }) => ({ id, shown, helpful, notHelpful }))).toEqual([
      { id: 'ror-data-access', shown: 2, helpful: 2, notHelpful: 0 },
    ]);
    expect(json.unanswered.map((group) => [group.text, group.count])).toEqual(built.unanswered.map((group) => [group.text, group.count]));
    const csv = await report(dataDir, 'csv');
    expect(csv).toContain('totals,,,2,2,0,3,2,1\n');
    expect(csv).toContain('entry,ror-data-access,');
    expect(csv).toMatch(/unanswered,xqzkw vbnmp plokij,.*,,,,2,2,\n/);
    const md = await report(dataDir, 'md');
    expect(md).toContain('| 2 | 2 | 0 | 3 | 2 | 100 % |');
    expect(md).toContain('| xqzkw vbnmp plokij | 2 |');
    const html = await report(dataDir, 'html');
    const data = /<script id="report-data" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect((JSON.parse(data) as EditorsReport).totals).toEqual(built.totals);
    expect(html).toContain('<td>2</td><td>2</td><td>0</td><td>3</td><td>2</td><td>100 %</td>');
    expect(html).toContain(readFileSync(projectPath('node_modules/chart.js/dist/chart.umd.min.js'), 'utf8').slice(0, 200));
    expect(html).not.toMatch(/<script[^>]+src=/);
  }, 60_000);

  it('refuses bad flags with exit code 2 and a reason, no stack trace', async () => {
    const failed = await run(process.execPath, ['--import', 'tsx', projectPath('storage/cli/report.ts'), '--format', 'pdf'], {
      cwd: projectPath(),
      env: { ...process.env, DATA_DIR: dataDir },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain('--format expects md, csv, json, html, got "pdf"');
    expect((failed as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
