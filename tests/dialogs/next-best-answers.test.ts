import { loadKnowledgeBase, Matcher } from '../../knowledge';
import { MAX_ALTERNATIVES, nextBestAnswers } from '../../dialogs/next-best-answers';
import type { AnswerRequest } from '../../dialogs/next-step';
import { FIXTURE_KNOWLEDGE } from './harness';

const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);
const matcher = new Matcher(kb);
const bar = matcher.thresholds.suggestScore;

function request(alternatives: AnswerRequest['alternatives']): AnswerRequest {
  return { entryId: 'segur-funding-resources', decision: 'answer', matchScore: 0.66, question: 'q', relaxed: false, alternatives, facets: {}, reachedBy: 'search' };
}

const ids = (alternatives: AnswerRequest['alternatives'], using = matcher) =>
  nextBestAnswers(request(alternatives), using).map((entry) => entry.id);

describe('nextBestAnswers', () => {
  it('offers a search’s next best only from the matcher’s suggestion threshold up', () => {
    const found = [
      { entryId: 'platines-ror-tests', score: bar },
      { entryId: 'ror-data-access', score: bar - 0.01 },
    ];
    expect(ids(found)).toEqual(['platines-ror-tests']);
    expect(ids(found, new Matcher(kb, { thresholds: { ...matcher.thresholds, suggestScore: bar + 0.01 } }))).toEqual([]);
  });

  it('offers the other entries of the cascade’s list, which have no score', () => {
    expect(ids([{ entryId: 'label-communication', score: null }])).toEqual(['label-communication']);
  });

  it('never offers the answer itself, an unknown entry, nor more than a few, and adds nothing of its own', () => {
    const listed = ['segur-funding-resources', 'gone', ...kb.entries.map((entry) => entry.id)].map((entryId) => ({ entryId, score: null }));
    const offered = ids(listed);
    expect(offered).toHaveLength(MAX_ALTERNATIVES);
    expect(offered).not.toContain('segur-funding-resources');
    expect(ids([])).toEqual([]);
  });
});
