import { FeedbackValidationError } from '../../storage/errors';
import type {
  AnswerFeedback,
  FeedbackListOptions,
  FeedbackStore,
  UnansweredQuestion,
} from '../../storage/feedback/feedback-store';
import type { Opened } from './backends';

/** Opens an empty, isolated store each call. */
export type FeedbackStoreFactory = () => Promise<Opened<FeedbackStore>>;

const answer = (overrides: Partial<AnswerFeedback> = {}): AnswerFeedback => ({
  answerKey: 'conv-1/activity-1',
  entryId: 'ror-data-access',
  lang: 'fr',
  facets: { offer: 'directories', product: 'ror' },
  helpful: true,
  channelId: 'webchat',
  matchScore: 0.82,
  decision: 'answer',
  question: 'Comment accéder aux données du ROR ?',
  at: new Date('2024-05-01T10:00:00.000Z'),
  ...overrides,
});

const unanswered = (overrides: Partial<UnansweredQuestion> = {}): UnansweredQuestion => ({
  answerKey: 'conv-2/activity-9',
  lang: 'en',
  facets: {},
  channelId: 'msteams',
  matchScore: null,
  decision: 'fallback',
  question: 'Where is my invoice? Call me at 06 12 34 56 78',
  at: new Date('2024-05-02T10:00:00.000Z'),
  ...overrides,
});

export function describeFeedbackContract(
  name: string,
  makeStore: FeedbackStoreFactory,
  cleanup: () => Promise<void>,
): void {
  describe(`${name} (FeedbackStore contract)`, () => {
    let opened: Opened<FeedbackStore>;
    let store: FeedbackStore;

    beforeEach(async () => {
      opened = await makeStore();
      store = opened.store;
    });
    afterEach(async () => {
      await opened.close();
    });
    afterAll(cleanup);

    it('records an answer rating and lists it back with every field', async () => {
      await expect(store.record(answer())).resolves.toBe('recorded');
      const [record, ...rest] = await store.list();
      expect(rest).toEqual([]);
      expect(record).toEqual({
        id: expect.any(Number),
        answerKey: 'conv-1/activity-1',
        entryId: 'ror-data-access',
        lang: 'fr',
        facets: { offer: 'directories', product: 'ror' },
        helpful: true,
        reason: null,
        comment: null,
        channelId: 'webchat',
        matchScore: 0.82,
        decision: 'answer',
        question: 'Comment accéder aux données du ROR ?',
        at: new Date('2024-05-01T10:00:00.000Z'),
        userRef: null,
        conversationId: null,
        expiredAt: null,
      });
    });

    it('keeps a keyed hash of channel and user for the author, never the id, and the conversation', async () => {
      const author = { userId: '29:1AbCdEf-user', conversationId: 'a:conv-77' };
      await store.record(answer({ ...author, answerKey: 'a:conv-77/1' }));
      await store.recordUnanswered(unanswered({ ...author, channelId: 'msteams', answerKey: 'a:conv-77/2' }));
      await store.record(answer({ ...author, channelId: 'msteams', answerKey: 'a:conv-77/3' }));
      const records = await store.list();
      const byKey = (key: string) => records.find((record) => record.answerKey === key);
      const [webRating, teamsQuestion, teamsRating] = ['a:conv-77/1', 'a:conv-77/2', 'a:conv-77/3'].map(byKey);
      expect(webRating?.userRef).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(records)).not.toContain('1AbCdEf');
      expect(teamsQuestion?.userRef).toBe(teamsRating?.userRef);
      expect(webRating?.userRef).not.toBe(teamsRating?.userRef);
      expect(teamsQuestion?.conversationId).toBe('a:conv-77');
    });

    it.each([
      ['userId', { userId: 42 }],
      ['conversationId', { conversationId: '' }],
    ])('refuses a malformed author field (%s)', async (field, author) => {
      const wrong = answer(author as unknown as Partial<AnswerFeedback>);
      await expect(store.record(wrong)).rejects.toThrow(new FeedbackValidationError(field, 'expected a non-empty string or null'));
    });

    it('records the same answer once and reports the duplicate', async () => {
      await expect(store.record(answer({ helpful: true }))).resolves.toBe('recorded');
      await expect(store.record(answer({ helpful: false, reason: 'unclear' }))).resolves.toBe('duplicate');
      const records = await store.list();
      expect(records).toHaveLength(1);
      expect(records[0]?.helpful).toBe(true);
      const outcomes = await Promise.all([1, 2, 3].map(() => store.record(answer({ answerKey: 'race' }))));
      expect(outcomes.sort()).toEqual(['duplicate', 'duplicate', 'recorded']);
      expect((await store.list()).filter((record) => record.answerKey === 'race')).toHaveLength(1);
    });

    it('records unanswered questions with null entry and rating, redacted', async () => {
      await expect(store.recordUnanswered(unanswered())).resolves.toBe('recorded');
      await expect(store.recordUnanswered(unanswered())).resolves.toBe('duplicate');
      const [record] = await store.list();
      expect(record).toMatchObject({ entryId: null, helpful: null, reason: null, decision: 'fallback' });
      expect(record?.matchScore).toBeNull();
      expect(record?.question).toBe('Where is my invoice? Call me at [PHONE]');
    });

    it('redacts the question and the comment before storing them', async () => {
      await store.record(
        answer({
          helpful: false,
          question: 'Mon NIR 1 85 05 78 006 084 36, écrivez à jean.dupont@example.fr',
          comment: 'IBAN FR76 3000 6000 0112 3456 7890 189',
        }),
      );
      const [record] = await store.list();
      expect(record?.question).toBe('Mon NIR [NIR], écrivez à [EMAIL]');
      expect(record?.comment).toBe('IBAN [IBAN]');
    });

    it('adds a reason to a "not helpful" record once', async () => {
      await store.record(answer({ answerKey: 'no', helpful: false }));
      await store.record(answer({ answerKey: 'yes', helpful: true }));
      await expect(store.setReason('no', 'outdated')).resolves.toBe(true);
      await expect(store.setReason('no', 'unclear')).resolves.toBe(false);
      await expect(store.setReason('yes', 'unclear')).resolves.toBe(false);
      await expect(store.setReason('missing', 'unclear')).resolves.toBe(false);
      const reasons = Object.fromEntries((await store.list()).map((record) => [record.answerKey, record.reason]));
      expect(reasons).toEqual({ no: 'outdated', yes: null });
    });

    it('adds a comment typed after a "No" to its record once, redacted', async () => {
      await store.record(answer({ answerKey: 'no', helpful: false }));
      await store.record(answer({ answerKey: 'yes', helpful: true }));
      const typed = 'Il manque les délais, écrivez à jean.dupont@example.fr';
      await expect(store.setComment('no', typed)).resolves.toBe(true);
      await expect(store.setComment('no', 'again')).resolves.toBe(false);
      await expect(store.setComment('yes', 'why not')).resolves.toBe(false);
      await expect(store.setComment('missing', 'why not')).resolves.toBe(false);
      await expect(store.setComment('no', '  ')).rejects.toThrow(FeedbackValidationError);
      const comments = Object.fromEntries((await store.list()).map((record) => [record.answerKey, record.comment]));
      expect(comments).toEqual({ no: 'Il manque les délais, écrivez à [EMAIL]', yes: null });
    });

    it('refuses invalid records, naming the field', async () => {
      const bad: Array<[Partial<AnswerFeedback>, string]> = [
        [{ answerKey: ' ' }, 'answerKey'],
        [{ entryId: '' }, 'entryId'],
        [{ lang: 'de' as AnswerFeedback['lang'] }, 'lang'],
        [{ decision: 'maybe' as AnswerFeedback['decision'] }, 'decision'],
        [{ helpful: true, reason: 'unclear' }, 'reason'],
        [{ helpful: false, reason: 'boring' as AnswerFeedback['reason'] }, 'reason'],
        [{ matchScore: Number.NaN }, 'matchScore'],
        [{ at: new Date('not a date') }, 'at'],
      ];
      for (const [overrides, field] of bad) {
        const attempt = store.record(answer(overrides));
        await expect(attempt).rejects.toThrow(FeedbackValidationError);
        await expect(store.record(answer(overrides))).rejects.toMatchObject({ field });
      }
      await expect(store.setReason('x', 'boring' as 'unclear')).rejects.toThrow(FeedbackValidationError);
      expect(await store.list()).toEqual([]);
    });

    it('lists newest first, with a limit and a period (from included, to excluded)', async () => {
      const days = ['2024-05-01', '2024-05-03', '2024-05-02'];
      for (const day of days) {
        await store.record(answer({ answerKey: day, at: new Date(`${day}T12:00:00.000Z`) }));
      }
      const keys = async (options?: FeedbackListOptions): Promise<string[]> =>
        (await store.list(options)).map((record) => record.answerKey);
      await expect(keys()).resolves.toEqual(['2024-05-03', '2024-05-02', '2024-05-01']);
      await expect(keys({ limit: 1 })).resolves.toEqual(['2024-05-03']);
      const from = new Date('2024-05-02T12:00:00.000Z');
      await expect(keys({ from })).resolves.toEqual(['2024-05-03', '2024-05-02']);
      await expect(keys({ to: from })).resolves.toEqual(['2024-05-01']);
      await expect(keys({ from, to: new Date('2024-05-03T00:00:00.000Z') })).resolves.toEqual(['2024-05-02']);
      await expect(store.list({ limit: 0 })).rejects.toThrow(FeedbackValidationError);
    });

    it('filters by language, channel and entry, combined with the period', async () => {
      await store.record(answer({ answerKey: 'fr-web', lang: 'fr', channelId: 'webchat', entryId: 'e1' }));
      await store.record(answer({ answerKey: 'en-web', lang: 'en', channelId: 'webchat', entryId: 'e2' }));
      await store.record(answer({ answerKey: 'fr-teams', lang: 'fr', channelId: 'msteams', entryId: 'e2' }));
      await store.recordUnanswered(unanswered({ answerKey: 'en-teams', lang: 'en', channelId: 'msteams' }));
      const keys = async (options: FeedbackListOptions): Promise<string[]> =>
        (await store.list(options)).map((record) => record.answerKey).sort();
      await expect(keys({ lang: 'fr' })).resolves.toEqual(['fr-teams', 'fr-web']);
      await expect(keys({ channelId: 'msteams' })).resolves.toEqual(['en-teams', 'fr-teams']);
      await expect(keys({ entryId: 'e2' })).resolves.toEqual(['en-web', 'fr-teams']);
      await expect(keys({ lang: 'en', channelId: 'msteams' })).resolves.toEqual(['en-teams']);
      await expect(keys({ lang: 'fr', from: new Date('2024-05-02T00:00:00.000Z') })).resolves.toEqual([]);
    });

    it('refuses a filter it cannot apply, naming the field', async () => {
      const bad: Array<[FeedbackListOptions, string]> = [
        [{ from: new Date('not a date') }, 'from'],
        [{ to: 'yesterday' as unknown as Date }, 'to'],
        [{ lang: 'de' as AnswerFeedback['lang'] }, 'lang'],
        [{ channelId: '' }, 'channelId'],
      ];
      for (const [options, field] of bad) {
        await expect(store.list(options)).rejects.toMatchObject({ name: 'FeedbackValidationError', field });
        await expect(store.stats(options)).rejects.toMatchObject({ field });
      }
    });

    it('sums up ratings, reasons and entries', async () => {
      await expect(store.stats()).resolves.toEqual({
        total: 0,
        helpful: 0,
        notHelpful: 0,
        unanswered: 0,
        byReason: { unclear: 0, incomplete: 0, 'not-my-question': 0, outdated: 0 },
        byEntry: [],
      });
      await store.record(answer({ answerKey: 'a', entryId: 'e1', helpful: true }));
      await store.record(answer({ answerKey: 'b', entryId: 'e1', helpful: false, reason: 'incomplete' }));
      await store.record(answer({ answerKey: 'c', entryId: 'e2', helpful: false, reason: 'incomplete' }));
      await store.record(answer({ answerKey: 'd', entryId: 'e2', helpful: false }));
      await store.recordUnanswered(unanswered({ answerKey: 'u' }));
      await expect(store.stats()).resolves.toEqual({
        total: 5,
        helpful: 1,
        notHelpful: 3,
        unanswered: 1,
        byReason: { unclear: 0, incomplete: 2, 'not-my-question': 0, outdated: 0 },
        byEntry: [
          { entryId: 'e2', helpful: 0, notHelpful: 2 },
          { entryId: 'e1', helpful: 1, notHelpful: 1 },
        ],
      });
    });

    it('sums up only what the filter selects', async () => {
      await store.record(answer({ answerKey: 'a', entryId: 'e1', helpful: false, reason: 'outdated', lang: 'fr' }));
      await store.record(answer({ answerKey: 'b', entryId: 'e1', helpful: true, lang: 'en' }));
      await store.recordUnanswered(unanswered({ answerKey: 'u', lang: 'en' }));
      await expect(store.stats({ lang: 'en' })).resolves.toEqual({
        total: 2,
        helpful: 1,
        notHelpful: 0,
        unanswered: 1,
        byReason: { unclear: 0, incomplete: 0, 'not-my-question': 0, outdated: 0 },
        byEntry: [{ entryId: 'e1', helpful: 1, notHelpful: 0 }],
      });
      const march = { from: new Date('2024-03-01T00:00:00.000Z'), to: new Date('2024-04-01T00:00:00.000Z') };
      await expect(store.stats(march)).resolves.toMatchObject({ total: 0, byEntry: [] });
      await expect(store.stats({ entryId: 'e1' })).resolves.toMatchObject({
        total: 2,
        unanswered: 0,
        byReason: { outdated: 1 },
      });
    });
  });
}
