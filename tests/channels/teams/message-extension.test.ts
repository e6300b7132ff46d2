import type { Activity } from 'botbuilder';
import { FIXTURE_KNOWLEDGE } from '../../dialogs/harness';
import { TeamsConversation } from './teams-activities';
import { postActivity, startTeamsBotServer, type TeamsBotServer } from './teams-bot-server';

/** Teams' search-based message extension: the `composeExtension/query` invoke, posted to the real server. */

interface ExtensionCard {
  contentType: string;
  content: { body: { text: string }[]; lang: string };
  preview: { content: { title: string } };
}

interface ExtensionResponse {
  composeExtension: { type: string; attachmentLayout: string; attachments: ExtensionCard[] };
}

let bot: TeamsBotServer;

beforeAll(async () => {
  bot = await startTeamsBotServer({ knowledgeDir: FIXTURE_KNOWLEDGE });
});

afterAll(async () => {
  await bot.close();
});

afterEach(() => {
  expect(bot.errors).toEqual([]);
});

function query(locale: string, text: string | undefined): Partial<Activity> {
  const { deliveryMode: _normal, ...base } = new TeamsConversation('personal', locale).base('invoke');
  const parameters = text === undefined ? [{ name: 'initialRun', value: 'true' }] : [{ name: 'query', value: text }];
  return { ...base, name: 'composeExtension/query', value: { commandId: 'searchFaq', parameters } };
}

async function search(locale: string, text: string | undefined): Promise<ExtensionResponse> {
  const response = await postActivity(bot.endpoint, query(locale, text));
  expect(response.status).toBe(200);
  return JSON.parse(response.body) as ExtensionResponse;
}

it('finds the ROR answer from the compose box, in French, as an Adaptive Card with a preview', async () => {
  const { composeExtension } = await search('fr-FR', 'accéder aux données du ROR');
  expect(composeExtension.type).toBe('result');
  const [first] = composeExtension.attachments;
  expect(first.contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(first.preview.content.title).toMatch(/ROR/);
  expect(first.content.lang).toBe('fr');
});

it('answers in English for an English Teams client', async () => {
  const { composeExtension } = await search('en-US', 'How can I access ROR data?');
  expect(composeExtension.attachments[0]?.content.lang).toBe('en');
  expect(composeExtension.attachments[0]?.preview.content.title).toMatch(/ROR/);
});

it('lists the first answers when the search opens with nothing typed', async () => {
  const { composeExtension } = await search('fr-FR', undefined);
  expect(composeExtension.attachments.length).toBeGreaterThan(1);
});

it('finds nothing for nonsense, without an error', async () => {
  const { composeExtension } = await search('fr-FR', 'zzqx wvvb kkjq');
  expect(composeExtension.attachments).toEqual([]);
});
