import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { projectPath } from '../../../config/paths';
import { pollUntil } from './poll';

/** A page or the chat iframe of the embed widget: both hold one Web Chat. */
export type ChatSurface = Page | Frame;

export const SCREENSHOT_DIR = projectPath('artifacts', 'screenshots');

/** Web Chat scrolls to the newest message with an animation: waits until the transcript has stopped moving. */
export async function scrollSettled(surface: ChatSurface): Promise<void> {
  await surface.waitForFunction(
    () => {
      const scroller = document.querySelector('.webchat__basic-transcript__scrollable');
      const seen = window as unknown as { __lastScrollTop?: number };
      const top = scroller?.scrollTop ?? 0;
      const still = seen.__lastScrollTop === top;
      seen.__lastScrollTop = top;
      return still;
    },
    undefined,
    { polling: 100 },
  );
}

export async function screenshot(page: Page, name: string, path = join(SCREENSHOT_DIR, `${name}.png`)): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await scrollSettled(page);
  await page.screenshot({ path, fullPage: true });
}

/** The rendered transcript activities (bot and user), in order. */
export function transcript(surface: ChatSurface): Locator {
  return surface.locator('.webchat__basic-transcript__activity');
}

/**
 * Text as compared by the tests: typographic apostrophes and quotes (markdown's typographer adds them) and (narrow)
 * no-break spaces made plain.
 */
export function plain(text: string): string {
  return text
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u00a0\u202f\u200b]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function transcriptTexts(surface: ChatSurface): Promise<string[]> {
  return (await transcript(surface).allInnerTexts()).map(plain);
}

/**
 * Waits until a message after the first `after` ones contains `text` (compared with `plain`), and returns the index
 * of that message. On timeout, the error lists the transcript, which is what one needs to see.
 */
export async function waitForMessage(
  surface: ChatSurface,
  text: string | RegExp,
  options: { after?: number; timeout?: number } = {},
): Promise<number> {
  const matches = (candidate: string) =>
    typeof text === 'string' ? candidate.includes(plain(text)) : text.test(candidate);
  let texts: string[] = [];
  return pollUntil(
    async () => {
      texts = await transcriptTexts(surface);
      const index = texts.findIndex((candidate, position) => position >= (options.after ?? 0) && matches(candidate));
      return index >= 0 ? index : undefined;
    },
    () => `No message with ${String(text)} after #${options.after ?? 0}. Transcript:\n${texts.join('\n---\n')}`,
    { timeout: options.timeout },
  );
}

/** How many messages are shown: pass it as `after` to wait for what comes next. */
export function messageCount(surface: ChatSurface): Promise<number> {
  return transcript(surface).count();
}

export function suggestedActions(surface: ChatSurface): Locator {
  return surface.locator('.webchat__suggested-actions button.webchat__suggested-action');
}

export async function suggestedActionLabels(surface: ChatSurface): Promise<string[]> {
  await suggestedActions(surface).first().waitFor({ state: 'visible', timeout: 20_000 });
  return (await suggestedActions(surface).allInnerTexts()).map((text) => text.trim());
}

/** Clicks the suggested action whose label matches, as a user would. */
export async function clickSuggestedAction(surface: ChatSurface, label: string | RegExp): Promise<void> {
  const button = suggestedActions(surface).filter({ hasText: label }).first();
  await button.waitFor({ state: 'visible', timeout: 20_000 });
  await button.click();
}

export function sendBox(surface: ChatSurface): Locator {
  return surface.locator('.webchat__send-box-text-box__input');
}

export async function sendText(surface: ChatSurface, text: string): Promise<void> {
  const input = sendBox(surface);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

/** The bubbles' own texts, without what screen readers hear before them or the times: what a reload must keep. */
export async function bubbleTexts(surface: ChatSurface): Promise<string[]> {
  return (await surface.locator('.webchat__bubble__content').allInnerTexts()).map(plain);
}

/** The language each rendered message is marked with (`lang` of its wrapper), in order. */
export function messageLanguages(surface: ChatSurface): Promise<string[]> {
  return transcript(surface).evaluateAll((activities) =>
    activities.map((activity) => activity.querySelector('[lang]')?.getAttribute('lang') ?? ''),
  );
}

/** What the page keeps in sessionStorage to resume its conversation. */
export async function savedConversation(surface: ChatSurface): Promise<Record<string, unknown> | null> {
  const raw = await surface.evaluate(() => sessionStorage.getItem('faq-sante-bot:conversation'));
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
}
