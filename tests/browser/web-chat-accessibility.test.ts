import type { Page } from 'playwright-core';
import { translator } from '../../locales';
import { runAxe, seriousOrCritical } from './support/axe';
import { startBotServer, type RunningBot } from './support/bot-server';
import { launchChromium, type Browser } from './support/chromium';
import { clickSuggestedAction, messageCount, sendText, waitForMessage } from './support/webchat';

describe('accessibility (axe-core): no serious or critical violation', () => {
  let bot: RunningBot;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    bot = await startBotServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });
  beforeEach(async () => {
    page = await browser.context.newPage();
  });
  afterEach(async () => {
    await page.close();
  });

  it.each(['fr', 'en'] as const)('on the help page with the chat, its buttons and an answer (%s)', async (lang) => {
    const t = translator(lang, 'conversation');
    await page.goto(`${bot.url}/?lang=${lang}`);
    await waitForMessage(page, t('cascade.firstHint'));
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);

    let seen = await messageCount(page);
    await clickSuggestedAction(page, /label/i);
    seen = await messageCount(page);
    await sendText(page, lang === 'fr' ? 'Comment obtenir un financement Ségur ?' : 'How do I get Ségur funding?');
    await waitForMessage(page, t('feedback.ask'), { after: seen });
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
  });

  it.each([
    ['the accessibility statement', '/accessibilite'],
    ['the statement in English', '/accessibilite?lang=en'],
    ['the chat page of the embed widget', '/chat?lang=fr&embed=1'],
  ])('on %s', async (_name, path) => {
    await page.goto(`${bot.url}${path}`);
    if (path.startsWith('/chat')) await waitForMessage(page, translator('fr', 'conversation')('cascade.firstHint'));
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
  });
});
