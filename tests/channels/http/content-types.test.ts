import { gzipSync } from 'node:zlib';
import { activity, startEdgeServer, type EdgeServer } from './edge-server';

function post(url: string, body: BodyInit, headers: Record<string, string>): Promise<Response> {
  return fetch(`${url}/api/messages`, { method: 'POST', headers, body });
}

function multipart(): FormData {
  const form = new FormData();
  form.append('activity', JSON.stringify(activity()));
  form.append('file', new Blob(['x'.repeat(50_000)], { type: 'application/octet-stream' }), 'upload.bin');
  return form;
}

describe('only JSON bodies reach the bot', () => {
  let running: EdgeServer;
  beforeAll(async () => {
    running = await startEdgeServer({ BOT_LOCAL_MODE: 'true' });
  });
  afterAll(async () => {
    await running.close();
  });

  it.each<[string, () => [BodyInit, Record<string, string>]]>([
    ['multipart/form-data', () => [multipart(), {}]],
    ['application/x-www-form-urlencoded', () => ['type=message&text=aide', { 'content-type': 'application/x-www-form-urlencoded' }]],
    ['text/plain', () => [JSON.stringify(activity()), { 'content-type': 'text/plain' }]],
    ['application/octet-stream', () => [JSON.stringify(activity()), { 'content-type': 'application/octet-stream' }]],
    ['gzipped JSON', () => [new Uint8Array(gzipSync(JSON.stringify(activity()))), { 'content-type': 'application/json', 'content-encoding': 'gzip' }]],
  ])('answers %s with 415, before any turn', async (_what, make) => {
    const [body, headers] = make();
    const response = await post(running.url, body, headers);
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({
      error: { code: 'UnsupportedMediaType', message: expect.any(String), correlationId: expect.any(String) },
    });
    expect(running.turnErrors).toEqual([]);
  });

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON'])('accepts %s', async (type) => {
    const response = await post(running.url, JSON.stringify(activity()), { 'content-type': type });
    expect(response.status).toBe(200);
  });

  it('answers 415 on every route, known or not', async () => {
    for (const path of ['/api/directline/token', '/v3/directline/conversations', '/nowhere']) {
      const response = await fetch(`${running.url}${path}`, { method: 'POST', body: multipart() });
      expect(response.status).toBe(415);
    }
  });
});

describe('headers on every answer', () => {
  let running: EdgeServer;
  beforeAll(async () => {
    running = await startEdgeServer({ BOT_LOCAL_MODE: 'true', PUBLIC_URL: 'https://faq.example.fr/', MAX_BODY_BYTES: '2048' });
  });
  afterAll(async () => {
    await running.close();
  });

  const requests: Array<[string, number, () => Promise<Response>]> = [
    ['JSON', 200, () => fetch(`${running.url}/healthz`)],
    ['an expectReplies answer', 200, () => post(running.url, JSON.stringify(activity()), { 'content-type': 'application/json' })],
    ['malformed JSON', 400, () => post(running.url, '{"type":', { 'content-type': 'application/json' })],
    ['an unknown route', 404, () => fetch(`${running.url}/nowhere/../etc/passwd`)],
    ['a wrong method', 405, () => fetch(`${running.url}/api/messages`)],
    ['a body too large', 413, () => post(running.url, JSON.stringify({ text: 'x'.repeat(5000) }), { 'content-type': 'application/json' })],
    ['a body that is not JSON', 415, () => post(running.url, 'x', { 'content-type': 'text/plain' })],
  ];

  it.each(requests)('sends nosniff and HSTS (PUBLIC_URL is https) on %s', async (_what, status, send) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
    if (status >= 400) {
      const body = (await response.json()) as { error: { code: string; message: string; correlationId: string } };
      expect(Object.keys(body.error).sort()).toEqual(['code', 'correlationId', 'message']);
      expect(body.error.message).not.toMatch(/passwd|nowhere|Unexpected|JSON at position|exceeds/);
    }
  });

  it('sends no HSTS when the bot is not served over HTTPS', async () => {
    const plain = await startEdgeServer({ BOT_LOCAL_MODE: 'true' });
    try {
      const response = await fetch(`${plain.url}/healthz`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await plain.close();
    }
  });
});
