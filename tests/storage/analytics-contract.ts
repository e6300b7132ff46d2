import { loadKnowledgeBase, Matcher } from '../../knowledge';
import { buildEditorsReport, FeedbackValidationError, type FeedbackStore, type QuestionEvent, type SqlQuestionEventStore } from '../../storage';
import { FIXTURE_KNOWLEDGE } from '../dialogs/harness';

export interface AnalyticsStores {
  events: SqlQuestionEventStore;
  feedback: FeedbackStore;
  close(): Promise<void>;
}

const matcher = new Matcher(loadKnowledgeBase(FIXTURE_KNOWLEDGE));
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 4, 12);

function answer(key: string, at: number, extra: Partial<QuestionEvent> = {}): QuestionEvent {
  return {
    eventKey: key,
    kind: 'answer',
    entryId: 'ror-data-access',
    offered: [],
    reachedBy: 'typed',
    decision: 'answer',
    matchScore: 0.7,
    lang: 'fr',
    channelId: 'webchat',
    facets: { offer: 'directories' },
    question: 'Comment accéder au ROR ? écrivez à jean.dupont@example.org',
    userId: 'u1',
    conversationId: key.split('/')[0],
    at: new Date(at),
    ...extra,
  };
}

/** One suite for every backend: the same records give the same events and the same report. */
export function describeAnalyticsContract(name: string, open: () => Promise<AnalyticsStores>): void {
  describe(name, () => {
    let stores: AnalyticsStores;
    beforeEach(async () => {
      stores = await open();
    });
    afterEach(() => stores.close());

    it('records each event once, redacted, and reads them back oldest first within the filter', async () => {
      expect(await stores.events.recordEvent(answer('c1/a', NOW - DAY))).toBe('recorded');
      expect(await stores.events.recordEvent(answer('c1/a', NOW - DAY))).toBe('duplicate');
      await stores.events.recordEvent(answer('c2/b', NOW - 2 * DAY, { lang: 'en', channelId: 'msteams', reachedBy: 'cascade' }));
      const menu = { ...answer('c3/m', NOW - 3 * DAY), kind: 'did-you-mean' as const, entryId: null, reachedBy: null, offered: ['ror-data-access', 'mos-definition'] };
      await stores.events.recordEvent(menu);
      const all = await stores.events.events();
      expect(all.map((event) => event.eventKey)).toEqual(['c3/m', 'c2/b', 'c1/a']);
      expect(all[0]).toMatchObject({ kind: 'did-you-mean', entryId: null, offered: ['ror-data-access', 'mos-definition'], facets: { offer: 'directories' } });
      expect(all[2]?.question).not.toContain('jean.dupont');
      expect(all[2]?.userRef).toEqual(expect.any(String));
      const since = await stores.events.events({ from: new Date(NOW - 2.5 * DAY), lang: 'fr' });
      expect(since.map((event) => event.eventKey)).toEqual(['c1/a']);
      expect((await stores.events.events({ channelId: 'msteams' })).map((event) => event.eventKey)).toEqual(['c2/b']);
    });

    it('refuses an answer without an entry or a way it was reached', async () => {
      await expect(stores.events.recordEvent(answer('c/x', NOW, { entryId: null }))).rejects.toThrow(FeedbackValidationError);
      await expect(stores.events.recordEvent(answer('c/y', NOW, { reachedBy: null }))).rejects.toThrow(FeedbackValidationError);
    });

    it('gives the same report from the same records', async () => {
      await stores.events.recordEvent(answer('c1/a', NOW - DAY));
      await stores.events.recordEvent(answer('c1/b', NOW - DAY, { reachedBy: 'did-you-mean', question: 'données ROR' }));
      await stores.feedback.record({ answerKey: 'c1/a', entryId: 'ror-data-access', lang: 'fr', facets: {}, helpful: false, channelId: 'webchat', matchScore: 0.7, decision: 'answer', question: 'q', at: new Date(NOW - DAY) });
      await stores.feedback.setReason('c1/a', 'incomplete');
      await stores.feedback.record({ answerKey: 'c1/b', entryId: 'ror-data-access', lang: 'fr', facets: {}, helpful: true, channelId: 'webchat', matchScore: 0.5, decision: 'suggest', question: 'données ROR', userId: 'u1', at: new Date(NOW - DAY) });
      await stores.feedback.recordUnanswered({ answerKey: 'c2/u', lang: 'fr', facets: {}, channelId: 'webchat', matchScore: null, decision: 'fallback', question: 'xqzkw vbnmp', at: new Date(NOW - 2 * DAY) });
      const report = await buildEditorsReport(stores.events, matcher, { since: new Date(NOW - 7 * DAY), until: new Date(NOW) });
      expect(report.totals).toEqual({ answers: 2, helpful: 1, notHelpful: 1, unanswered: 1, didYouMean: 0, helpfulRate: 0.5 });
      expect(report.entries).toEqual([
        expect.objectContaining({ id: 'ror-data-access', shown: 2, helpful: 1, notHelpful: 1, rate: 0.5, reachedBy: { cascade: 0, typed: 1, didYouMean: 1, alternative: 0, seeAlso: 0 } }),
      ]);
      expect(report.entries[0]?.notHelpfulReasons.incomplete).toBe(1);
      expect(report.unanswered).toEqual([expect.objectContaining({ text: 'xqzkw vbnmp', count: 1, firstSeen: new Date(NOW - 2 * DAY).toISOString() })]);
      expect(report.suggestions).toEqual([expect.objectContaining({ entryId: 'ror-data-access', question: 'données ROR', users: 1 })]);
      // Noon to noon over seven days touches eight days.
      expect(report.timeline.map((point) => [point.start, point.answers, point.unanswered])).toEqual(
        expect.arrayContaining([['2026-12-02', 0, 1], ['2026-12-03', 2, 0], ['2026-12-04', 0, 0]]),
      );
      expect(report.timeline).toHaveLength(8);
      const topic = await buildEditorsReport(stores.events, matcher, { since: new Date(NOW - 7 * DAY), until: new Date(NOW), topic: { facet: 'offer', value: 'labels' } });
      expect(topic.totals.answers).toBe(0);
    });
  });
}
