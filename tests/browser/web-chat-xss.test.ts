import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../channels/directline/helpers';
import { startBotServer, type RunningBot } from './support/bot-server';
import type { PageWatch } from './support/page-watch';
import { browserSuite } from './support/suite';
import { messageCount, screenshot, sendText, transcript, waitForMessage } from './support/webchat';

/** Each payload would set window.__xss (and some open a dialog) if the page ever rendered it as HTML. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '[cliquez ici](javascript:window.__xss=2)',
  '<script>window.__xss=3</script>',
  '<a href="javascript:window.__xss=4">lien piégé</a>',
  '<svg onload="window.__xss=5"></svg> <iframe src="javascript:window.__xss=6"></iframe>',
];

/** Sends each payload and waits until it shows as text: in the user's bubble, and in the bot's if it repeats it. */
async function sendPayloads(page: Page, botRepeats: boolean): Promise<void> {
  for (const payload of PAYLOADS) {
    const seen = await messageCount(page);
    await sendText(page, payload);
    const echo = await waitForMessage(page, payload, { after: seen });
    if (botRepeats) await waitForMessage(page, `echo ${payload} from`, { after: echo + 1 });
  }
}

async function expectNothingExecuted(page: Page, watch: PageWatch): Promise<void> {
  for (const link of await transcript(page).locator('a').all()) {
    if (/cliquez ici|lien piégé/.test(await link.innerText()))
      await link.click({ modifiers: [] }).catch(() => undefined);
  }
  // Whatever a click started has run once the page has painted a frame and emptied its task queue.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(watch.dialogs).toEqual([]);
  const chat = page.locator('#webchat');
  expect(await chat.locator('img[src="x"], script, svg[onload], iframe').count()).toBe(0);
  expect(await chat.locator('a[href^="javascript:" i]').count()).toBe(0);
  expect(await chat.locator('[onerror], [onload], [onclick]').count()).toBe(0);
}

describe('user text never runs as HTML or script', () => {
  // Each test starts the bot it needs: the real one, or one that repeats what it is sent.
  const suite = browserSuite({ startBot: async () => undefined });

  it('with the real bot: the echoed messages stay text', async () => {
    const { page, watch } = suite;
    const bot: RunningBot = await startBotServer();
    try {
      await page.goto(`${bot.url}/`);
      await waitForMessage(page, /Choisissez/);
      await sendPayloads(page, false);
      await expectNothingExecuted(page, watch);
      await screenshot(page, '09-xss-real-bot');
    } finally {
      await bot.close();
    }
  });

  it('with a bot repeating the text as markdown: no HTML rendering, javascript: links are not links', async () => {
    const { page, watch } = suite;
    const echo: TestServer = await startTestServer();
    try {
      await page.goto(`${echo.url}/`);
      await waitForMessage(page, 'welcome fr');
      await sendPayloads(page, true);
      await expectNothingExecuted(page, watch);
      await screenshot(page, '10-xss-echo-bot');
    } finally {
      await echo.close();
    }
  });
});
