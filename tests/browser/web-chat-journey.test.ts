import { translator } from '../../locales';
import { browserSuite } from './support/suite';
import {
  clickSuggestedAction,
  messageCount,
  screenshot,
  sendText,
  suggestedActionLabels,
  transcript,
  waitForMessage,
} from './support/webchat';

const fr = translator('fr', 'conversation');
const en = translator('en', 'conversation');

describe('web chat in the browser, against the real bot', () => {
  const suite = browserSuite();

  it('in French: welcome, cascade by clicking, free question, answer, feedback "Non", next best answers', async () => {
    const { page, bot } = suite;
    await page.goto(`${bot.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await waitForMessage(page, fr('welcome.privacy'));
    await waitForMessage(page, fr('cascade.firstHint'));
    expect(await suggestedActionLabels(page)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Labels – \S+ réponses?$/)]),
    );
    await screenshot(page, '01-welcome-fr');

    let seen = await messageCount(page);
    await clickSuggestedAction(page, /^Labels/);
    await waitForMessage(page, /questions qui correspondent à vos choix/, { after: seen });
    await screenshot(page, '02-cascade-fr');
    seen = await messageCount(page);
    await clickSuggestedAction(page, /communiquer sur le label/);
    await waitForMessage(page, fr('feedback.ask'), { after: seen });
    expect(await suggestedActionLabels(page)).toEqual([fr('feedback.yes'), fr('feedback.no')]);

    seen = await messageCount(page);
    // A question with close neighbours: after a "Non", only answers the matcher would suggest are offered.
    await sendText(page, 'Pourquoi utiliser les NOS ?');
    const answer = await waitForMessage(page, /utiliser le MOS et les NOS/, { after: seen + 1 });
    await waitForMessage(page, fr('feedback.ask'), { after: answer });
    await screenshot(page, '03-answer-feedback-fr');

    // Answers' links open in a new tab, without giving the new page a handle on this one.
    const links = transcript(page).nth(answer).locator('a[href^="http"]');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toMatch(/noopener/);
    }

    seen = await messageCount(page);
    await clickSuggestedAction(page, fr('feedback.no'));
    await waitForMessage(page, fr('feedback.askReason'), { after: seen });
    seen = await messageCount(page);
    await clickSuggestedAction(page, fr('feedback.reason.not-my-question'));
    await waitForMessage(page, /pourrai(?:en)?t vous aider/, { after: seen });
    const alternatives = await suggestedActionLabels(page);
    expect(alternatives.length).toBeGreaterThanOrEqual(2);
    expect(alternatives).toContain(fr('feedback.noneOfThese'));
    await screenshot(page, '04-next-best-answers-fr');
  });

  it('in English with ?lang=en: English page, Web Chat strings and bot', async () => {
    const { page, bot } = suite;
    await page.goto(`${bot.url}/?lang=en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await waitForMessage(page, en('welcome.privacy'));
    expect(await page.getAttribute('.webchat__send-box-text-box__input', 'placeholder')).toBe('Type your message');
    let seen = await messageCount(page);
    await clickSuggestedAction(page, /label/i);
    await waitForMessage(page, /questions that match your choices/, { after: seen });
    seen = await messageCount(page);
    await sendText(page, 'How do I get Ségur funding?');
    await waitForMessage(page, en('feedback.ask'), { after: seen });
    await screenshot(page, '05-answer-en');
    seen = await messageCount(page);
    await clickSuggestedAction(page, en('feedback.no'));
    await waitForMessage(page, en('feedback.askReason'), { after: seen });
  });

  it('works with the keyboard alone: skip link, visible focus, send box, suggested actions', async () => {
    const { page, bot } = suite;
    await page.goto(`${bot.url}/`);
    await waitForMessage(page, fr('cascade.firstHint'));
    await page.keyboard.press('Tab');
    const skip = page.locator('a[href="#chat"]');
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    expect(await skip.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat');

    const input = page.locator('.webchat__send-box-text-box__input');
    for (
      let presses = 0;
      presses < 40 && !(await input.evaluate((element) => element === document.activeElement));
      presses += 1
    ) {
      await page.keyboard.press('Tab');
    }
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    let seen = await messageCount(page);
    await page.keyboard.type('aide');
    await page.keyboard.press('Enter');
    await waitForMessage(page, /recommencer/, { after: seen });

    // Shift+Tab from the send box reaches the suggested actions; Enter on one sends it.
    const firstAction = page.locator('.webchat__suggested-actions button.webchat__suggested-action').first();
    await firstAction.waitFor({ state: 'visible' });
    for (
      let presses = 0;
      presses < 10 &&
      !(await firstAction.evaluate(
        (element) => element.closest('.webchat__suggested-actions')?.contains(document.activeElement) ?? false,
      ));
      presses += 1
    ) {
      await page.keyboard.press('Shift+Tab');
    }
    const focusedLabel = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    expect(focusedLabel).not.toBe('');
    seen = await messageCount(page);
    await page.keyboard.press('Enter');
    // The button shows "Label – count"; the message it sends is the label.
    await waitForMessage(page, focusedLabel.replace(/ – \S+ (?:réponses?|answers?)$/, ''), { after: seen });
  });
});
