import { translator } from '../../locales';
import type { FeedbackRecord } from '../../storage';
import { FIXTURE_KNOWLEDGE } from '../dialogs/harness';
import { launchChromium, type Browser } from './support/chromium';
import { pollUntil } from './support/poll';
import { plain } from './support/webchat';
import { startTeamsStack, type TeamsStack } from './teams/playground';
import { PlaygroundPage } from './teams/playground-page';

/**
 * The bot in Microsoft 365 Agents Playground, a Teams-like client, driven in headless Chromium as a French Teams
 * user would: one conversation, step by step (each test goes on from the previous one).
 */

const fr = translator('fr', 'conversation');
const ROR_QUESTION = 'Comment accéder aux données du ROR ?';
const LABEL_QUESTION = 'Comment communiquer sur le label obtenu par mon logiciel ?';
/** The Playground's bot account (its default configuration). */
const PLAYGROUND_BOT_NAME = 'Test Bot';

let stack: TeamsStack | undefined;
let browser: Browser | undefined;
let teams: PlaygroundPage;

beforeAll(async () => {
  stack = await startTeamsStack({ locale: 'fr-FR', knowledgeDir: FIXTURE_KNOWLEDGE });
  browser = await launchChromium();
  teams = await PlaygroundPage.open(browser.context, stack.playground.url);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

afterEach(() => {
  expect(stack?.bot.errors).toEqual([]);
});

function running(): TeamsStack {
  if (!stack) throw new Error('the Teams stack did not start');
  return stack;
}

/** Feedback is recorded by the invoke's turn, which the page does not wait for. */
async function waitForRecords(count: number): Promise<FeedbackRecord[]> {
  let records: FeedbackRecord[] = [];
  return pollUntil(
    async () => {
      records = await running().bot.feedback.list();
      return records.length >= count ? records : undefined;
    },
    () => `${records.length} feedback records, not ${count}: ${JSON.stringify(records)}`,
    { timeout: 10_000 },
  );
}

/** "Voici les deux questions qui correspondent à vos choix :" for any count. */
function pickQuestionPattern(): RegExp {
  const text = plain(fr('cascade.pickQuestion', { count: 7, number: 'NUMBER' }));
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('NUMBER', '\\S+'));
}

it('welcomes a French Teams user on install, the first question as an Adaptive Card', async () => {
  await teams.waitForBotMessage(fr('welcome.intro'));
  await teams.waitForBotMessage(fr('welcome.privacy'));
  const choices = await teams.cardButtonTitles();
  expect(choices.length).toBeGreaterThan(3);
  expect(choices.at(-1)).toMatch(new RegExp(`^${fr('cascade.any')} – \\S+ réponses$`));
  await teams.screenshot('welcome');
});

it('follows card clicks through the cascade to an answer with Teams thumbs and the feedback question', async () => {
  const directories = (await teams.cardButtonTitles()).find((title) => title.includes('ROR'));
  if (!directories) throw new Error('no "Annuaires (ROR)" choice');
  let seen = await teams.botMessageCount();
  await teams.cardButton(directories).click();
  await teams.waitForBotMessage(pickQuestionPattern(), { after: seen });
  seen = await teams.botMessageCount();
  await teams.cardButton(ROR_QUESTION).click();
  await teams.waitForBotMessage(ROR_QUESTION, { after: seen });
  await teams.waitForBotMessage(fr('feedback.ask'), { after: seen });
  expect(await teams.cardButtonTitles()).toEqual([fr('feedback.yes'), fr('feedback.no')]);
  expect(await teams.page.locator('.fai-FeedbackButtons').count()).toBe(1);
  await teams.screenshot('answer');
});

it("records a thumbs-down and the text of Teams' feedback form as the answer's feedback record", async () => {
  await teams.rate('dislike', 'Il manque le lien vers le formulaire');
  expect(await waitForRecords(1)).toEqual([
    expect.objectContaining({
      entryId: 'ror-data-access',
      helpful: false,
      comment: 'Il manque le lien vers le formulaire',
      channelId: 'msteams',
      lang: 'fr',
    }),
  ]);
});

it('answers a typed question, then takes "Non" and a reason from the feedback card', async () => {
  let seen = await teams.botMessageCount();
  await teams.send(LABEL_QUESTION);
  await teams.waitForBotMessage(LABEL_QUESTION, { after: seen });
  await teams.waitForBotMessage(fr('feedback.ask'), { after: seen });
  seen = await teams.botMessageCount();
  await teams.cardButton(fr('feedback.no')).click();
  await teams.waitForBotMessage(fr('feedback.askReason'), { after: seen });
  seen = await teams.botMessageCount();
  await teams.cardButton(fr('feedback.reason.incomplete')).click();
  await teams.waitForBotMessage(fr('feedback.reasonThanks'), { after: seen });
  const records = await waitForRecords(2);
  expect(records.find((record) => record.entryId === 'label-communication')).toEqual(
    expect.objectContaining({ helpful: false, reason: 'incomplete', channelId: 'msteams' }),
  );
  await teams.screenshot('feedback');
});

it('says one short hello in a group chat and answers when mentioned there', async () => {
  await teams.openConversation('Group Chat');
  const hello = translator('fr', 'teams')('chat.hello', { name: PLAYGROUND_BOT_NAME });
  await teams.waitForBotMessage(hello);
  const seen = await teams.botMessageCount();
  await teams.sendMentioning(PLAYGROUND_BOT_NAME, 'comment accéder aux données du ROR ?');
  await teams.waitForBotMessage(ROR_QUESTION, { after: seen });
  expect((await teams.botTexts()).filter((text) => text === plain(hello))).toHaveLength(1);
  await teams.screenshot('group-chat');
});
