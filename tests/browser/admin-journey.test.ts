import { join } from 'node:path';
import { projectPath } from '../../config/paths';
import { translator } from '../../locales';
import { startAdminServer, PASSWORD, type AdminServer } from '../channels/web/admin/admin-server';
import { runAxe, seriousOrCritical } from './support/axe';
import { browserSuite } from './support/suite';
import { screenshot, SCREENSHOT_DIR } from './support/webchat';

const a = translator('fr', 'admin');
const fr = translator('fr', 'conversation');
const QUESTION = 'Comment brancher le machin bidule chouette ?';
const TARGET = process.env.README_SCREENSHOT ? projectPath('docs', 'screenshot-admin.png') : join(SCREENSHOT_DIR, 'readme-screenshot-admin.png');

/** One conversation's turn through the real server's /api/messages, replies in the answer (expectReplies). */
async function say(url: string, conversation: string, text: string): Promise<string[]> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'message', text, channelId: 'webchat', serviceUrl: 'http://localhost:9/unused', locale: 'fr-FR',
      deliveryMode: 'expectReplies', conversation: { id: conversation }, from: { id: `user-${conversation}` }, recipient: { id: 'bot' },
    }),
  });
  const body = (await response.json()) as { activities?: { text?: string }[] };
  return (body.activities ?? []).map((reply) => reply.text ?? '');
}

describe('the admin page in a browser', () => {
  let admin: AdminServer | undefined;
  const suite = browserSuite({
    startBot: async () => {
      admin = await startAdminServer();
      const running = admin;
      return { url: running.url, port: Number(new URL(running.url).port), config: undefined as never, web: undefined as never, close: () => running.close() };
    },
  });

  it('logs in, sees the figures of the conversations, accepts a question as an alternate, and the bot then answers it', async () => {
    const { page, bot } = suite;
    const before = await say(bot.url, 'c1', QUESTION);
    expect(before.join('\n')).not.toContain(fr('feedback.ask'));
    await say(bot.url, 'c2', QUESTION);

    await page.goto(`${bot.url}/admin`);
    await page.waitForURL(/\/admin\/login/);
    await page.getByLabel(a('login.username')).fill('admin');
    await page.getByLabel(a('login.password')).fill(PASSWORD);
    await page.getByRole('button', { name: a('login.submit') }).click();
    await page.waitForURL((url) => url.pathname === '/admin');
    const unanswered = page.locator('.figure', { hasText: a('dashboard.unanswered') }).locator('.figure__value');
    expect(Number(await unanswered.textContent())).toBeGreaterThanOrEqual(2);
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    if (process.env.SHOT !== "0") await screenshot(page, "admin", TARGET);

    await page.getByRole('link', { name: a('nav.inbox') }).click();
    const group = page.locator('.inbox-group', { hasText: QUESTION });
    await group.waitFor();
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    const entryId = await group.locator('select').inputValue();
    await group.getByRole('button', { name: a('inbox.addAlternate') }).click();
    await group.getByText(a('inbox.done')).waitFor();

    const after = await say(bot.url, 'c3', QUESTION);
    const entry = admin?.editor.knowledge.kb.entries.find((candidate) => candidate.id === entryId);
    expect(after.join('\n')).toContain(fr('feedback.ask'));
    expect(after.join('\n')).toContain((entry?.answer.fr ?? '').slice(0, 40));
  });
});
