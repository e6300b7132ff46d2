import { translator } from '../../locales';
import { runAxe } from './support/axe';
import { browserSuite } from './support/suite';
import { clickSuggestedAction, messageCount, sendText, waitForMessage } from './support/webchat';

describe('accessibility (axe-core): no violation', () => {
  const suite = browserSuite();

  it.each(['fr', 'en'] as const)('on the help page with the chat, its buttons and an answer (%s)', async (lang) => {
    const { page, bot } = suite;
    const t = translator(lang, 'conversation');
    await page.goto(`${bot.url}/?lang=${lang}`);
    await waitForMessage(page, t('cascade.firstHint'));
    expect(await runAxe(page)).toEqual([]);

    let seen = await messageCount(page);
    await clickSuggestedAction(page, /label/i);
    seen = await messageCount(page);
    await sendText(page, lang === 'fr' ? 'Comment obtenir un financement Ségur ?' : 'How do I get Ségur funding?');
    await waitForMessage(page, t('feedback.ask'), { after: seen });
    expect(await runAxe(page)).toEqual([]);
  });

  it.each([
    ['the accessibility statement', '/accessibilite'],
    ['the statement in English', '/accessibilite?lang=en'],
    ['the chat page of the embed widget', '/chat?lang=fr&embed=1'],
  ])('on %s', async (_name, path) => {
    const { page, bot } = suite;
    await page.goto(`${bot.url}${path}`);
    if (path.startsWith('/chat')) await waitForMessage(page, translator('fr', 'conversation')('cascade.firstHint'));
    expect(await runAxe(page)).toEqual([]);
  });

  it('after switching language in the chat, and at 400 % zoom', async () => {
    const { page, bot } = suite;
    await page.goto(`${bot.url}/`);
    await waitForMessage(page, translator('fr', 'conversation')('cascade.firstHint'));
    const seen = await messageCount(page);
    await sendText(page, 'English');
    await waitForMessage(page, translator('en', 'conversation')('language.switched'), { after: seen });
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await runAxe(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 256 });
    expect(await runAxe(page)).toEqual([]);
  });

  it('lets the first Tab into the chat reach it without Web Chat’s keyboard help covering it', async () => {
    const { page, bot } = suite;
    await page.goto(`${bot.url}/`);
    await waitForMessage(page, translator('fr', 'conversation')('cascade.firstHint'));
    await page.locator('#chat').focus();
    const inChat = () =>
      page.evaluate(() => document.getElementById('webchat')?.contains(document.activeElement) ?? false);
    for (let presses = 0; presses < 5 && !(await inChat()); presses += 1) await page.keyboard.press('Tab');
    expect(await inChat()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('.webchat__keyboard-help'))).toBeNull();
    expect(await page.locator('.webchat__keyboard-help').isVisible()).toBe(false);
    expect(await page.locator('.webchat__basic-transcript__activity').last().isVisible()).toBe(true);
  });
});
