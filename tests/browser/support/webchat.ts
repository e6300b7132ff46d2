import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { projectPath } from '../../../config/paths';

/** A page or the chat iframe of the embed widget: both hold one Web Chat. */
export type ChatSurface = Page | Frame;

export const SCREENSHOT_DIR = projectPath('artifacts', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Web Chat scrolls to the newest message with an animation.
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
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
  const deadline = Date.now() + (options.timeout ?? 20_000);
  const matches = (candidate: string) =>
    typeof text === 'string' ? candidate.includes(plain(text)) : text.test(candidate);
  let texts: string[] = [];
  while (Date.now() < deadline) {
    texts = await transcriptTexts(surface);
    const index = texts.findIndex((candidate, position) => position >= (options.after ?? 0) && matches(candidate));
    if (index >= 0) return index;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `No message with ${String(text)} after #${options.after ?? 0}. Transcript:\n${texts.join('\n---\n')}`,
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
