import type { Page } from 'playwright-core';
import { translator } from '../../locales';
import { startFakeAzureDirectLine, type FakeAzureDirectLine } from './support/azure-direct-line';
import { startBotServer, type RunningBot } from './support/bot-server';
import { launchChromium, type Browser } from './support/chromium';
import { watchPage, type PageWatch } from './support/page-watch';
import { plain, transcriptTexts, waitForMessage } from './support/webchat';

const en = translator('en', 'conversation');
const fr = translator('fr', 'conversation');

describe('web chat on Azure’s Direct Line (DIRECTLINE_SECRET set)', () => {
  let azure: FakeAzureDirectLine;
  let bot: RunningBot;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    azure = await startFakeAzureDirectLine(() => bot.url);
    bot = await startBotServer({ directLineSecret: 'azure-secret', directLineEndpoint: azure.endpoint });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
    await azure?.close();
  });
  beforeEach(async () => {
    page = await browser.context.newPage();
    watch = await watchPage(page);
    await azure.serve(page);
  });
  afterEach(async () => {
    expect(await watch.cspViolations()).toEqual([]);
    await page.close();
  });

  it('announces the page with webchat/join and its language, and is welcomed once, in that language', async () => {
    await page.goto(`${bot.url}/?lang=en`);
    await waitForMessage(page, en('welcome.privacy'));
    expect(azure.posted).toEqual([
      expect.objectContaining({ type: 'event', name: 'webchat/join', value: { language: 'en' } }),
    ]);
    await waitForMessage(page, en('cascade.firstHint'));
    const texts = await transcriptTexts(page);
    // Azure's own conversationUpdate (no locale) did not welcome in the default language first.
    expect(texts.filter((text) => text.includes(plain(en('welcome.privacy'))))).toHaveLength(1);
    expect(texts.join('\n')).not.toContain(plain(fr('welcome.privacy')));
    expect(watch.errors).toEqual([]);
  });
});
