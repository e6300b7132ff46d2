import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { counted } from '../../dialogs/cards/numbers';
import { translator } from '../../locales';
import { SQLITE_FILE_NAME } from '../../storage';
import { FIXTURE_KNOWLEDGE } from '../dialogs/harness';
import { startBotProcess, type BotProcess } from './support/bot-process';
import { printFigures, table } from './support/report';
import { openWebChat, post, waitForBot, type WebChat } from './support/web-chat-client';

const t = translator('fr', 'conversation');
const CONVERSATIONS = 200;
const KILL_AFTER_ACKNOWLEDGED = 100;
const KEY = 'resilience-crash-token-key-0123456789abcdef';
/** Every conversation opens within this, then its user "thinks" up to `THINK_MS` before each message. */
const START_SPREAD_MS = 1000;
const THINK_MS = 4000;

/** One web chat user: the steps to an answer rated useful, and how far they got. */
interface User {
  chat?: WebChat & { watermark?: string };
  /** The user saw « Merci pour votre retour » (the rating was stored before it was sent). */
  acknowledged: boolean;
  ratingSent: boolean;
  /** Replies seen so far in the flow (0–3). */
  steps: number;
  resumed: boolean;
}

const FLOW: Array<[text: string, expected: (reply: string) => boolean]> = [
  ['Labels', (reply) => reply.includes(t('cascade.pickQuestion', counted(2, 'fr')))],
  ['1', (reply) => reply.includes(t('feedback.ask'))],
  ['Oui', (reply) => reply.includes(t('feedback.thanks'))],
];

/** Runs the flow; stops quietly when the server goes away (the crash). */
async function rateAnAnswer(base: () => string, user: User, flow = FLOW, think = THINK_MS): Promise<void> {
  try {
    if (!user.chat) {
      await sleep(Math.random() * START_SPREAD_MS);
      user.chat = await openWebChat(base());
    }
    for (const [text, expected] of flow) {
      // People read before they answer: all 200 conversations are open at once, at different steps.
      await sleep(Math.random() * think);
      if ((await post(base(), user.chat, text)) !== 200) return;
      if (text === 'Oui') user.ratingSent = true;
      if (!(await waitForBot(base(), user.chat, expected))) return;
      user.steps += 1;
    }
    user.acknowledged = true;
  } catch {
    // The server was killed under this user: what they saw so far is what counts.
  }
}

function ratedConversations(dataDir: string): Set<string> {
  const database = new Database(join(dataDir, SQLITE_FILE_NAME), { readonly: true, fileMustExist: true });
  try {
    const rows = database.prepare('SELECT conversation_id FROM feedback WHERE helpful = 1').all() as Array<{ conversation_id: string }>;
    return new Set(rows.map((row) => row.conversation_id));
  } finally {
    database.close();
  }
}

describe('a crash (SIGKILL) during 200 concurrent web chat conversations', () => {
  let dataDir: string;
  let bot: BotProcess;
  const env = () => ({
    DATA_DIR: dataDir,
    KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE,
    DIRECTLINE_TOKEN_KEY: KEY,
    CONVERSATIONS_PER_MINUTE: '10000',
  });
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'faq-sante-bot-crash-'));
    bot = await startBotProcess(env());
  });
  afterAll(async () => {
    await bot?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged rating, and every conversation resumes with the same key after the restart', async () => {
    const users: User[] = Array.from({ length: CONVERSATIONS }, () => ({ acknowledged: false, ratingSent: false, steps: 0, resumed: false }));
    const running = users.map((user) => rateAnAnswer(() => bot.url, user));
    while (users.filter((user) => user.acknowledged).length < KILL_AFTER_ACKNOWLEDGED) await sleep(20);
    await bot.kill();
    await Promise.all(running);
    const acknowledged = users.filter((user) => user.acknowledged);
    const inFlight = users.filter((user) => !user.acknowledged);
    const ratedAtKill = ratedConversations(dataDir);
    const atKill = {
      steps: [0, 1, 2, 3].map((steps) => inFlight.filter((user) => user.steps === steps).length).join(' / '),
      ratingSent: inFlight.filter((user) => user.ratingSent).length,
      storedAnyway: inFlight.filter((user) => ratedAtKill.has(user.chat?.conversationId ?? '')).length,
    };
    const lost = acknowledged.filter((user) => !ratedAtKill.has(user.chat?.conversationId ?? ''));

    const restartStarted = Date.now();
    bot = await startBotProcess(env(), bot.port);
    const restartMs = Date.now() - restartStarted;
    await Promise.all(
      users.map(async (user) => {
        if (!user.chat) user.chat = await openWebChat(bot.url);
        const help = user.acknowledged ? [['aide', (reply: string) => reply.includes(t('help.text').slice(0, 30))]] : [];
        const again = user.acknowledged ? [] : [['recommencer', () => true], ...FLOW];
        const resumedAt = user.acknowledged;
        user.acknowledged = false;
        await rateAnAnswer(() => bot.url, user, [...help, ...again] as typeof FLOW, 500);
        user.resumed = user.acknowledged;
        user.acknowledged = user.acknowledged || resumedAt;
      }),
    );
    const ratedAfter = ratedConversations(dataDir);
    const completed = users.filter((user) => ratedAfter.has(user.chat?.conversationId ?? ''));
    const modes = readdirSync(dataDir).map((file) => `${file} ${(statSync(join(dataDir, file)).mode & 0o777).toString(8)}`);

    printFigures('crash-recovery', 'SIGKILL during 200 concurrent web chat conversations (SQLite)', table(
      ['figure', 'value'],
      [
        ['conversations (local Direct Line, as Web Chat polls it)', CONVERSATIONS],
        ['ratings acknowledged (« Merci pour votre retour » seen) before the kill', acknowledged.length],
        ['conversations in flight at the kill', inFlight.length],
        ['… having seen 0 / 1 / 2 replies of the flow (welcome aside)', atKill.steps.split(' / ').slice(0, 3).join(' / ')],
        ['… of which had sent « Oui » (accepted by the server) without seeing the thanks', atKill.ratingSent],
        ['… of which the rating was stored all the same', atKill.storedAnyway],
        ['acknowledged ratings found in the database after the kill', acknowledged.length - lost.length],
        ['**acknowledged ratings lost**', lost.length],
        ['restart (same data folder, same DIRECTLINE_TOKEN_KEY) until listening', `${(restartMs / 1000).toFixed(1)} s`],
        ['conversations resumed with their old token after the restart', users.filter((user) => user.resumed).length],
        ['conversations with a stored rating at the end', completed.length],
        ['database files and their modes', modes.join(', ')],
      ],
    ));

    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);
    expect(lost).toEqual([]);
    expect(users.filter((user) => !user.resumed)).toEqual([]);
    expect(completed).toHaveLength(CONVERSATIONS);
    expect(modes.filter((mode) => !mode.endsWith(' 600'))).toEqual([]);
  });
});
