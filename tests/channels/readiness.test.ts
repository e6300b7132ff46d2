import { botReadiness, readiness } from '../../channels/readiness';
import { createServer, start, stop } from '../../channels/server';
import { loadConfig } from '../../config/config';
import type { BotEndpointAdapter } from '../../channels/http/bot-endpoint';

describe('readiness', () => {
  it('runs each check once per cache period, and probes during a run share it', async () => {
    let clock = 0;
    let calls = 0;
    const probe = readiness({ storage: async () => void (calls += 1) }, { cacheMs: 1000, now: () => clock });
    const [first, second] = await Promise.all([probe(), probe()]);
    expect(first).toEqual({ ready: true, checks: { storage: 'ok' } });
    expect(second).toBe(first);
    clock = 999;
    await probe();
    expect(calls).toBe(1);
    clock = 1000;
    await probe();
    expect(calls).toBe(2);
  });

  it('counts a check that fails, or does not answer in time, as unavailable, and logs it once', async () => {
    let clock = 0;
    const logged: string[] = [];
    const probe = readiness(
      {
        storage: () => new Promise(() => undefined),
        knowledge: async () => {
          throw new Error('no entry');
        },
      },
      { cacheMs: 10, timeoutMs: 50, now: () => clock, log: (message) => logged.push(message) },
    );
    const started = Date.now();
    expect(await probe()).toEqual({ ready: false, checks: { storage: 'unavailable', knowledge: 'unavailable' } });
    expect(Date.now() - started).toBeLessThan(1000);
    clock = 100;
    await probe();
    expect(logged.sort()).toEqual(['[readyz] knowledge unavailable', '[readyz] storage unavailable']);
  });

  it('says whether storage answers and the knowledge base has entries', async () => {
    const down = { ping: () => Promise.reject(new Error('down')) };
    const up = { ping: () => Promise.resolve() };
    const quiet = { log: () => undefined };
    expect(await botReadiness(up, () => ({ entries: [1] }), quiet)()).toMatchObject({ ready: true });
    expect(await botReadiness(down, () => ({ entries: [1] }), quiet)()).toEqual({
      ready: false,
      checks: { storage: 'unavailable', knowledge: 'ok' },
    });
    expect((await botReadiness(up, () => ({ entries: [] }), quiet)()).checks.knowledge).toBe('unavailable');
  });
});

describe('GET /readyz', () => {
  it('answers 503 with the verdicts (no error text) while a check fails, 200 once it passes', async () => {
    let storageUp = false;
    const storage = async () => {
      if (!storageUp) throw new Error('ECONNREFUSED 10.0.0.5:5432 secret-host');
    };
    const probe = readiness({ storage }, { cacheMs: 0, log: () => undefined });
    const adapter = {} as BotEndpointAdapter;
    const server = createServer({
      adapter,
      bot: { run: async () => undefined },
      config: loadConfig({ BOT_LOCAL_MODE: 'true' }),
      health: () => ({ knowledgeEntries: 1, storage: 'test' }),
      readiness: probe,
    });
    const { port } = await start(server, 0, '127.0.0.1');
    try {
      const down = await fetch(`http://127.0.0.1:${port}/readyz`);
      const text = await down.text();
      expect([down.status, JSON.parse(text)]).toEqual([503, { status: 'unavailable', checks: { storage: 'unavailable' } }]);
      expect(text).not.toContain('secret-host');
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      storageUp = true;
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    } finally {
      await stop(server);
    }
  });
});

