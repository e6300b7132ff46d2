import { translator } from '../../locales';
import { browserSuite } from './support/suite';
import {
  bubbleTexts,
  clickSuggestedAction,
  messageCount,
  savedConversation,
  screenshot,
  sendBox,
  sendText,
  waitForMessage,
} from './support/webchat';

const fr = translator('fr', 'conversation');
const web = translator('fr', 'web');

describe('web chat across reloads: the tab keeps its conversation (sessionStorage)', () => {
  const suite = browserSuite();

  it('brings the same conversation back after a reload, with its history, and goes on where it was', async () => {
    const { page, bot } = suite;
    await page.goto(`${bot.url}/`);
    await waitForMessage(page, fr('cascade.firstHint'));
    const seen = await messageCount(page);
    await sendText(page, 'Comment obtenir un financement Ségur ?');
    await waitForMessage(page, fr('feedback.ask'), { after: seen });
    const before = await bubbleTexts(page);
    const saved = await savedConversation(page);
    expect(saved).toEqual({
      conversationId: expect.any(String),
      token: expect.any(String),
      watermark: expect.stringMatching(/^\d+$/),
      domain: `${bot.url}/v3/directline`,
      webSocket: false,
      lang: 'fr',
      asked: 'fr',
    });
    expect(await page.context().cookies()).toEqual([]);

    await page.reload();
    await waitForMessage(page, fr('feedback.ask'));
    expect(await bubbleTexts(page)).toEqual(before);
    expect((await savedConversation(page))?.conversationId).toBe(saved?.conversationId);
    await screenshot(page, '11-reloaded-fr');

    // "Non" only makes sense to the feedback step that was waiting before the reload.
    const resumed = await messageCount(page);
    await sendText(page, 'Non');
    await waitForMessage(page, fr('feedback.askReason'), { after: resumed });
    expect((await bubbleTexts(page)).filter((text) => text.includes(fr('cascade.firstHint')))).toHaveLength(1);
  });

  it('starts a new conversation with « Recommencer »: new id, only the welcome, focus in the send box', async () => {
    const { page, bot } = suite;
    await page.goto(`${bot.url}/`);
    await waitForMessage(page, fr('cascade.firstHint'));
    const seen = await messageCount(page);
    await clickSuggestedAction(page, /^Labels/);
    await waitForMessage(page, /questions qui correspondent/, { after: seen });
    const first = await savedConversation(page);

    await page.getByRole('button', { name: web('chat.restartLabel') }).click();
    await waitForMessage(page, fr('cascade.firstHint'));
    expect((await bubbleTexts(page)).some((text) => /questions qui correspondent/.test(text))).toBe(false);
    const second = await savedConversation(page);
    expect(second?.conversationId).toEqual(expect.any(String));
    expect(second?.conversationId).not.toBe(first?.conversationId);
    await sendBox(page).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('webchat__send-box-text-box__input'));

    await page.reload();
    await waitForMessage(page, fr('cascade.firstHint'));
    expect((await savedConversation(page))?.conversationId).toBe(second?.conversationId);
  });
});
