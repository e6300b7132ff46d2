import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBotProcess, type BotProcess } from './support/bot-process';
import { activity, badBearerCases, hostileCases, type HostileCase, type OpenConversation } from './support/hostile-cases';
import { send, trickle, type Outcome } from './support/raw-http';
import { printFigures, table } from './support/report';

const KEY = 'resilience-hostile-token-key-0123456789abcdef';
const HEADERS_SECONDS = 2;
const REQUEST_SECONDS = 4;

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    // `path` is the entry's folder in Node 20 (`parentPath` from 20.12, not in these types yet).
    .map((entry) => join(entry.path, entry.name).slice(dir.length + 1))
    .sort();
}

async function openConversation(base: string): Promise<OpenConversation> {
  const issued = await fetch(`${base}/api/directline/token?lang=fr`, { method: 'POST' });
  const { token } = (await issued.json()) as { token: string };
  const started = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  return (await started.json()) as OpenConversation;
}

/** Runs `cases` a few at a time (the machine is shared), in order. */
async function runAll(base: string, cases: readonly HostileCase[], parallel = 6): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const index = next++;
      outcomes[index] = await send(base, (cases[index] as HostileCase).request);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return outcomes;
}

function slowClients(base: string): Array<[string, Promise<Outcome>]> {
  const post = 'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n';
  return [
    ['headers trickled, a byte every 500 ms', trickle(base, 'GET /healthz HTTP/1.1\r\n', 'Host: x\r\nX-Slow: yyyyyyyyyyyyyyy\r\n\r\n', 500)],
    ['body trickled, a byte every 500 ms', trickle(base, `${post}Content-Length: 400\r\n\r\n`, JSON.stringify(activity()).padEnd(400), 500)],
    ['connects and sends nothing', trickle(base, '', '', 1000)],
    ['half the headers, then silence', trickle(base, 'POST /api/messages HTTP/1.1\r\nHost: x\r\n', '', 1000)],
    ['the whole head, no body', trickle(base, `${post}Content-Length: 50\r\n\r\n`, '', 1000)],
    ['Direct Line body trickled', trickle(base, `POST /v3/directline/conversations/x/activities HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`, '{'.padEnd(100), 400)],
  ];
}

/** "400×12, 415×3": how many of each status. */
function statuses(outcomes: readonly Outcome[]): string {
  const counts = new Map<string, number>();
  outcomes.forEach(({ status }) => counts.set(String(status), (counts.get(String(status)) ?? 0) + 1));
  return [...counts].sort().map(([status, count]) => `${status}×${count}`).join(', ');
}

describe('hostile and malformed requests against the real server', () => {
  let tmp: string;
  let dataDir: string;
  let bot: BotProcess;
  let secured: BotProcess;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'faq-sante-bot-hostile-tmp-'));
    dataDir = mkdtempSync(join(tmpdir(), 'faq-sante-bot-hostile-data-'));
    const common = { TMPDIR: tmp, HEADERS_TIMEOUT_SECONDS: String(HEADERS_SECONDS), REQUEST_TIMEOUT_SECONDS: String(REQUEST_SECONDS) };
    [bot, secured] = await Promise.all([
      startBotProcess({ ...common, DATA_DIR: dataDir, DIRECTLINE_TOKEN_KEY: KEY, CONVERSATIONS_PER_MINUTE: '10000' }),
      startBotProcess({
        ...common,
        DATA_DIR: ':memory:',
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa',
      }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([bot?.stop(), secured?.stop()]);
    rmSync(tmp, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers at least 300 of them with no 5xx, no crash and no file written', async () => {
    const [open, other] = [await openConversation(bot.url), await openConversation(bot.url)];
    const filesBefore = filesUnder(dataDir);
    const cases = hostileCases(open as OpenConversation, other as OpenConversation);
    const slow = slowClients(bot.url);
    const [outcomes, bearerOutcomes, slowOutcomes] = await Promise.all([
      runAll(bot.url, cases),
      runAll(secured.url, badBearerCases(), 2),
      Promise.all(slow.map(([, outcome]) => outcome)),
    ]);
    const all = [
      ...cases.map((c, i) => ({ ...c, outcome: outcomes[i] as Outcome })),
      ...badBearerCases().map((c, i) => ({ ...c, outcome: bearerOutcomes[i] as Outcome })),
      ...slow.map(([label], i) => ({ category: 'slow clients', label, outcome: slowOutcomes[i] as Outcome })),
    ];

    const categories = [...new Set(all.map((item) => item.category))];
    const rows = categories.map((category) => {
      const group = all.filter((item) => item.category === category).map((item) => item.outcome);
      const serverErrors = group.filter(({ status }) => typeof status === 'number' && status >= 500).length;
      const slowest = Math.max(...group.map(({ ms }) => ms));
      return [category, group.length, statuses(group), serverErrors, `${(slowest / 1000).toFixed(1)} s`];
    });
    const serverErrors = all.filter(({ outcome }) => typeof outcome.status === 'number' && outcome.status >= 500);
    const leaks = all.filter(({ outcome }) => /"name": "faq-sante-bot"|root:x:0:0|at .+\.ts:\d+/.test(outcome.body));
    const alive = bot.alive() && secured.alive();
    const written = [...filesUnder(tmp), ...filesUnder(dataDir).filter((file) => !filesBefore.includes(file))];
    rows.push(['**all**', all.length, '', serverErrors.length, '']);
    printFigures('hostile-requests', 'Hostile and malformed requests', [
      table(['category', 'requests', 'answers', '5xx', 'slowest'], rows),
      '',
      `Crashes: ${alive ? 0 : 1}. Files written (temp folder, data folder): ${written.length}. ` +
        `Bodies leaking a file, a stack or a path: ${leaks.length}.`,
    ].join('\n'));

    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(serverErrors.map(({ label, outcome }) => `${label}: ${outcome.status}`)).toEqual([]);
    expect(leaks.map(({ label }) => label)).toEqual([]);
    expect(alive).toBe(true);
    expect(written).toEqual([]);
    // Slow clients are cut by the limits, not held.
    for (const outcome of slowOutcomes) expect(outcome.ms).toBeLessThan((REQUEST_SECONDS + 3) * 1000);
  });

  it('still serves a conversation afterwards', async () => {
    const response = await send(bot.url, {
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity({ channelId: 'webchat' }, 'after-the-storm')),
    });
    expect(response.status).toBe(200);
    expect((JSON.parse(response.body) as { activities: unknown[] }).activities.length).toBeGreaterThan(0);
    expect((await send(bot.url, { method: 'GET', path: '/readyz' })).status).toBe(200);
  });
});
