import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import type { Server } from 'restify';
import { assembleBot } from '../../channels/assemble';
import { botReadiness } from '../../channels/readiness';
import { createServer, start, stop } from '../../channels/server';
import { loadConfig } from '../../config/config';
import { loadKnowledgeBase } from '../../knowledge';
import { translator } from '../../locales';
import { SqliteDatabase } from '../../storage/database/sqlite-database';
import { openStorage, SQLITE_FILE_NAME, storageOptionsOf, type OpenedStorage } from '../../storage';
import { FIXTURE_KNOWLEDGE } from '../dialogs/harness';
import { counted } from '../../dialogs/cards/numbers';

const t = translator('fr', 'conversation');
const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);
const BUSY_MS = 200;

/**
 * Issue 10, finding 2, replayed on SQLite: another process holds the database's write lock (as a stuck writer or a
 * backup would). Every turn is answered, in French, saying storage is momentarily unavailable; nothing is reset; the
 * conversation goes on where it was once the lock is released. (PostgreSQL stopped and frozen: tests/postgres and
 * tests/resilience.)
 */
describe('a turn when storage cannot be written', () => {
  let dataDir: string;
  let storage: OpenedStorage;
  let server: Server;
  let url: string;
  const errors: unknown[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'faq-sante-bot-outage-'));
    const config = loadConfig({ BOT_LOCAL_MODE: 'true', DATA_DIR: dataDir, SQLITE_BUSY_TIMEOUT_MS: String(BUSY_MS) });
    storage = await openStorage(storageOptionsOf(config));
    const { bot, adapter } = assembleBot(config, kb, storage, { errorLog: (_m, error) => errors.push(error) });
    const health = () => ({ knowledgeEntries: kb.entries.length, storage: 'sqlite' });
    server = createServer({ adapter, bot, config, health, readiness: botReadiness(storage, () => kb) });
    url = `http://127.0.0.1:${(await start(server, 0, '127.0.0.1')).port}`;
  });
  afterAll(async () => {
    await stop(server);
    await storage.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const send = async (activity: Record<string, unknown>) => {
    const started = Date.now();
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        channelId: 'webchat',
        serviceUrl: 'http://localhost:9/unused',
        locale: 'fr-FR',
        deliveryMode: 'expectReplies',
        conversation: { id: 'outage-1' },
        from: { id: 'user-1' },
        recipient: { id: 'bot' },
        ...activity,
      }),
    });
    const body = (await response.json()) as { activities?: Partial<Activity>[] };
    return { status: response.status, ms: Date.now() - started, texts: (body.activities ?? []).map((a) => a.text ?? '') };
  };
  const stateOf = async () => (await storage.documents.read(['webchat/conversations/outage-1/'])).get('webchat/conversations/outage-1/');

  it('tells the user storage is momentarily unavailable, within 5 s, keeps the state, and goes on once it is back', async () => {
    await send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }] });
    expect((await send({ text: 'Labels' })).texts).toContain(t('cascade.pickQuestion', counted(2, 'fr')));
    const before = await stateOf();

    const other = SqliteDatabase.open(join(dataDir, SQLITE_FILE_NAME));
    other.connection.exec('BEGIN IMMEDIATE');
    const during = await send({ text: '1' });
    const feedbackDuring = await send({ text: 'Oui' });
    other.connection.exec('ROLLBACK');
    await other.close();

    for (const turn of [during, feedbackDuring]) {
      expect(turn.status).toBe(200);
      expect(turn.ms).toBeLessThan(5000);
      expect(turn.texts.at(-1)).toBe(t('error.unavailable'));
      expect(turn.texts).not.toContain(t('error.apology'));
      expect(turn.texts.join('\n')).not.toContain(t('feedback.thanks'));
    }
    expect(await stateOf()).toEqual(before);
    expect(await storage.feedback.list()).toEqual([]);

    const after = await send({ text: '1' });
    expect(after.texts).toContain(t('feedback.ask'));
    expect((await send({ text: 'Oui' })).texts.join('\n')).toContain(t('feedback.thanks'));
    expect(await storage.feedback.list()).toEqual([expect.objectContaining({ helpful: true, channelId: 'webchat' })]);
  });

  it('keeps /healthz a liveness probe and answers /readyz 200 while storage and knowledge are usable', async () => {
    const health = await fetch(`${url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, expect.objectContaining({ status: 'ok' })]);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toEqual({ status: 'ready', checks: { storage: 'ok', knowledge: 'ok' } });
  });
});
