import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startAdminServer, type AdminServer } from './admin-server';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Cookies per host, as a browser keeps them (name → value; enough for this flow). */
class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();
  store(url: string, response: Response): void {
    const jar = this.jars.get(new URL(url).host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      jar.set(pair.slice(0, index), pair.slice(index + 1));
    }
    this.jars.set(new URL(url).host, jar);
  }
  header(url: string): string {
    return [...(this.jars.get(new URL(url).host) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Follows redirects and fills the provider's login and consent forms, as a person in a browser would. */
async function browse(start: string, jar: CookieJar, login: string): Promise<Response> {
  let url = start;
  let init: RequestInit = {};
  for (let step = 0; step < 20; step += 1) {
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie: jar.header(url) } });
    jar.store(url, response);
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url).toString();
      init = {};
      if (new URL(url).pathname === '/admin') return response;
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    if (!action) throw new Error(`no form at ${url} (${response.status}): ${page.slice(0, 300)}`);
    const fields = new URLSearchParams();
    for (const match of page.matchAll(/<input[^>]*name="([^"]+)"(?:[^>]*value="([^"]*)")?/g)) fields.set(match[1], match[2] ?? '');
    if (fields.has('login')) fields.set('login', login);
    if (fields.has('password')) fields.set('password', 'anything');
    url = new URL(action, url).toString();
    init = { method: 'POST', body: fields.toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } };
  }
  throw new Error('the login did not end');
}

describe('the OpenID Connect login, against a real provider', () => {
  let provider: ChildProcess;
  let running: AdminServer;
  let issuer: string;

  beforeAll(async () => {
    const [providerPort, appPort] = [await freePort(), await freePort()];
    issuer = `http://127.0.0.1:${providerPort}`;
    const redirect = `http://127.0.0.1:${appPort}/admin/login/callback`;
    provider = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs'), String(providerPort), redirect], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      provider.stdout?.on('data', (chunk: Buffer) => String(chunk).includes('ready') && resolve());
      provider.once('exit', (code) => reject(new Error(`the provider stopped (${code})`)));
    });
    running = await startAdminServer(
      { ADMIN_OIDC_ISSUER: issuer, ADMIN_OIDC_CLIENT_ID: 'faq-admin', ADMIN_OIDC_CLIENT_SECRET: 'faq-admin-secret-for-tests-only', ADMIN_OIDC_REDIRECT_URL: redirect, ADMIN_ALLOWED: 'editrice' },
      undefined,
      appPort,
    );
  });
  afterAll(async () => {
    await running?.close();
    provider?.kill();
  });

  it('logs an allowed account in, and the audit log names it', async () => {
    const jar = new CookieJar();
    await browse(`${running.url}/admin/login/oidc?next=/admin`, jar, 'editrice');
    const dashboard = await fetch(`${running.url}/admin`, { headers: { cookie: jar.header(running.url) }, redirect: 'manual' });
    expect(dashboard.status).toBe(200);
    expect((await running.admin.audit.list({ action: 'login' }))[0]).toMatchObject({ actor: 'editrice', details: { method: 'oidc' } });
  });

  it('refuses an account that ADMIN_ALLOWED does not list, and a callback without a login in progress', async () => {
    const jar = new CookieJar();
    await expect(browse(`${running.url}/admin/login/oidc?next=/admin`, jar, 'intrus')).rejects.toThrow(/\(403\)/);
    const forged = await fetch(`${running.url}/admin/login/callback?code=x&state=y`, { redirect: 'manual' });
    expect(forged.status).toBe(400);
  });
});
