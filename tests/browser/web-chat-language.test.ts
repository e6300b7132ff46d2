import type { Page } from 'playwright-core';
import { translator } from '../../locales';
import { browserSuite } from './support/suite';
import {
  bubbleTexts,
  clickSuggestedAction,
  messageCount,
  messageLanguages,
  plain,
  screenshot,
  sendBox,
  sendText,
  transcript,
  waitForMessage,
} from './support/webchat';

const fr = translator('fr', 'conversation');
const en = translator('en', 'conversation');
const webEn = translator('en', 'web');

/** Marks the document, to tell afterwards whether it is still the same one (a reload would lose the mark). */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
}

async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

/** A French chat that has gone a step into the cascade. */
async function frenchChat(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForMessage(page, fr('cascade.firstHint'));
  const seen = await messageCount(page);
  await clickSuggestedAction(page, /^Labels/);
  await waitForMessage(page, /questions qui correspondent/, { after: seen });
  await markDocument(page);
}

/** Everything of the page that says English: <html lang>, texts, address, Web Chat's own strings. */
async function expectPageInEnglish(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  expect(await page.locator('h1').innerText()).toBe(webEn('home.title'));
  expect(await page.title()).toBe(webEn('meta.title'));
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  await page.waitForFunction(
    () =>
      document.querySelector('.webchat__send-box-text-box__input')?.getAttribute('placeholder') ===
      'Type your message',
  );
  expect(await page.locator('.lang-switch').innerText()).toBe(webEn('header.langSwitch'));
}

describe('switching language keeps the conversation and puts the page, Web Chat and each message in it', () => {
  const suite = browserSuite();

  it('typed « English »: the page follows the bot, without reloading, and every bubble says its language', async () => {
    const { page, bot } = suite;
    await frenchChat(page, `${bot.url}/`);
    const before = await bubbleTexts(page);
    const seen = await messageCount(page);
    await sendText(page, 'English');
    await waitForMessage(page, en('language.switched'), { after: seen });
    await expectPageInEnglish(page);
    expect(await sameDocument(page)).toBe(true);
    expect((await bubbleTexts(page)).slice(0, before.length)).toEqual(before);

    const languages = await messageLanguages(page);
    expect(languages.slice(0, seen)).toEqual(Array(seen).fill('fr'));
    expect(languages.at(-1)).toBe('en');
    // Web Chat's own words and times, in English: the bot's name, "Sent on December 3 at 1:15 PM", "Just now".
    const last = plain(await transcript(page).last().innerText());
    expect(last).toMatch(/^FAQ Santé said:/);
    expect(last).toMatch(/Sent on [A-Z][a-z]+ \d{1,2} at \d{1,2}:\d{2} [AP]M/);
    await screenshot(page, '12-switched-in-chat');

    await page.reload();
    await waitForMessage(page, en('language.switched'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await bubbleTexts(page)).slice(0, before.length)).toEqual(before);
  });

  it('the page’s « English » link: the same, the bot told (it answers in English), focus on the link', async () => {
    const { page, bot } = suite;
    await frenchChat(page, `${bot.url}/`);
    const seen = await messageCount(page);
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await expectPageInEnglish(page);
    await waitForMessage(page, en('language.switched'), { after: seen });
    await waitForMessage(page, /questions that match your choices/, { after: seen });
    expect(await sameDocument(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('hreflang'))).toBe('fr');
    await screenshot(page, '13-switched-with-page-link');
  });

  it('a page in the other language resumes the conversation in it (another page of an embedding site)', async () => {
    const { page, bot } = suite;
    await frenchChat(page, `${bot.url}/chat?lang=fr&embed=1`);
    const before = await bubbleTexts(page);
    await page.goto(`${bot.url}/chat?lang=en&embed=1`);
    await waitForMessage(page, en('language.switched'));
    expect((await bubbleTexts(page)).slice(0, before.length)).toEqual(before);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await sendBox(page).getAttribute('placeholder')).toBe('Type your message');
  });

  it('in French: 24-hour times, typographic apostrophes, the bot’s name in what screen readers hear', async () => {
    const { page, bot } = suite;
    await page.goto(`${bot.url}/`);
    await waitForMessage(page, fr('cascade.firstHint'));
    const last = plain(await transcript(page).last().innerText());
    expect(last).toMatch(/^FAQ Santé a dit :/);
    expect(last).toMatch(/Envoyé le \d{1,2}(er)? [a-zéû]+ à \d{1,2} h \d{2}/);
    expect(last).not.toMatch(/[AP]M|\d:\d/);
    expect(await transcript(page).last().innerText()).toContain('À l’instant');
    expect(await page.locator('#webchat').innerText()).not.toMatch(/Le bot|FS a dit/);
    expect(await messageLanguages(page)).toEqual(Array(await messageCount(page)).fill('fr'));
  });
});
