import { createServer, type Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { translator } from '../../locales';
import { startBotServer } from './support/bot-server';
import { browserSuite } from './support/suite';
import { pollUntil } from './support/poll';
import {
  bubbleTexts,
  clickSuggestedAction,
  messageCount,
  screenshot,
  sendBox,
  sendText,
  transcriptTexts,
  waitForMessage,
} from './support/webchat';

const fr = translator('fr', 'conversation');
const en = translator('en', 'conversation');
const embedFr = translator('fr', 'web');
const embedEn = translator('en', 'web');

interface PartnerSite {
  server: Server;
  origin: string;
}

/**
 * Another site, on another origin, with the one-line snippet on each of its pages and a strict CSP of its own (the
 * widget must work under it: scripts and frames from the bot's origin only, no inline styles).
 */
async function partnerSite(botUrl: () => string): Promise<PartnerSite> {
  const server = createServer((req, res) => {
    const bot = botUrl();
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'self'; script-src 'self' ${bot}; frame-src ${bot}; style-src 'self'`,
    });
    res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site partenaire</title></head>
<body><main><h1>Site partenaire ${req.url}</h1><p>Une page d’un autre site.</p>
<a href="/autre-page">Autre page</a></main>
<script src="${bot}/embed.js" data-lang="fr"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, origin: `http://localhost:${port}` };
}

async function chatFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('#faq-sante-panel iframe');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('the widget iframe has no frame');
  return frame;
}

function openButton(page: Page) {
  return page.getByRole('button', { name: embedFr('embed.openLabel') });
}

/** Opens the panel and waits until the chat in it has the keyboard focus in its send box. */
async function openChat(page: Page): Promise<Frame> {
  await openButton(page).click();
  const frame = await chatFrame(page);
  await waitForMessage(frame, fr('cascade.firstHint'));
  await frame.waitForFunction(() => document.activeElement?.classList.contains('webchat__send-box-text-box__input'));
  return frame;
}

describe('embed widget on another site', () => {
  let allowed: PartnerSite;
  let other: PartnerSite;
  const suite = browserSuite({
    startBot: async () => {
      allowed = await partnerSite(() => suite.bot.url);
      other = await partnerSite(() => suite.bot.url);
      return startBotServer({ allowedOrigins: [allowed.origin] });
    },
  });
  afterAll(async () => {
    for (const site of [allowed, other]) await new Promise<void>((resolve) => site?.server.close(() => resolve()));
  });

  it('opens the panel from a button named by its label, and chats, on an allowlisted site', async () => {
    const { page } = suite;
    await page.goto(`${allowed.origin}/`);
    const open = openButton(page);
    await open.waitFor();
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    // WCAG 2.5.3: the accessible name contains the visible label.
    const label = (await open.innerText()).trim();
    expect((await open.getAttribute('aria-label'))?.startsWith(label)).toBe(true);
    await screenshot(page, '08-embed-widget-closed');

    const frame = await openChat(page);
    expect(await page.locator('#faq-sante-panel').isVisible()).toBe(true);
    const seen = await messageCount(frame);
    await clickSuggestedAction(frame, /^Labels/);
    await waitForMessage(frame, /questions qui correspondent/, { after: seen });
    await screenshot(page, '08-embed-widget-open');

    await page.getByRole('button', { name: embedFr('embed.closeLabel') }).click();
    expect(await page.locator('#faq-sante-panel').isVisible()).toBe(false);
    expect(await open.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('closes with Escape pressed in the chat, and gives the focus back to the button', async () => {
    const { page } = suite;
    await page.goto(`${allowed.origin}/`);
    const frame = await openChat(page);
    await sendBox(frame).press('Escape');
    await page.locator('#faq-sante-panel').waitFor({ state: 'hidden' });
    expect(await openButton(page).evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await openButton(page).getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the conversation, with its history, on another page of the site', async () => {
    const { page } = suite;
    await page.goto(`${allowed.origin}/`);
    const frame = await openChat(page);
    const seen = await messageCount(frame);
    await clickSuggestedAction(frame, /^Labels/);
    await waitForMessage(frame, /questions qui correspondent/, { after: seen });
    const before = await transcriptTexts(frame);

    await page.getByRole('link', { name: 'Autre page' }).click();
    await page.waitForURL(/autre-page$/);
    await openButton(page).click();
    const next = await chatFrame(page);
    await waitForMessage(next, /questions qui correspondent/);
    expect((await transcriptTexts(next)).slice(0, before.length)).toEqual(before);
    expect((await transcriptTexts(next)).filter((text) => text.includes(fr('cascade.firstHint')))).toHaveLength(1);
  });

  it('keeps the language chosen in the chat on the site’s next page, and the panel follows it', async () => {
    const { page } = suite;
    await page.goto(`${allowed.origin}/`);
    const frame = await openChat(page);
    const seen = await messageCount(frame);
    await sendText(frame, 'English');
    await waitForMessage(frame, en('language.switched'), { after: seen });
    const closeEn = page.getByRole('button', { name: embedEn('embed.closeLabel') });
    await closeEn.waitFor();
    const before = await bubbleTexts(frame);

    await page.getByRole('link', { name: 'Autre page' }).click();
    await page.waitForURL(/autre-page$/);
    await openButton(page).click();
    const next = await chatFrame(page);
    await waitForMessage(next, en('language.switched'));
    await next.waitForFunction(() => document.documentElement.lang === 'en');
    expect((await bubbleTexts(next)).slice(0, before.length)).toEqual(before);
    expect((await bubbleTexts(next)).some((text) => text.includes(fr('language.switched')))).toBe(false);
    await page.getByRole('button', { name: embedEn('embed.closeLabel') }).waitFor();
  });

  it('fills a short window without its header (400 % zoom): the chat keeps half of it, and closes itself', async () => {
    const { page } = suite;
    await page.setViewportSize({ width: 320, height: 256 });
    await page.goto(`${allowed.origin}/`);
    const frame = await openChat(page);
    const panel = await page.locator('#faq-sante-panel').boundingBox();
    expect(panel).toEqual({ x: 0, y: 0, width: 320, height: 256 });
    await pollUntil(
      async () => {
        const transcript = await frame.locator('.webchat__basic-transcript').boundingBox();
        return transcript && transcript.height >= 128 ? true : undefined;
      },
      async () => `transcript below half the panel: ${JSON.stringify(await frame.locator('.webchat__basic-transcript').boundingBox())}`,
      { timeout: 10_000 },
    );
    await screenshot(page, '08-embed-widget-400-percent');
    await frame.getByRole('button', { name: embedFr('embed.closeLabel') }).click();
    await page.locator('#faq-sante-panel').waitFor({ state: 'hidden' });
    expect(await openButton(page).evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('cannot be framed by a site that is not on the allowlist', async () => {
    const { page } = suite;
    await page.goto(`${other.origin}/`);
    const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
    await openButton(page).click();
    const frame = await chatFrame(page);
    await refused;
    expect(await frame.locator('#webchat').count()).toBe(0);
    // The refusal is the browser's console error this test expects; any other one still fails it.
    const { errors } = suite.watch;
    errors.splice(0, errors.length, ...errors.filter((error) => !/frame-ancestors/.test(error)));
  });
});
