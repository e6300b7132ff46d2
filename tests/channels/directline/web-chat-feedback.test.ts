import type { Activity } from 'botbuilder';
import { loadKnowledgeBase } from '../../../knowledge';
import { translator } from '../../../locales';
import { IN_MEMORY, openStorage, type OpenedStorage } from '../../../storage';
import { startBotServer, type RunningBot } from '../../browser/support/bot-server';
import { FIXTURE_KNOWLEDGE } from '../../dialogs/harness';
import { openConversation, pollUntil, postActivity, type ActivitySetBody, type Session } from './helpers';

const fr = translator('fr', 'conversation');
const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);
const ROR = kb.entries.find((entry) => entry.id === 'ror-data-access');
/** What Web Chat 4.18 posts half a second after a thumb click (`Feedback.tsx`): the action clicked, as an entity. */
const FEEDBACK_EVENT = 'webchat:activity-status/feedback';

interface VoteAction {
  '@type': string;
  '@id': string;
}
interface MessageEntity {
  type: string;
  '@id': string;
  citation?: { position: number; appearance: { name: string; url: string; abstract?: string } }[];
  potentialAction?: VoteAction[];
}

let storage: OpenedStorage;
let bot: RunningBot;

beforeAll(async () => {
  storage = await openStorage({ dataDir: IN_MEMORY });
  bot = await startBotServer({ knowledgeDir: FIXTURE_KNOWLEDGE }, { storage });
});

afterAll(async () => {
  await bot.close();
  await storage.close();
});

const botSaid = (text: string) => (set: ActivitySetBody) =>
  set.activities.some((activity) => activity.from?.role === 'bot' && activity.text === text);
const messageEntity = (activity: Partial<Activity> | undefined) =>
  activity?.entities?.find((entity) => entity.type === 'https://schema.org/Message') as MessageEntity | undefined;

/** A Web Chat conversation that asked the ROR question: its session and the answer activity. */
async function answered(): Promise<{ session: Session; answer: Partial<Activity>; set: ActivitySetBody }> {
  const session = await openConversation(bot.url, 'fr');
  await pollUntil(bot.url, session, botSaid(fr('welcome.intro')));
  await postActivity(bot.url, session, { type: 'message', text: ROR?.question.fr, locale: 'fr-FR' });
  const set = await pollUntil(bot.url, session, botSaid(fr('feedback.ask')));
  const answer = set.activities.find((activity) => messageEntity(activity) !== undefined);
  if (!answer) throw new Error('no answer with a Message entity');
  return { session, answer, set };
}

function vote(answer: Partial<Activity>, type: 'LikeAction' | 'DislikeAction') {
  const action = messageEntity(answer)?.potentialAction?.find((candidate) => candidate['@type'] === type);
  return { type: 'event', name: FEEDBACK_EVENT, entities: [action], channelData: { clientActivityID: `vote-${type}` } };
}

async function rowsOf(session: Session) {
  return (await storage.feedback.list()).filter((row) => row.answerKey.startsWith(`${session.conversationId}/`));
}

async function waitForRows(session: Session, count: number) {
  const deadline = Date.now() + 10_000;
  while ((await rowsOf(session)).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return rowsOf(session);
}

describe('Web Chat on the local Direct Line: thumbs and citation on an answer', () => {
  it('carries the source as citation [1] and the like/dislike actions that Web Chat shows as thumbs', async () => {
    const { answer } = await answered();
    const entity = messageEntity(answer);
    expect(entity?.['@id']).toBe('');
    expect(entity?.citation).toEqual([
      expect.objectContaining({ position: 1, appearance: expect.objectContaining({ url: ROR?.source }) }),
    ]);
    expect(entity?.potentialAction?.map((action) => action['@type'])).toEqual(['LikeAction', 'DislikeAction']);
    // Web Chat lists a citation from the markdown definition of the text's marker.
    expect(answer.text).toMatch(/\S \[1\]\n\n/);
    expect(answer.text).toContain(`\n\n[1]: <${ROR?.source}> "industriels.esante.gouv.fr/faq-des-industriels"`);
  });

  it('records a thumb once: a second thumb and the Oui that follows add no row', async () => {
    const { session, answer, set } = await answered();
    expect((await postActivity(bot.url, session, vote(answer, 'DislikeAction'))).status).toBe(200);
    expect(await waitForRows(session, 1)).toEqual([
      expect.objectContaining({ entryId: 'ror-data-access', helpful: false, channelId: 'webchat', lang: 'fr' }),
    ]);
    await postActivity(bot.url, session, vote(answer, 'LikeAction'));
    await postActivity(bot.url, session, { type: 'message', text: fr('feedback.yes') });
    // Turns run in order: once Oui is thanked, the second thumb has been handled too.
    await pollUntil(bot.url, session, (next) => next.activities.some((a) => a.text?.includes(fr('feedback.thanks'))), set.watermark);
    expect(await rowsOf(session)).toEqual([expect.objectContaining({ helpful: false })]);
  });

  it('records nothing for a thumb naming an answer of another conversation, or a forged action', async () => {
    const other = await answered();
    const { session, set } = await answered();
    await postActivity(bot.url, session, vote(other.answer, 'LikeAction'));
    const forged = { type: 'event', name: FEEDBACK_EVENT, entities: [{ '@type': 'LikeAction', '@id': 'urn:x' }] };
    expect((await postActivity(bot.url, session, forged)).status).toBe(200);
    await postActivity(bot.url, session, { type: 'message', text: fr('feedback.no') });
    await pollUntil(bot.url, session, botSaid(fr('feedback.askReason')), set.watermark);
    expect(await rowsOf(other.session)).toEqual([]);
    expect(await rowsOf(session)).toEqual([expect.objectContaining({ helpful: false })]);
  });
});
