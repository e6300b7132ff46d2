import { DOCUMENTS_TABLE } from '../../storage/documents/documents-table';
import type { AnswerFeedback } from '../../storage/feedback/feedback-store';
import type { OpenedStorage } from '../../storage/open';
import { dataSubject, eraseSubject } from '../../storage/retention/erase';
import { purgeExpired } from '../../storage/retention/purge';

/** Opens the whole storage on a fresh, isolated database each call; `userRefKey` as USER_REF_KEY would give it. */
export type StorageFactory = (options?: { userRefKey?: string; reopen?: boolean }) => Promise<OpenedStorage>;

const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW - days * DAY);

const rating = (answerKey: string, at: Date, overrides: Partial<AnswerFeedback> = {}): AnswerFeedback => ({
  answerKey,
  entryId: 'ror-data-access',
  lang: 'fr',
  facets: { offer: 'directories' },
  helpful: false,
  reason: 'unclear',
  comment: 'pas clair pour ma patiente Mme Martin',
  channelId: 'msteams',
  matchScore: 0.7,
  decision: 'answer',
  question: 'Comment accéder au ROR ?',
  at,
  ...overrides,
});

async function writeState(storage: OpenedStorage, key: string, owner?: { channelId: string; userId: string }) {
  await storage.documents.write([{ key, document: { step: key }, condition: { kind: 'overwrite' }, owner }]);
}

async function age(storage: OpenedStorage, key: string, at: Date): Promise<void> {
  const { database } = storage;
  const encoded = database.dialect.encode(DOCUMENTS_TABLE.columns.updatedAt, at);
  await database.execute(`UPDATE ${database.table('bot_state')} SET updated_at = ? WHERE key = ?`, [encoded, key]);
}

const keysOf = async (storage: OpenedStorage, keys: string[]) => [...(await storage.documents.read(keys)).keys()].sort();

export function describeRetentionContract(name: string, open: StorageFactory): void {
  describe(`${name} (retention and erasure contract)`, () => {
    let storage: OpenedStorage;
    beforeEach(async () => {
      storage = await open();
    });
    afterEach(async () => {
      await storage.close();
    });

    it('deletes state not written for the retention period, in bounded batches, and keeps the rest', async () => {
      const old = ['webchat/conversations/c1/', 'webchat/conversations/c2/', 'webchat/users/u1/', 'msteams/conversations/c3/', 'x/y/'];
      for (const key of [...old, 'webchat/conversations/recent/']) await writeState(storage, key);
      for (const key of old) await age(storage, key, daysAgo(91));
      await age(storage, 'webchat/conversations/recent/', daysAgo(89));

      const counts = await purgeExpired(storage.retention, { retentionDays: 90, batchSize: 2, now: () => NOW });
      expect(counts.bot_state).toBe(5);
      expect(await keysOf(storage, [...old, 'webchat/conversations/recent/'])).toEqual(['webchat/conversations/recent/']);
    });

    it('strips feedback past retention to its figures: no text, no user, no conversation, the same totals', async () => {
      const author = { userId: '29:user-a', conversationId: 'a:conv-1' };
      await storage.feedback.record(rating('a:conv-1/old', daysAgo(120), author));
      await storage.feedback.record(rating('a:conv-1/new', daysAgo(10), author));
      const statsBefore = await storage.feedback.stats();

      const first = await purgeExpired(storage.retention, { retentionDays: 90, batchSize: 1, now: () => NOW });
      const again = await purgeExpired(storage.retention, { retentionDays: 90, now: () => NOW });

      expect([first.feedback, again.feedback]).toEqual([1, 0]);
      expect(await storage.feedback.stats()).toEqual(statsBefore);
      const [recent, expired] = await storage.feedback.list();
      expect(recent).toMatchObject({ answerKey: 'a:conv-1/new', question: 'Comment accéder au ROR ?', expiredAt: null });
      expect(expired).toMatchObject({
        answerKey: `expired:${expired?.id}`,
        entryId: 'ror-data-access',
        helpful: false,
        reason: 'unclear',
        lang: 'fr',
        channelId: 'msteams',
        at: daysAgo(120),
        question: '',
        comment: null,
        userRef: null,
        conversationId: null,
      });
      expect(expired?.expiredAt).toBeInstanceOf(Date);
    });

    it("erases a user's state, their conversations' state and their feedback, and nobody else's", async () => {
      const a = { channelId: 'msteams', userId: '29:user-a' };
      const b = { channelId: 'msteams', userId: '29:user-b' };
      await writeState(storage, 'msteams/users/29:user-a/');
      await writeState(storage, 'msteams/conversations/a:personal-a/', a);
      await writeState(storage, 'msteams/conversations/19:group/', b);
      await writeState(storage, 'msteams/users/29:user-b/', b);
      await writeState(storage, 'msteams/conversations/a:personal-b/', b);
      await storage.feedback.record(rating('a:personal-a/1', daysAgo(1), { userId: a.userId, conversationId: 'a:personal-a' }));
      await storage.feedback.record(rating('19:group/1', daysAgo(1), { userId: a.userId, conversationId: '19:group' }));
      await storage.feedback.record(rating('19:group/2', daysAgo(1), { userId: b.userId, conversationId: '19:group' }));
      // Written before feedback named its author: found through its conversation.
      await storage.feedback.record(rating('a:personal-a/legacy', daysAgo(1)));

      const subject = await dataSubject(storage.retention, storage.userRefs, a.userId);
      const report = await eraseSubject(storage.retention, subject);

      expect(report).toMatchObject({ userId: a.userId, conversations: 2, deleted: { bot_state: 3, feedback: 3 } });
      expect(report.channels).toContain('msteams');
      const left = ['msteams/users/29:user-b/', 'msteams/conversations/a:personal-b/'];
      expect(await keysOf(storage, [...left, 'msteams/users/29:user-a/', 'msteams/conversations/19:group/'])).toEqual(left.sort());
      expect((await storage.feedback.list()).map((record) => record.answerKey)).toEqual(['19:group/2']);
      const twice = await eraseSubject(storage.retention, subject);
      expect(twice.deleted).toEqual({ bot_state: 0, feedback: 0, question_events: 0 });
    });

    it('keeps the stored owner when a later write names none (a write by the bot itself)', async () => {
      const owner = { channelId: 'webchat', userId: 'dl_owner' };
      await writeState(storage, 'webchat/conversations/owned/', owner);
      await writeState(storage, 'webchat/conversations/owned/');
      const report = await eraseSubject(storage.retention, await dataSubject(storage.retention, storage.userRefs, 'dl_owner'));
      expect(report).toMatchObject({ conversations: 1, deleted: { bot_state: 1 } });
    });

    it('covers a channel only the feedback names when no channel is given, and only the named ones otherwise', async () => {
      await storage.feedback.record(rating('s1/1', daysAgo(1), { channelId: 'slack', userId: 'U1', conversationId: 's1' }));
      await writeState(storage, 'slack/users/U1/');
      const narrow = await eraseSubject(storage.retention, await dataSubject(storage.retention, storage.userRefs, 'U1', ['msteams']));
      expect(narrow.deleted).toEqual({ bot_state: 0, feedback: 0, question_events: 0 });
      const wide = await eraseSubject(storage.retention, await dataSubject(storage.retention, storage.userRefs, 'U1'));
      expect(wide.deleted).toEqual({ bot_state: 1, feedback: 1, question_events: 0 });
    });

    it('keeps one user reference key across restarts, and still finds rows of the stored key once USER_REF_KEY is set', async () => {
      await storage.feedback.record(rating('c/1', daysAgo(1), { userId: 'u-1', conversationId: 'c' }));
      const firstRef = (await storage.feedback.list())[0]?.userRef;
      await storage.close();
      storage = await open({ reopen: true });
      expect(storage.userRefs.of({ channelId: 'msteams', userId: 'u-1' })).toBe(firstRef);
      await storage.close();
      storage = await open({ reopen: true, userRefKey: 'a-configured-user-reference-key-0123456789' });
      expect(storage.userRefs.of({ channelId: 'msteams', userId: 'u-1' })).not.toBe(firstRef);
      const report = await eraseSubject(storage.retention, await dataSubject(storage.retention, storage.userRefs, 'u-1'));
      expect(report.deleted.feedback).toBe(1);
    });
  });
}
