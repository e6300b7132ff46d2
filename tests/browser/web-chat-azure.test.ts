import { translator } from '../../locales';
import { startFakeAzureDirectLine, type FakeAzureDirectLine } from './support/azure-direct-line';
import { startBotServer } from './support/bot-server';
import { browserSuite } from './support/suite';
import {
  bubbleTexts,
  messageCount,
  plain,
  savedConversation,
  sendText,
  transcriptTexts,
  waitForMessage,
} from './support/webchat';

const en = translator('en', 'conversation');
const fr = translator('fr', 'conversation');

describe('web chat on Azure’s Direct Line (DIRECTLINE_SECRET set)', () => {
  let azure: FakeAzureDirectLine;
  afterAll(async () => {
    await azure?.close();
  });
  const suite = browserSuite({
    startBot: async () => {
      azure = await startFakeAzureDirectLine(() => suite.bot.url);
      return startBotServer({ directLineSecret: 'azure-secret', directLineEndpoint: azure.endpoint });
    },
    preparePage: (page) => azure.serve(page),
  });

  it('announces the page with webchat/join and its language, and is welcomed once, in that language', async () => {
    const { page, bot, watch } = suite;
    await page.goto(`${bot.url}/?lang=en`);
    await waitForMessage(page, en('welcome.privacy'));
    expect(azure.posted.filter((activity) => activity.type === 'event')).toEqual([
      expect.objectContaining({ type: 'event', name: 'webchat/join', value: { language: 'en' } }),
    ]);
    await waitForMessage(page, en('cascade.firstHint'));
    const texts = await transcriptTexts(page);
    // Azure's own conversationUpdate (no locale) did not welcome in the default language first.
    expect(texts.filter((text) => text.includes(plain(en('welcome.privacy'))))).toHaveLength(1);
    expect(texts.join('\n')).not.toContain(plain(fr('welcome.privacy')));
    expect(watch.errors).toEqual([]);
  });

  it('resumes the conversation after a reload, its history replayed from the start, without a second join', async () => {
    const { page, bot } = suite;
    await page.goto(`${bot.url}/?lang=en`);
    await waitForMessage(page, en('cascade.firstHint'));
    const seen = await messageCount(page);
    await sendText(page, 'help');
    await waitForMessage(page, /restart/, { after: seen });
    const before = await bubbleTexts(page);
    const joins = azure.posted.filter((activity) => activity.name === 'webchat/join').length;
    expect(await savedConversation(page)).toMatchObject({ webSocket: true, domain: azure.endpoint });

    await page.reload();
    await waitForMessage(page, /restart/);
    expect(await bubbleTexts(page)).toEqual(before);
    expect(azure.posted.filter((activity) => activity.name === 'webchat/join')).toHaveLength(joins);
  });
});
