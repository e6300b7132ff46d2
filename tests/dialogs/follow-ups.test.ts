import { FeedbackAnswerHistory, SeeAlso, type AnswerHistory } from '../../dialogs/follow-ups';
import { helpfulAfterCounts } from '../../dialogs/follow-ups/answer-history';
import { loadKnowledgeBase, type Entry } from '../../knowledge';
import type { FeedbackRecord } from '../../storage';
import { FIXTURE_KNOWLEDGE } from './harness';

const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);
const entry = (id: string): Entry => kb.entries.find((candidate) => candidate.id === id) as Entry;

let id = 0;
function rating(conversation: string, entryId: string | null, helpful: boolean | null, minute: number): FeedbackRecord {
  return {
    id: ++id,
    answerKey: `${conversation}/${id}`,
    entryId,
    lang: 'fr',
    facets: {},
    helpful,
    reason: null,
    comment: null,
    channelId: 'test',
    matchScore: null,
    decision: 'answer',
    question: 'q',
    at: new Date(Date.UTC(2026, 0, 1, 9, minute)),
    userRef: null,
    conversationId: conversation,
    expiredAt: null,
  };
}

describe('"see also"', () => {
  it('offers entries on the same subject, leaving out those already read', async () => {
    const seeAlso = new SeeAlso(kb);
    expect((await seeAlso.after(entry('mos-definition'), 3, [])).map((found) => found.id)).toEqual([
      'mos-nos-why-use',
      'mos-nos-base-vocabulary',
      'segur-base-vs-option-product',
    ]);
    expect((await seeAlso.after(entry('mos-definition'), 3, ['mos-nos-why-use'])).map((found) => found.id)).toEqual([
      'mos-nos-base-vocabulary',
      'segur-base-vs-option-product',
    ]);
  });

  it('puts first what users who read this entry went on to rate helpful, and survives a history that fails', async () => {
    const history: AnswerHistory = { helpfulAfter: async () => ['label-communication', 'unknown-entry'] };
    const seeAlso = new SeeAlso(kb, history);
    expect((await seeAlso.after(entry('ror-data-access'), 3, [])).map((found) => found.id)).toEqual(['label-communication', 'platines-ror-tests']);
    const failing = new SeeAlso(kb, { helpfulAfter: () => Promise.reject(new Error('storage down')) });
    expect((await failing.after(entry('ror-data-access'), 3, [])).map((found) => found.id)).toEqual(['platines-ror-tests']);
  });
});

describe('the history read from the feedback', () => {
  const records = [
    rating('c1', 'ror-data-access', false, 1),
    rating('c1', 'platines-ror-tests', true, 2),
    rating('c2', 'ror-data-access', true, 1),
    rating('c2', 'platines-ror-tests', true, 3),
    rating('c2', 'label-communication', false, 4),
    rating('c3', 'platines-ror-tests', true, 1),
    rating('c3', 'ror-data-access', true, 2),
    rating('c3', null, null, 3),
  ];

  it('counts, per entry, the conversations that rated another entry helpful after it', () => {
    const counts = helpfulAfterCounts(records);
    expect(counts.get('ror-data-access')).toEqual(new Map([['platines-ror-tests', 2]]));
    expect(counts.get('platines-ror-tests')).toEqual(new Map([['ror-data-access', 1]]));
    expect(counts.has('label-communication')).toBe(false);
  });

  it('keeps pairs seen in at least two conversations, read once until it is stale', async () => {
    let reads = 0;
    let now = 0;
    const reader = { list: async () => ((reads += 1), records) };
    const history = new FeedbackAnswerHistory(reader, { now: () => now, refreshMs: 1000 });
    await expect(history.helpfulAfter('ror-data-access')).resolves.toEqual(['platines-ror-tests']);
    await expect(history.helpfulAfter('platines-ror-tests')).resolves.toEqual([]);
    expect(reads).toBe(1);
    now = 5000;
    await history.helpfulAfter('ror-data-access');
    await new Promise((resolve) => setImmediate(resolve));
    expect(reads).toBe(2);
  });
});
