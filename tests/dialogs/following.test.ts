/**
 * The conversation follows the user (issue 15), each behaviour in both languages, through the real server: the local
 * Direct Line of a web chat page, Teams-shaped activities on /api/messages, and /api/messages with expectReplies.
 */
import { loadKnowledgeBase, type Lang } from '../../knowledge';
import type { FeedbackRecord } from '../../storage';
import { vocabulary } from './cases';
import { followingCases, type FollowingCase } from './following-cases';
import { FIXTURE_KNOWLEDGE } from './harness';
import { RealServer, type ServerConversation } from './server-harness';

const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);
const other = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');
const nothing = (records: FeedbackRecord[]) => expect(records).toEqual([]);

/** What each case must have left in the feedback store (one entry per case, checked below). */
const STORED: Record<string, (records: FeedbackRecord[], lang: Lang) => void> = {
  'a question written in the other language is answered in it, with a one-tap offer to continue in it': (records, lang) => {
    expect(records).toEqual([expect.objectContaining({ entryId: 'ror-data-access', helpful: false, lang: other(lang) })]);
  },
  'a question in the language the Teams client does not speak is answered in that language': (records, lang) => {
    expect(records).toEqual([expect.objectContaining({ entryId: 'ror-data-access', helpful: true, lang, channelId: 'msteams' })]);
  },
  'a request for a person, in many wordings, gets the message to the agency and is never recorded as unanswered': nothing,
  'a new question after an answer with topics chosen is matched on the whole base': (records) => {
    expect(records).toEqual([expect.objectContaining({ entryId: 'label-msc-application', helpful: true, facets: { offer: 'labels' } })]);
  },
  'the topics a question names narrow its search like a click, are said back, and can be dropped': nothing,
  'a broad question gets the one facet question that best splits its candidates': nothing,
  'the fallback shows the topics it names': (records) => {
    expect(records).toEqual([expect.objectContaining({ entryId: null, decision: 'fallback', facets: { offer: 'labels' } })]);
  },
  'a dead end offers a message to the agency with the question, its topics and the answers tried': (records) => {
    expect(records.map((record) => [record.entryId, record.helpful, record.reason])).toEqual([
      ['ror-data-access', false, null],
      ['platines-ror-tests', false, 'unclear'],
    ]);
  },
  'a language switch after "No" never shows the answer just rated unhelpful again': (records) => {
    expect(records).toEqual([expect.objectContaining({ entryId: 'ror-data-access', helpful: false })]);
  },
  '"no preference" at every step lists all the questions, a page at a time': nothing,
};

function storedCheck(name: string): (records: FeedbackRecord[], lang: Lang) => void {
  const check = STORED[name];
  if (!check) throw new Error(`no feedback check for the case "${name}": add one to STORED`);
  return check;
}

let server: RealServer;
beforeAll(async () => {
  server = await RealServer.start();
});
afterAll(() => server.close());
afterEach(() => expect(server.errors).toEqual([]));

function conversationVia(testCase: FollowingCase, lang: Lang): Promise<ServerConversation> | ServerConversation {
  switch (testCase.via) {
    case 'web chat':
      return server.webChat(lang);
    case 'Teams, client in the other language':
      return server.teams(other(lang));
    case 'api':
      return server.api(lang);
  }
}

it('has a feedback check for each case, and a case for each check', () => {
  const names = Object.keys(followingCases(vocabulary(kb, 'fr'), vocabulary(kb, 'en')));
  expect(Object.keys(STORED).sort()).toEqual([...names].sort());
});

describe.each(['fr', 'en'] as const)('the conversation follows the user, in %s', (lang) => {
  const cases = followingCases(vocabulary(kb, lang), vocabulary(kb, other(lang)));
  it.each(Object.entries(cases))('%s', async (name, testCase) => {
    const check = storedCheck(name);
    const conversation = await conversationVia(testCase, lang);
    await conversation.play(testCase.steps);
    check(await server.feedbackOf(conversation), lang);
  });
});
