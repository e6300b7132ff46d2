import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createRestifyServer, plugins } from 'restify';
import { startServerProcess, type ServerProcess } from './server-process';

/** Every file under `dir`, however deep. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function multipart(): FormData {
  const form = new FormData();
  form.append('activity', JSON.stringify({ type: 'message', text: 'aide' }));
  form.append('file', new Blob(['x'.repeat(60_000)], { type: 'application/octet-stream' }), 'upload.bin');
  return form;
}

const ROUTES = [
  '/api/messages',
  '/v3/directline/conversations/x/activities',
  '/v3/directline/conversations/x/upload',
  '/api/directline/token',
];

/** Issue 10, finding 1: 25 unauthenticated multipart requests left 100 files (6 MB) in the temp folder. */
describe('multipart requests to the real server (its own process, TMPDIR a fresh folder)', () => {
  const temp = mkdtempSync(join(tmpdir(), 'faq-edge-tmp-'));
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ TMPDIR: temp });
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(temp, { recursive: true, force: true });
  });

  it('are all answered 415 and leave no file in the temp folder', async () => {
    const before = filesUnder(temp);
    const statuses = new Set<number>();
    for (let i = 0; i < 25; i++) {
      for (const path of ROUTES) {
        const response = await fetch(`${server.url}${path}`, { method: 'POST', body: multipart() });
        statuses.add(response.status);
        await response.arrayBuffer();
      }
    }
    expect([...statuses]).toEqual([415]);
    expect(filesUnder(temp)).toEqual(before);
    expect(before).toEqual([]);
  });
});

/**
 * The control: the same request through restify's bodyParser() does write its parts to the folder (the OS temp
 * folder by default; named here, since jest's `process.env` does not reach `os.tmpdir()`), so the count sees them.
 */
describe('restify bodyParser(), which the server no longer uses', () => {
  it('writes multipart parts to the temp folder before any handler runs', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'faq-edge-control-'));
    const server = createRestifyServer();
    server.post('/upload', plugins.bodyParser({ uploadDir: temp }), async (_req, res) => void res.send(401));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/upload`, { method: 'POST', body: multipart() });
      expect(response.status).toBe(401);
      expect(filesUnder(temp).length).toBeGreaterThan(0);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
