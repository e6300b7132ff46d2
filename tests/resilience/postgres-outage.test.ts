import { setTimeout as sleep } from 'node:timers/promises';
import { counted } from '../../dialogs/cards/numbers';
import { translator } from '../../locales';
import { FIXTURE_KNOWLEDGE } from '../dialogs/harness';
import { startBotProcess, type BotProcess } from './support/bot-process';
import { startPgCluster, type PgCluster } from './support/pg-cluster';
import { say, stateDocuments } from './support/api-messages';
import { send } from './support/raw-http';
import { percentile, printFigures, table } from './support/report';

const t = translator('fr', 'conversation');
const CONVERSATIONS = 20;
const OUTAGE_MS = 10_000;
const TURN_LIMIT_MS = 5000;

type Phase = 'before' | 'stopped' | 'restarted' | 'frozen' | 'thawed' | 'after';
interface Turn {
  phase: Phase;
  ms: number;
  status: number | 'closed';
  kind: 'answered' | 'unavailable' | 'other';
}

describe('PostgreSQL stopped for 10 s, then frozen (SIGSTOP) for 10 s, under load', () => {
  let cluster: PgCluster;
  let bot: BotProcess;
  beforeAll(async () => {
    cluster = await startPgCluster();
    bot = await startBotProcess({ DATABASE_URL: cluster.url, KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE, MESSAGES_PER_MINUTE: '100000' });
  });
  afterAll(async () => {
    await bot?.stop();
    await cluster?.destroy();
  });

  it('answers every turn within 5 s, fails /readyz during the outages only, and loses no state', async () => {
    const ids = Array.from({ length: CONVERSATIONS }, (_, i) => `pg-outage-${i}`);
    for (const id of ids) {
      await say(bot.url, id, { type: 'conversationUpdate', membersAdded: [{ id: `user-${id}` }] });
      expect((await say(bot.url, id, { text: 'Labels' })).texts).toContain(t('cascade.pickQuestion', counted(2, 'fr')));
    }
    const before = await stateDocuments(cluster.url);

    let phase: Phase = 'before';
    let running = true;
    const turns: Turn[] = [];
    const probes: Array<{ phase: Phase; status: number | 'closed'; at: number }> = [];
    const talk = async (id: string) => {
      while (running) {
        const started = phase;
        const reply = await say(bot.url, id, { text: 'aide' });
        const unavailable = reply.texts.includes(t('error.unavailable'));
        const answered = reply.texts.some((text) => text.startsWith(t('help.text').slice(0, 30)));
        turns.push({ phase: started, ms: reply.ms, status: reply.status, kind: unavailable ? 'unavailable' : answered ? 'answered' : 'other' });
        await sleep(300 + Math.random() * 300);
      }
    };
    const probe = async () => {
      while (running) {
        probes.push({ phase, status: (await send(bot.url, { method: 'GET', path: '/readyz', timeoutMs: 5000 })).status, at: Date.now() });
        await sleep(250);
      }
    };
    const recovered = async (since: number): Promise<number> => {
      while (!(probes.at(-1)?.status === 200 && probes.at(-1)!.at > since && turns.at(-1)?.kind === 'answered')) await sleep(50);
      return Date.now() - since;
    };
    const load = [...ids.map(talk), probe()];

    await sleep(3000);
    phase = 'stopped';
    await cluster.stop();
    await sleep(OUTAGE_MS);
    await cluster.start();
    phase = 'restarted';
    const afterRestartMs = await recovered(Date.now());
    phase = 'frozen';
    const frozenProcesses = cluster.freeze();
    await sleep(OUTAGE_MS);
    cluster.thaw();
    phase = 'thawed';
    const afterThawMs = await recovered(Date.now());
    phase = 'after';
    await sleep(2000);
    running = false;
    await Promise.all(load);

    const afterDocuments = await stateDocuments(cluster.url);
    const lost = [...before.keys()].filter((key) => !afterDocuments.has(key));
    const continued = await Promise.all(ids.map(async (id) => (await say(bot.url, id, { text: '1' })).texts.includes(t('feedback.ask'))));
    const rated = await Promise.all(ids.map(async (id) => (await say(bot.url, id, { text: 'Oui' })).texts.join('\n').includes(t('feedback.thanks'))));

    const phases: Phase[] = ['before', 'stopped', 'restarted', 'frozen', 'thawed', 'after'];
    const rows = phases.map((name) => {
      const group = turns.filter((turn) => turn.phase === name);
      const ms = group.map((turn) => turn.ms);
      const count = (kind: Turn['kind']) => group.filter((turn) => turn.kind === kind).length;
      const ready = probes.filter((p) => p.phase === name);
      const readyText = `200×${ready.filter((p) => p.status === 200).length}, 503×${ready.filter((p) => p.status === 503).length}`;
      const latency = `${percentile(ms, 50)} / ${percentile(ms, 95)} / ${Math.max(0, ...ms)} ms`;
      return [name, group.length, count('answered'), count('unavailable'), count('other'), latency, readyText];
    });
    const slow = turns.filter((turn) => turn.ms >= TURN_LIMIT_MS || turn.status !== 200);
    printFigures('postgres-outage', 'PostgreSQL stopped 10 s, then frozen 10 s (a cluster of the suite’s own), 20 conversations', [
      table(['phase', 'turns', 'answered', '« momentanément indisponible »', 'other', 'latency p50 / p95 / max', '/readyz'], rows),
      '',
      `Frozen processes: ${frozenProcesses}. Back to ready and answering: ${(afterRestartMs / 1000).toFixed(1)} s after the ` +
        `restart, ${(afterThawMs / 1000).toFixed(1)} s after the thaw. Turns over 5 s or without an answer: ${slow.length}. ` +
        `Conversation states lost: ${lost.length} of ${before.size}; conversations that went on where they were: ` +
        `${continued.filter(Boolean).length} of ${ids.length}; ratings acknowledged after recovery: ${rated.filter(Boolean).length}.`,
    ].join('\n'));

    expect(slow).toEqual([]);
    expect(turns.filter((turn) => turn.kind === 'other')).toEqual([]);
    for (const outage of ['stopped', 'frozen'] as const) {
      expect(turns.filter((turn) => turn.phase === outage && turn.kind === 'unavailable').length).toBeGreaterThan(0);
      expect(probes.filter((p) => p.phase === outage && p.status === 503).length).toBeGreaterThan(0);
    }
    expect(probes.filter((p) => (p.phase === 'before' || p.phase === 'after') && p.status !== 200)).toEqual([]);
    expect(turns.filter((turn) => (turn.phase === 'before' || turn.phase === 'after') && turn.kind !== 'answered')).toEqual([]);
    expect(lost).toEqual([]);
    expect(continued.every(Boolean)).toBe(true);
    expect(rated.every(Boolean)).toBe(true);
  });
});
