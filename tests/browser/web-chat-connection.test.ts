import type { Page } from 'playwright-core';
import { MAX_MESSAGE_LENGTH } from '../../channels/web/pages';
import { translator } from '../../locales';
import { IN_MEMORY, openStorage, type OpenedStorage } from '../../storage';
import { runAxe, seriousOrCritical } from './support/axe';
import { startBotServer, type RunningBot } from './support/bot-server';
import { launchChromium, type Browser } from './support/chromium';
import { watchPage, type PageWatch } from './support/page-watch';
import { messageCount, screenshot, sendBox, sendText, transcriptTexts, waitForMessage } from './support/webchat';

const fr = translator('fr', 'conversation');
const web = translator('fr', 'web');
const KEY = 'the-key-every-instance-of-the-bot-shares-0123456789';
const SEND_FAILED = /Échec de l.envoi/;

/** Requests a stopped server leaves unanswered: the browser reports them, the page copes with them. */
const OUTAGE_ERRORS = /Failed to load resource|ERR_CONNECTION_REFUSED|status of 403/;

describe('web chat when the connection breaks (browser)', () => {
  let storage: OpenedStorage;
  let bot: RunningBot | undefined;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  /** Stops the server as a restart does, then starts another on the same port, with the same database. */
  async function restartBot(tokenKey?: string): Promise<void> {
    const port = bot?.port;
    await bot?.close();
    bot = undefined;
    // Long enough for Web Chat's next poll (every second) to find no server.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    bot = await startBotServer(tokenKey ? { tokenKey } : {}, { storage, port });
  }

  beforeAll(async () => {
    storage = await openStorage({ dataDir: IN_MEMORY });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
    await storage?.close();
  });
  beforeEach(async () => {
    bot = await startBotServer({ tokenKey: KEY }, { storage });
    page = await browser.context.newPage();
    watch = await watchPage(page);
  });
  afterEach(async () => {
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.errors.filter((error) => !OUTAGE_ERRORS.test(error))).toEqual([]);
    await page.close();
    await bot?.close();
    bot = undefined;
  });

  it('goes on after a server restart with the same token key: same conversation, same dialog state', async () => {
    await page.goto(`${bot?.url}/`);
    await waitForMessage(page, fr('cascade.firstHint'));
    let seen = await messageCount(page);
    await sendText(page, 'Comment obtenir un financement Ségur ?');
    await waitForMessage(page, fr('feedback.ask'), { after: seen });
    const before = await transcriptTexts(page);

    await restartBot(KEY);

    seen = await messageCount(page);
    await sendText(page, 'Non');
    // "Non" only makes sense to the feedback step that was waiting before the restart.
    await waitForMessage(page, fr('feedback.askReason'), { after: seen });
    const after = await transcriptTexts(page);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.filter((text) => text.includes(fr('cascade.firstHint')))).toHaveLength(1);
    expect(after.some((text) => SEND_FAILED.test(text))).toBe(false);
    expect(await page.locator('.webchat-notice').count()).toBe(0);
    await screenshot(page, '20-after-restart-fr');
  });

  it('says so when the server refuses the token (new key), and starts a new conversation', async () => {
    await page.goto(`${bot?.url}/`);
    await waitForMessage(page, fr('cascade.firstHint'));

    await restartBot(); // a random key, as when DIRECTLINE_TOKEN_KEY is not set
    await sendText(page, 'bonjour');

    const notice = page.getByRole('alert').filter({ hasText: web('chat.connectionLost') });
    await notice.waitFor({ state: 'visible', timeout: 20_000 });
    const restart = notice.getByRole('button', { name: web('chat.restart') });
    expect(await restart.isVisible()).toBe(true);
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    await screenshot(page, '21-connection-lost-fr');

    await restart.focus();
    await page.keyboard.press('Enter');
    await waitForMessage(page, fr('cascade.firstHint'));
    expect(await page.locator('.webchat-notice').count()).toBe(0);
    expect(await sendBox(page).evaluate((element) => element === document.activeElement)).toBe(true);
    const seen = await messageCount(page);
    await page.keyboard.type('aide');
    await page.keyboard.press('Enter');
    await waitForMessage(page, /recommencer/, { after: seen });
    expect((await transcriptTexts(page)).some((text) => SEND_FAILED.test(text))).toBe(false);
  });

  it('cuts a huge paste at the send box limit, so it is sent and answered instead of refused', async () => {
    await page.goto(`${bot?.url}/`);
    await waitForMessage(page, fr('cascade.firstHint'));
    const seen = await messageCount(page);
    const input = sendBox(page);
    await input.click();
    await input.fill('é'.repeat(20_000));
    expect(await input.evaluate((element) => (element as HTMLInputElement).value.length)).toBe(MAX_MESSAGE_LENGTH);
    await input.press('Enter');
    await waitForMessage(page, 'é'.repeat(50), { after: seen });
    // The bot's answer to it, whatever it is, follows the user's message.
    const answered = async () => (await messageCount(page)) > seen + 1;
    for (let waited = 0; waited < 100 && !(await answered()); waited += 1) await page.waitForTimeout(200);
    expect(await answered()).toBe(true);
    expect((await transcriptTexts(page)).some((text) => SEND_FAILED.test(text))).toBe(false);
  });
});
