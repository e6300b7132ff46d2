import type { Page } from 'playwright-core';
import { translator } from '../../locales';
import { pollUntil } from './support/poll';
import { browserSuite } from './support/suite';
import {
  clickSuggestedAction,
  messageCount,
  screenshot,
  scrollSettled,
  sendText,
  suggestedActions,
  transcript,
  waitForMessage,
} from './support/webchat';

const fr = translator('fr', 'conversation');
const ROR_QUESTION = 'Comment accéder aux données du ROR ?';

interface Box {
  top: number;
  bottom: number;
  height: number;
}

/** The transcript's visible area, and where a message sits in it (CSS pixels of the viewport). */
async function scrollerBox(page: Page): Promise<Box & { atEnd: boolean }> {
  return page.locator('.webchat__basic-transcript__scrollable').evaluate((element) => {
    const { top, bottom, height } = element.getBoundingClientRect();
    return { top, bottom, height, atEnd: element.scrollTop + element.clientHeight >= element.scrollHeight - 2 };
  });
}

async function boxOf(page: Page, index: number): Promise<Box> {
  const box = await transcript(page).nth(index).locator('.webchat__bubble').first().boundingBox();
  if (!box) throw new Error(`message #${index} is not rendered`);
  return { top: box.y, bottom: box.y + box.height, height: box.height };
}

/** Heights that matter for reflow: the chat panel, its transcript, its banners, its buttons. */
interface ChatLayout {
  panel: number;
  transcript: number;
  banner: number;
  buttons: number;
  pageOverflowsSideways: boolean;
}

async function chatLayout(page: Page, panelSelector: string): Promise<ChatLayout> {
  return page.evaluate((selector) => {
    const height = (css: string) => document.querySelector(css)?.getBoundingClientRect().height ?? 0;
    return {
      panel: selector === 'viewport' ? window.innerHeight : height(selector),
      transcript: height('.webchat__basic-transcript'),
      banner: height('.privacy'),
      buttons: height('.webchat__suggested-actions'),
      pageOverflowsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    };
  }, panelSelector);
}

describe('the chat’s layout: reading order and reflow', () => {
  const suite = browserSuite();

  it('opens a long answer at its first line on a phone, and brings the reply to a click into view', async () => {
    const { page, bot } = suite;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${bot.url}/`);
    await waitForMessage(page, fr('cascade.firstHint'));
    const seen = await messageCount(page);
    await sendText(page, ROR_QUESTION);
    const answer = await waitForMessage(page, ROR_QUESTION, { after: seen + 1 });
    await waitForMessage(page, fr('feedback.ask'), { after: answer });
    await scrollSettled(page);
    const scroller = await scrollerBox(page);
    const bubble = await boxOf(page, answer);
    // The answer is taller than the chat: its first line is at the top, the rest below.
    expect(bubble.height).toBeGreaterThan(scroller.height);
    expect(bubble.top).toBeGreaterThanOrEqual(scroller.top - 1);
    expect(bubble.top).toBeLessThan(scroller.top + 40);
    expect(scroller.atEnd).toBe(false);
    await screenshot(page, '14-long-answer-phone');

    // A click on a button sends without Web Chat scrolling: its reply still comes into view, from its first line.
    const rated = await messageCount(page);
    await clickSuggestedAction(page, fr('feedback.yes'));
    const thanks = await waitForMessage(page, fr('feedback.thanks'), { after: rated });
    await pollUntil(
      async () => {
        const [view, reply] = [await scrollerBox(page), await boxOf(page, thanks)];
        return reply.top >= view.top - 1 && reply.top + 20 <= view.bottom ? true : undefined;
      },
      async () => `the reply to "Oui" is not in view: ${JSON.stringify(await boxOf(page, thanks))}`,
    );
    await screenshot(page, '14b-reply-after-click-phone');
  });

  it.each([
    ['400 % zoom', 320, 256, '/chat?lang=fr&embed=1', 'viewport'],
    ['400 % zoom', 320, 256, '/?lang=fr', '#chat'],
    ['a phone with its keyboard open', 390, 470, '/chat?lang=fr&embed=1', 'viewport'],
    ['a phone with its keyboard open', 390, 470, '/?lang=fr', '#chat'],
    ['400 % zoom, in English', 320, 256, '/chat?lang=en&embed=1', 'viewport'],
  ])('at %s (%i × %i), %s keeps half the chat for the transcript', async (_case, width, height, path, panel) => {
    const { page, bot } = suite;
    await page.setViewportSize({ width, height });
    await page.goto(`${bot.url}${path}`);
    await waitForMessage(page, translator(path.includes('lang=en') ? 'en' : 'fr', 'conversation')('cascade.firstHint'));
    await suggestedActions(page).first().waitFor();
    await page.locator(panel === 'viewport' ? '#webchat' : panel).evaluate((element) => element.scrollIntoView());
    let layout: ChatLayout | undefined;
    // Web Chat shows a "connecting" line for a moment after the first messages: wait until it has gone.
    await pollUntil(
      async () => {
        layout = await chatLayout(page, panel);
        return layout.transcript >= layout.panel / 2 ? layout : undefined;
      },
      () => `transcript below half the chat: ${JSON.stringify(layout)}`,
      { timeout: 10_000 },
    );
    expect(layout?.banner).toBeLessThanOrEqual(40);
    expect(layout?.buttons).toBeLessThanOrEqual((layout?.panel ?? 0) * 0.25);
    expect(layout?.pageOverflowsSideways).toBe(false);
    await screenshot(page, `15-reflow-${width}x${height}${path.replace(/[^a-z]+/g, '-')}`);
  });
});
