import { Matcher } from '../../../../knowledge';
import type { AdminRoute } from '../../../../channels/web/admin/router';
import { logIn, PASSWORD, startAdminServer, type AdminServer } from './admin-server';

interface DebugRoute {
  method: string;
  path: string;
}

/** Every route restify knows under /admin, whoever registered it (a route added outside the router is caught too). */
function adminRoutes(running: AdminServer): DebugRoute[] {
  const info = running.server.getDebugInfo() as { routes: DebugRoute[] };
  return info.routes
    .filter((route) => route.path.startsWith('/admin'))
    .map((route) => ({ method: route.method.toUpperCase(), path: route.path }));
}

const PUBLIC = ['GET /admin/login', 'POST /admin/login', 'GET /admin/admin.css', 'GET /admin/login.js'];
const concrete = (path: string) => path.replace(/:[a-z]+/g, 'chart.umd.min.js');

describe('the admin page without a session', () => {
  let running: AdminServer;
  beforeAll(async () => {
    running = await startAdminServer();
  });
  afterAll(() => running.close());

  it('lists the same routes as restify does, and only the login is public', () => {
    const known = running.admin.routes.map((route: AdminRoute) => `${route.method} ${route.path}`).sort();
    expect(adminRoutes(running).map((route) => `${route.method} ${route.path}`).sort()).toEqual(known);
    expect(running.admin.routes.filter((route) => route.access === 'public').map((r) => `${r.method} ${r.path}`).sort()).toEqual([...PUBLIC].sort());
  });

  it.each([undefined, 'admin_session=forged.signature'])('refuses every other route (cookie %s): 401 or a redirect to the login, never data', async (cookie) => {
    const guarded = adminRoutes(running).filter((route) => !PUBLIC.includes(`${route.method} ${route.path}`));
    expect(guarded.length).toBeGreaterThanOrEqual(6);
    for (const route of guarded) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(cookie ? { cookie } : {}) };
      const response = await fetch(`${running.url}${concrete(route.path)}`, {
        method: route.method,
        headers,
        body: route.method === 'POST' ? '{}' : undefined,
        redirect: 'manual',
      });
      const kind = running.admin.routes.find((known) => known.path === route.path && known.method === route.method)?.access;
      if (kind === 'page') {
        expect([route.path, response.status]).toEqual([route.path, 302]);
        expect(response.headers.get('location')).toMatch(/^\/admin\/login\?next=/);
      } else {
        expect([route.path, response.status]).toEqual([route.path, 401]);
      }
    }
  });
});

describe('the password login', () => {
  let running: AdminServer;
  let clock = Date.now();
  beforeAll(async () => {
    running = await startAdminServer({}, () => clock);
  });
  afterAll(() => running.close());

  const attempt = (password: string, username = 'admin') =>
    fetch(`${running.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });

  it('opens a session in an HttpOnly SameSite cookie, and the dashboard shows the figures', async () => {
    const response = await attempt(PASSWORD);
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^admin_session=[^;]+;.*HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const page = await fetch(`${running.url}/admin`, { headers: { cookie: setCookie.split(';')[0] } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="figures"');
    expect((await running.admin.audit.list({ action: 'login' }))[0]).toMatchObject({ actor: 'admin' });
  });

  it('refuses bad input with a reason, and slows down repeated failures (429 with Retry-After)', async () => {
    const malformed = await fetch(`${running.url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"username":1}' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.message).toMatch(/username/);
    for (let failure = 0; failure < 3; failure += 1) expect((await attempt('wrong', 'someone')).status).toBe(401);
    const throttled = await attempt(PASSWORD, 'someone');
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    clock += 60_000;
    expect((await attempt('wrong', 'someone')).status).toBe(401);
  });
});

describe('changes from the admin page', () => {
  let running: AdminServer;
  beforeAll(async () => {
    running = await startAdminServer();
  });
  afterAll(() => running.close());

  it('are refused without the CSRF token, or from another site', async () => {
    const { cookie, csrf } = await logIn(running.url);
    expect(csrf).not.toBe('');
    const post = (headers: Record<string, string>) =>
      fetch(`${running.url}/admin/api/inbox/dismiss`, { method: 'POST', headers: { 'Content-Type': 'application/json', cookie, ...headers }, body: '{"key":"fr:x"}' });
    expect((await post({})).status).toBe(403);
    expect((await post({ 'X-CSRF-Token': 'not-the-token' })).status).toBe(403);
    expect((await post({ 'X-CSRF-Token': csrf, Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ 'X-CSRF-Token': csrf })).status).toBe(200);
    expect((await running.admin.audit.list({ action: 'inbox.dismiss' }))[0]).toMatchObject({ actor: 'admin', target: 'fr:x' });
  });

  it('add a user question as an alternate: audited, and the bot matches it directly', async () => {
    const { cookie, csrf } = await logIn(running.url);
    const entry = running.editor.knowledge.kb.entries[0];
    const text = 'comment brancher le machin bidule chouette';
    const response = await fetch(`${running.url}/admin/api/inbox/alternate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', cookie, 'X-CSRF-Token': csrf },
      body: JSON.stringify({ entryId: entry.id, text, lang: 'fr', key: 'fr:k' }),
    });
    expect(response.status).toBe(200);
    expect(running.editor.knowledge.kb.entries.find((e) => e.id === entry.id)?.alternates.fr).toContain(text);
    const served = new Matcher(running.editor.knowledge.kb).match({ text, lang: 'fr' });
    expect(served.decision).toBe('answer');
    expect(served.matches[0]?.id).toBe(entry.id);
    expect((await running.admin.audit.list({ action: 'inbox.alternate' }))[0]).toMatchObject({ actor: 'admin', target: 'fr:k' });
    const unknown = await fetch(`${running.url}/admin/api/inbox/alternate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', cookie, 'X-CSRF-Token': csrf },
      body: JSON.stringify({ entryId: 'no-such-entry', text, lang: 'fr' }),
    });
    expect(unknown.status).toBe(422);
  });
});
