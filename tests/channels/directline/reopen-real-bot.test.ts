import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../../knowledge';
import { translator } from '../../../locales';
import { openStorage } from '../../../storage';
import { startBotServer, type RunningBot } from '../../browser/support/bot-server';
import { FIXTURE_KNOWLEDGE } from '../../dialogs/harness';
import { openConversation, pollUntil, postActivity, type ActivitySetBody } from './helpers';

const KEY = 'the-key-of-the-production-instances-0123456789';
const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);
const fr = translator('fr', 'conversation');

/** The real bot, wired as index.ts does, on a SQLite file that outlives the instance (as `data/` does). */
async function startInstance(dataDir: string): Promise<RunningBot> {
  const storage = await openStorage({ dataDir });
  const running = await startBotServer({ dataDir, tokenKey: KEY, knowledgeDir: FIXTURE_KNOWLEDGE }, { storage });
  return {
    ...running,
    close: async () => {
      await running.close();
      await storage.close();
    },
  };
}

const botTexts = (set: ActivitySetBody): string[] =>
  set.activities.filter((activity) => activity.from?.role === 'bot').map((activity) => activity.text ?? '');
const saying = (text: string) => (set: ActivitySetBody) => botTexts(set).includes(text);

describe('the real bot: a web chat goes on after a restart on the same token key and database', () => {
  let dataDir: string;
  let instance: RunningBot | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'faq-reopen-'));
  });
  afterAll(async () => {
    await instance?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers "Non" to the question asked before the restart with the feedback step, not a new welcome', async () => {
    instance = await startInstance(dataDir);
    const session = await openConversation(instance.url, 'fr');
    await pollUntil(instance.url, session, saying(fr('welcome.intro')));
    const question = kb.entries.find((entry) => entry.id === 'ror-data-access')?.question.fr ?? '';
    await postActivity(instance.url, session, { type: 'message', text: question });
    const before = await pollUntil(instance.url, session, saying(fr('feedback.ask')));

    await instance.close();
    instance = await startInstance(dataDir);

    const posted = await postActivity(instance.url, session, { type: 'message', text: 'Non' });
    expect(posted.status).toBe(200);
    const after = await pollUntil(instance.url, session, saying(fr('feedback.askReason')), before.watermark);
    expect(after.activities[0]).toMatchObject({ text: 'Non', from: { id: session.userId } });
    expect(botTexts(after)).toContain(fr('feedback.askReason'));
    expect(botTexts(after)).not.toContain(fr('welcome.intro'));
  });
});
