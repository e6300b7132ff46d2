import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { pollUntil } from '../support/poll';
import { plain, SCREENSHOT_DIR } from '../support/webchat';

const WAIT_MS = 20_000;

/** Agents Playground's Teams-like client, driven as a user would (see `playground.ts` for what its markup is). */
export class PlaygroundPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, url: string): Promise<PlaygroundPage> {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const playground = new PlaygroundPage(page);
    await playground.composeBox().waitFor({ state: 'visible', timeout: WAIT_MS });
    return playground;
  }

  composeBox(): Locator {
    return this.page.locator('[data-lexical-editor="true"]');
  }

  /** The bodies of the bot's messages in the open conversation, oldest first. */
  botMessages(): Locator {
    return this.page.locator('.fai-OutputCard');
  }

  async botTexts(): Promise<string[]> {
    return (await this.botMessages().allInnerTexts()).map(plain);
  }

  botMessageCount(): Promise<number> {
    return this.botMessages().count();
  }

  /**
   * Waits until a bot message after the first `after` ones contains `text` (compared with `plain`) and returns its
   * index. On timeout, the error lists the bot's messages.
   */
  async waitForBotMessage(text: string | RegExp, options: { after?: number } = {}): Promise<number> {
    const after = options.after ?? 0;
    const matches = (candidate: string) =>
      typeof text === 'string' ? candidate.includes(plain(text)) : text.test(candidate);
    // A pattern is matched against the plain text too: build it from `plain` strings.
    let texts: string[] = [];
    return pollUntil(
      async () => {
        texts = await this.botTexts();
        const index = texts.findIndex((candidate, position) => position >= after && matches(candidate));
        return index >= 0 ? index : undefined;
      },
      () => `No bot message with ${String(text)} after #${after}. Bot messages:\n${texts.join('\n---\n')}`,
      { timeout: WAIT_MS },
    );
  }

  /** Types a message in the compose box and sends it. */
  async send(text: string): Promise<void> {
    await this.composeBox().click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** In a group chat or channel: `@name` picked from the mention list, then the text. */
  async sendMentioning(botName: string, text: string): Promise<void> {
    await this.composeBox().click();
    await this.page.keyboard.type(`@${botName.slice(0, 4)}`);
    await this.page.getByRole('menuitem', { name: botName }).click();
    await this.page.keyboard.type(` ${text}`);
    await this.page.keyboard.press('Enter');
  }

  /** A suggested action (the buttons below the last message), not a card button. */
  suggestedAction(title: string | RegExp): Locator {
    return this.page.locator('button:not(.fai-OutputCard button)').filter({ hasText: title });
  }

  /** A button of the newest Adaptive Card. */
  cardButton(title: string | RegExp): Locator {
    return this.page.locator('.ac-adaptiveCard').last().getByRole('button', { name: title });
  }

  /** Titles of the newest Adaptive Card's buttons. */
  async cardButtonTitles(): Promise<string[]> {
    const card = this.page.locator('.ac-adaptiveCard').last();
    await card.waitFor({ state: 'visible', timeout: WAIT_MS });
    return (await card.getByRole('button').allInnerTexts()).map(plain);
  }

  /** Teams' own thumbs on the newest message that has them, with the text of its feedback form. */
  async rate(reaction: 'like' | 'dislike', comment: string): Promise<void> {
    const buttons = this.page.locator('.fai-FeedbackButtons').last();
    await buttons.getByRole('button', { name: reaction === 'like' ? 'Like' : 'Dislike' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox').fill(comment);
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await dialog.getByText('Thank you').waitFor({ timeout: WAIT_MS });
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await dialog.waitFor({ state: 'hidden', timeout: WAIT_MS });
  }

  /** Opens a conversation of the left pane: "Personal Chat", "Group Chat", "General"… */
  async openConversation(name: string): Promise<void> {
    await this.page.getByText(name, { exact: true }).first().click();
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, `teams-${name}.png`), fullPage: true });
  }
}
