import { MAX_MESSAGE_LENGTH } from '../../channels/web/chat-host';
import { translator } from '../../locales';
import { IN_MEMORY, openStorage, type OpenedStorage } from '../../storage';
import { runAxe, seriousOrCritical } from './support/axe';
import { startBotServer } from './support/bot-server';
import { pollUntil } from './support/poll';
import { browserSuite } from './support/suite';
import { messageCount, screenshot, sendBox, sendText, transcriptTexts, waitForMessage } from './support/webchat';

const fr = translator('fr', 'conversation');
const web = translator('fr', 'web');
const KEY = 'the-key-every-instance-of-the-bot-shares-0123456789';
const SEND_FAILED = /Échec de l.envoi/;

/** Requests a stopped server leaves unanswered: the browser reports them, the page copes with them. */
const OUTAGE_ERRORS = /Failed to load resource|ERR_CONNECTION_REFUSED|status of 403/;

describe('web chat when the connection breaks (browser)', () => {
  let storage: OpenedStorage;
  beforeAll(async () => {
    storage = await openStorage({ dataDir: IN_MEMORY });
  });
  afterAll(async () => {
    await storage?.close();
  });
  const suite = browserSuite({
    startBot: () => startBotServer({ tokenKey: KEY }, { storage }),
    botPerTest: true,
    expectedErrors: OUTAGE_ERRORS,
  });

  /**
   * Stops the server as a restart does, waits until the page's next poll finds no server, then starts another on
   * the same port, with the same database.
   */
  async function restartBot(tokenKey?: string): Promise<void> {
    const { port } = suite.bot;
    const pollFailed = suite.page.waitForEvent('requestfailed', {
      predicate: (request) => /\/activities\?watermark=/.test(request.url()),
      timeout: 20_000,
    });
    await suite.bot.close();
    suite.setBot(undefined);
    await pollFailed;
    suite.setBot(await startBotServer(tokenKey ? { tokenKey } : {}, { storage, port }));
  }

  it('goes on after a server restart with the same token key: same conversation, same dialog state', async () => {
    const { page } = suite;
    await page.goto(`${suite.bot.url}/`);
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
    const { page } = suite;
    await page.goto(`${suite.bot.url}/`);
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

  it('after a restart, a reload resumes the conversation, saying its earlier messages are gone', async () => {
    const { page } = suite;
    await page.goto(`${suite.bot.url}/`);
    await waitForMessage(page, fr('cascade.firstHint'));
    const seen = await messageCount(page);
    await sendText(page, 'Comment obtenir un financement Ségur ?');
    await waitForMessage(page, fr('feedback.ask'), { after: seen });

    await restartBot(KEY);
    await page.reload();
    const note = page.getByRole('status').filter({ hasText: web('chat.historyLost') });
    await note.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await messageCount(page)).toBe(0);
    await sendText(page, 'Non');
    await waitForMessage(page, fr('feedback.askReason'));
    await screenshot(page, '22-reloaded-after-restart-fr');
  });

  it('after a restart with another key, a reload starts a new conversation instead of a dead one', async () => {
    const { page } = suite;
    await page.goto(`${suite.bot.url}/`);
    await waitForMessage(page, fr('cascade.firstHint'));
    const before = await page.evaluate(() => sessionStorage.getItem('faq-sante-bot:conversation'));

    await restartBot();
    await page.reload();
    await waitForMessage(page, fr('cascade.firstHint'));
    const after = await page.evaluate(() => sessionStorage.getItem('faq-sante-bot:conversation'));
    expect(JSON.parse(after ?? '{}').conversationId).not.toBe(JSON.parse(before ?? '{}').conversationId);
    expect(await page.locator('.webchat-notice, .webchat-history-note').count()).toBe(0);
  });

  it('cuts a huge paste at the send box limit, so it is sent and answered instead of refused', async () => {
    const { page } = suite;
    await page.goto(`${suite.bot.url}/`);
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
    await pollUntil(
      async () => ((await answered()) ? true : undefined),
      async () => `no answer after the long message:\n${(await transcriptTexts(page)).join('\n---\n')}`,
    );
    expect((await transcriptTexts(page)).some((text) => SEND_FAILED.test(text))).toBe(false);
  });
});
