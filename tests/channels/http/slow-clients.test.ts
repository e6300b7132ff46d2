import { connect } from 'node:net';
import { startEdgeServer, type EdgeServer } from './edge-server';

interface Trickled {
  /** From the first byte sent to the connection's end. */
  closedAfterMs: number;
  response: string;
}

/** Sends `head`, then one byte of `trickle` every 200 ms, until the server closes the connection (or 20 s pass). */
function trickle(url: string, head: string, trickle: string): Promise<Trickled> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    const started = Date.now();
    let response = '';
    let sent = 0;
    const timer = setInterval(() => socket.write(trickle.charAt(sent++ % trickle.length)), 200);
    const giveUp = setTimeout(() => socket.destroy(new Error('the server kept the connection open for 20 s')), 20_000);
    socket.on('connect', () => socket.write(head));
    socket.on('data', (chunk) => (response += chunk.toString('utf8')));
    socket.on('error', () => undefined); // writes after the server closed: the close below settles it
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      if (Date.now() - started >= 20_000) reject(new Error('the server kept the connection open for 20 s'));
      resolve({ closedAfterMs: Date.now() - started, response });
    });
  });
}

describe('slow clients', () => {
  let running: EdgeServer;
  beforeAll(async () => {
    running = await startEdgeServer({ BOT_LOCAL_MODE: 'true', HEADERS_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '2' });
  });
  afterAll(async () => {
    await running.close();
  });

  it('cuts a connection that trickles its headers once HEADERS_TIMEOUT_SECONDS are up, with a 408', async () => {
    const result = await trickle(running.url, 'POST /api/messages HTTP/1.1\r\nHost: bot\r\n', 'X-Slow: a\r\n');
    // 1 s limit, checked every 250 ms; the margin is for a loaded machine, far below Node's 60 s default.
    expect(result.closedAfterMs).toBeGreaterThanOrEqual(900);
    expect(result.closedAfterMs).toBeLessThan(5000);
    expect(result.response).toMatch(/^HTTP\/1\.1 408 /);
    expect(result.response).toContain('X-Content-Type-Options: nosniff');
    expect(result.response).toContain('"code":"RequestTimeout"');
  });

  it('cuts a connection that trickles its body once REQUEST_TIMEOUT_SECONDS are up', async () => {
    const head = 'POST /api/messages HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n';
    const result = await trickle(running.url, head, ' ');
    expect(result.closedAfterMs).toBeGreaterThanOrEqual(1900);
    expect(result.closedAfterMs).toBeLessThan(6000);
    expect(result.response).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('keeps serving other clients meanwhile', async () => {
    const slow = trickle(running.url, 'GET /healthz HTTP/1.1\r\n', 'X: y\r\n');
    const response = await fetch(`${running.url}/healthz`);
    expect(response.status).toBe(200);
    await slow;
  });
});
