import { createServer, type Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { translator } from '../../locales';
import { startBotServer, type RunningBot } from './support/bot-server';
import { launchChromium, type Browser } from './support/chromium';
import { watchPage } from './support/page-watch';
import { clickSuggestedAction, messageCount, screenshot, waitForMessage } from './support/webchat';

const fr = translator('fr', 'conversation');
const embedFr = translator('fr', 'web');

interface PartnerSite {
  server: Server;
  origin: string;
}

/**
 * Another site, on another origin, with the one-line snippet and a strict CSP of its own (the widget must work
 * under it: scripts and frames from the bot's origin only, no inline styles).
 */
async function partnerSite(botUrl: () => string): Promise<PartnerSite> {
  const server = createServer((_req, res) => {
    const bot = botUrl();
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'self'; script-src 'self' ${bot}; frame-src ${bot}; style-src 'self'`,
    });
    res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site partenaire</title></head>
<body><main><h1>Site partenaire</h1><p>Une page d’un autre site.</p></main>
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

describe('embed widget on another site', () => {
  let bot: RunningBot;
  let allowed: PartnerSite;
  let other: PartnerSite;
  let browser: Browser;

  beforeAll(async () => {
    allowed = await partnerSite(() => bot.url);
    other = await partnerSite(() => bot.url);
    bot = await startBotServer({ allowedOrigins: [allowed.origin] });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
    for (const site of [allowed, other]) await new Promise<void>((resolve) => site?.server.close(() => resolve()));
  });

  it('opens the panel from the button and chats, on an allowlisted site', async () => {
    const page = await browser.context.newPage();
    const watch = await watchPage(page);
    await page.goto(`${allowed.origin}/`);
    const open = page.getByRole('button', { name: embedFr('embed.openLabel') });
    await open.waitFor();
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await screenshot(page, '08-embed-widget-closed');
    await open.click();
    expect(await page.locator('#faq-sante-panel').isVisible()).toBe(true);

    const frame = await chatFrame(page);
    await waitForMessage(frame, fr('cascade.firstHint'));
    // The panel gave the keyboard focus to the send box inside the frame.
    await frame.waitForFunction(() => document.activeElement?.classList.contains('webchat__send-box-text-box__input'));
    const seen = await messageCount(frame);
    await clickSuggestedAction(frame, /^Labels/);
    await waitForMessage(frame, /questions qui correspondent/, { after: seen });
    await screenshot(page, '08-embed-widget-open');

    await page.getByRole('button', { name: embedFr('embed.closeLabel') }).click();
    expect(await page.locator('#faq-sante-panel').isVisible()).toBe(false);
    expect(await open.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(watch.errors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    await page.close();
  });

  it('cannot be framed by a site that is not on the allowlist', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${other.origin}/`);
    await page.getByRole('button', { name: embedFr('embed.openLabel') }).click();
    const frame = await chatFrame(page);
    await page.waitForTimeout(1500);
    expect(await frame.locator('#webchat').count()).toBe(0);
    await page.close();
  });
});
