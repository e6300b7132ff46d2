import type { Activity } from 'botbuilder';
import { typeset } from '../../../dialogs/cards/typography';
import { translator } from '../../../locales';
import { FIXTURE_KNOWLEDGE } from '../../dialogs/harness';
import { BOT, TeamsConversation, USER } from './teams-activities';
import { cardChoices, choiceTitles, lastMenu, teamsRenderingProblems } from './teams-replies';
import { postActivity, startTeamsBotServer, type TeamsBotServer } from './teams-bot-server';

const fr = translator('fr', 'conversation');
const en = translator('en', 'conversation');
const ROR_QUESTION_FR = 'Comment accéder aux données du ROR ?';
const ROR_QUESTION_EN = 'How can I access ROR data?';

let bot: TeamsBotServer;
/** Every reply the bot gave in these tests, checked against Teams' rendering rules at the end. */
const allReplies: Partial<Activity>[] = [];

beforeAll(async () => {
  bot = await startTeamsBotServer({ knowledgeDir: FIXTURE_KNOWLEDGE });
});

afterAll(async () => {
  await bot.close();
});

afterEach(() => {
  expect(bot.errors).toEqual([]);
});

async function send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  const result = await postActivity(bot.endpoint, activity);
  expect(result.status).toBe(200);
  allReplies.push(...result.replies);
  return result.replies;
}

const textsOf = (replies: Partial<Activity>[]) => replies.map((reply) => reply.text ?? '');
/** The answer to `question`: the question in bold as a paragraph (after what the bot understood), typeset as shown. */
const answerIn = (replies: Partial<Activity>[], question: string) =>
  replies.find((reply) => reply.text?.split('\n\n').includes(typeset(`**${question}**`)));

describe('Teams personal chat', () => {
  it('welcomes once when the app is installed, in the language of the Teams client', async () => {
    const chat = new TeamsConversation('personal', 'fr-FR');
    const welcome = await send(chat.install());
    expect(textsOf(welcome).slice(0, 2)).toEqual([fr('welcome.intro'), fr('welcome.privacy')]);
    expect(choiceTitles(lastMenu(welcome)).length).toBeGreaterThan(1);
    // Teams also adds the bot to the conversation: that is the same arrival, not a second welcome.
    expect(await send(chat.membersAdded({ ...BOT }))).toEqual([]);
    expect(await send(chat.install('add-upgrade'))).toEqual([]);
  });

  it('welcomes on conversationUpdate alone (the bot added to the personal chat)', async () => {
    const chat = new TeamsConversation('personal', 'fr-FR');
    const welcome = await send(chat.membersAdded({ ...BOT }));
    expect(textsOf(welcome)[0]).toBe(fr('welcome.intro'));
  });

  it('answers a French question, with Teams feedback buttons on the answer and the Oui/Non question after it', async () => {
    const chat = new TeamsConversation('personal', 'fr-FR');
    await send(chat.install());
    const replies = await send(chat.message(ROR_QUESTION_FR));
    const answer = answerIn(replies, ROR_QUESTION_FR);
    expect(answer?.textFormat).toBe('markdown');
    expect(answer?.channelData).toEqual({ feedbackLoopEnabled: true });
    expect(answer?.id).toEqual(expect.any(String));
    // The source as a Teams citation: the [1] marker in the text, the Claim in the Message entity.
    expect(answer?.text).toMatch(/\S \[1\]\n\n/);
    expect(answer?.entities).toEqual([
      expect.objectContaining({
        type: 'https://schema.org/Message',
        '@type': 'Message',
        '@id': '',
        citation: [
          {
            '@type': 'Claim',
            position: 1,
            appearance: expect.objectContaining({
              '@type': 'DigitalDocument',
              name: 'industriels.esante.gouv.fr/faq-des-industriels',
              url: 'https://industriels.esante.gouv.fr/faq-des-industriels',
            }),
          },
        ],
      }),
    ]);
    // Teams rates with its feedback loop; Web Chat's like/dislike actions and markdown definitions are not for it.
    expect(answer?.entities?.[0]).not.toHaveProperty('potentialAction');
    expect(answer?.text).not.toMatch(/^\[1\]:/m);
    const ask = replies.find((reply) => reply.text === fr('feedback.ask'));
    // The question named the ROR: the search ran there, and the user may drop it.
    expect(choiceTitles(ask)).toEqual([fr('feedback.yes'), fr('feedback.no'), fr('topics.drop')]);
    // Only answers get the thumbs: not the welcome, not the questions.
    const others = allReplies.filter((reply) => reply !== answer && !reply.text?.includes('**'));
    expect(others.some((reply) => reply.channelData)).toBe(false);
  });

  it('speaks English to an English Teams client', async () => {
    const chat = new TeamsConversation('personal', 'en-US');
    const welcome = await send(chat.install());
    expect(textsOf(welcome).slice(0, 2)).toEqual([en('welcome.intro'), en('welcome.privacy')]);
    const replies = await send(chat.message(ROR_QUESTION_EN));
    expect(answerIn(replies, ROR_QUESTION_EN)).toBeDefined();
    expect(textsOf(replies)).toContain(en('feedback.ask'));
  });

  it('understands the command list words: aide, recommencer, help, restart', async () => {
    const chat = new TeamsConversation('personal', 'fr-FR');
    await send(chat.install());
    expect(textsOf(await send(chat.message('aide'))).join('\n')).toContain(fr('help.text'));
    expect(textsOf(await send(chat.message('recommencer')))).toContain(fr('restart.done'));
    expect(textsOf(await send(chat.message('help'))).join('\n')).toContain(fr('help.text'));
    expect(textsOf(await send(chat.message('restart')))).toContain(fr('restart.done'));
  });
});

describe('Teams Adaptive Card buttons', () => {
  it('shows more than three choices as a card whose clicks continue the questionnaire', async () => {
    const chat = new TeamsConversation('personal', 'fr-FR');
    const welcome = await send(chat.install());
    const menu = lastMenu(welcome);
    expect(menu?.suggestedActions).toBeUndefined();
    const [first] = cardChoices(menu);
    expect(first?.data.msteams?.type).toBe('imBack');
    // What Teams posts for an imBack card button: the value, as if typed.
    const next = await send(chat.message(String(first?.data.msteams?.value)));
    const nextQuestion = lastMenu(next)?.text;
    expect(nextQuestion).toBeDefined();
    expect(nextQuestion).not.toBe(menu?.text);

    // The same click from a host that posts the card's data as a value, with no text (Outlook does).
    const other = new TeamsConversation('personal', 'fr-FR');
    await send(other.install());
    const viaValue = await send(other.cardValue(first?.data ?? {}));
    expect(lastMenu(viaValue)?.text).toBe(nextQuestion);
  });
});

describe('Teams feedback loop', () => {
  async function answered(chat: TeamsConversation): Promise<Partial<Activity>> {
    await send(chat.install());
    const answer = answerIn(await send(chat.message(ROR_QUESTION_FR)), ROR_QUESTION_FR);
    if (!answer?.id) throw new Error('no answer with an id');
    return answer;
  }

  /** What Teams posts for a click on the Oui or Non card button (messageBack): its text and its value. */
  async function clickFeedbackButton(chat: TeamsConversation, title: string): Promise<Partial<Activity>[]> {
    const asks = allReplies.filter((reply) => reply.conversation?.id === chat.id && reply.text === fr('feedback.ask'));
    const button = cardChoices(asks.at(-1)).find((choice) => choice.title === title)?.data.msteams;
    if (button?.type !== 'messageBack') throw new Error(`no "${title}" messageBack button`);
    return send(chat.message(button.text ?? '', { value: button.value }));
  }

  async function recordsOf(chat: TeamsConversation) {
    return (await bot.feedback.list()).filter((record) => record.answerKey.startsWith(`${chat.id}/`));
  }

  it('records a thumbs-down with its comment once, as the same record as the Oui/Non buttons', async () => {
    const chat = new TeamsConversation('personal', 'fr-FR');
    const answer = await answered(chat);
    const invoke = chat.feedback('dislike', answer.id, 'Il manque le lien du formulaire');
    const first = await postActivity(bot.endpoint, invoke);
    expect(first).toEqual({ status: 200, body: '', replies: [] });
    const second = await postActivity(bot.endpoint, { ...invoke, id: 'another-invoke-id' });
    expect(second).toEqual({ status: 200, body: '', replies: [] });
    expect(await recordsOf(chat)).toEqual([
      expect.objectContaining({
        entryId: 'ror-data-access',
        helpful: false,
        comment: 'Il manque le lien du formulaire',
        channelId: 'msteams',
        lang: 'fr',
      }),
    ]);
    // The Oui/Non question is still waiting for this answer: a "Non" now adds nothing but its reason.
    const non = await clickFeedbackButton(chat, fr('feedback.no'));
    expect(textsOf(non)).toContain(fr('feedback.askReason'));
    await send(chat.message(fr('feedback.reason.incomplete')));
    expect(await recordsOf(chat)).toEqual([
      expect.objectContaining({ helpful: false, reason: 'incomplete', comment: 'Il manque le lien du formulaire' }),
    ]);
  });

  it('records a thumbs-up, then ignores the Oui click on the same answer', async () => {
    const chat = new TeamsConversation('personal', 'fr-FR');
    const answer = await answered(chat);
    expect((await postActivity(bot.endpoint, chat.feedback('like', answer.id))).status).toBe(200);
    expect(textsOf(await clickFeedbackButton(chat, fr('feedback.yes'))).join('\n')).toContain(fr('feedback.thanks'));
    expect(await recordsOf(chat)).toEqual([expect.objectContaining({ helpful: true, comment: null })]);
  });

  it('rates the newest answer when the client does not say which message (Agents Playground)', async () => {
    const chat = new TeamsConversation('personal', 'fr-FR');
    await answered(chat);
    const invoke = { ...chat.feedback('like', undefined), value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: 'Très clair' } } };
    expect((await postActivity(bot.endpoint, invoke)).body).toBe('');
    expect(await recordsOf(chat)).toEqual([expect.objectContaining({ helpful: true, comment: 'Très clair' })]);
  });

  it('does not record a rating of a message that is not a remembered answer', async () => {
    const chat = new TeamsConversation('personal', 'fr-FR');
    await answered(chat);
    expect((await postActivity(bot.endpoint, chat.feedback('like', 'not-an-answer'))).status).toBe(200);
    expect(await recordsOf(chat)).toEqual([]);
  });
});

describe('Teams channels and group chats', () => {
  const hello = translator('fr', 'teams')('chat.hello', { name: BOT.name });

  it('says one short hello when added to a team, and nothing when people join', async () => {
    const channel = new TeamsConversation('channel', 'fr-FR');
    const installed = await send(channel.install());
    expect(installed).toEqual([expect.objectContaining({ text: hello })]);
    expect(installed[0]?.attachments ?? []).toEqual([]);
    expect(installed[0]?.suggestedActions).toBeUndefined();
    expect(await send(channel.membersAdded({ ...BOT }))).toEqual([]);
    expect(await send(channel.membersAdded({ id: '29:newcomer', name: 'Nouvelle Personne' }))).toEqual([]);
  });

  it('answers a question addressed to it with an @mention in a channel', async () => {
    const channel = new TeamsConversation('channel', 'fr-FR');
    const replies = await send(channel.mentioning('comment accéder aux données du ROR ?'));
    expect(answerIn(replies, ROR_QUESTION_FR)).toBeDefined();
    expect(replies.every((reply) => !reply.text?.includes('<at>'))).toBe(true);
  });

  it('reads commands after the mention in a group chat', async () => {
    const group = new TeamsConversation('groupChat', 'fr-FR');
    expect(await send(group.install())).toEqual([expect.objectContaining({ text: hello })]);
    expect(await send(group.membersAdded({ id: USER.id, name: USER.name }))).toEqual([]);
    await send(group.mentioning('bonjour'));
    expect(textsOf(await send(group.mentioning('aide'))).join('\n')).toContain(fr('help.text'));
  });
});

describe('every reply', () => {
  it('renders in Teams: at most three imBack suggested actions, none beside a card, cards 1.5 at most', () => {
    expect(allReplies.length).toBeGreaterThan(20);
    expect(allReplies.flatMap(teamsRenderingProblems)).toEqual([]);
  });
});
