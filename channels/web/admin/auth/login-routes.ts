import type { Request, Response } from 'restify';
import type { AdminLogin } from '../../../../config/admin-settings';
import type { AuditStore } from '../../../../storage/audit/audit-store';
import { clientAddress } from '../../../directline/http';
import { sendError } from '../../../http/errors';
import { loginPage } from '../pages/login-page';
import { pageContext, sendAdminPage, type ShellDeps } from '../pages/shell';
import { AdminInputError, sessionOf, type AdminRouter } from '../router';
import { LOGIN_COOKIE, SESSION_COOKIE, readCookie, setCookie, type CookiePolicy } from './cookies';
import { OidcLogin, OidcLoginError, type PendingLogin } from './oidc';
import { verifyPassword } from './password';
import type { AdminSession, CookieSigner } from './session';
import type { LoginThrottle } from './throttle';

export interface LoginDeps {
  login: Exclude<AdminLogin, { kind: 'off' }>;
  signer: CookieSigner;
  cookies: CookiePolicy;
  throttle: LoginThrottle;
  audit: AuditStore;
  shell: ShellDeps;
  sessionHours: number;
  trustProxy: boolean;
  now: () => number;
}

const LOGIN_MINUTES = 10;

/** Only a path of the admin page itself: never another site (an open redirect) nor `//host`. */
export function safeNext(raw: unknown): string {
  return typeof raw === 'string' && /^\/admin(?:[/?#]|$)/.test(raw) && !raw.includes('\\') ? raw : '/admin';
}

function queryOf(req: Request): URLSearchParams {
  return new URL(req.url ?? '/', 'http://local').searchParams;
}

async function openSession(res: Response, deps: LoginDeps, session: AdminSession): Promise<void> {
  setCookie(res, deps.cookies, SESSION_COOKIE, deps.signer.seal('session', session), deps.sessionHours * 3600);
  await deps.audit.record({ actor: session.user, action: 'login', target: null, details: { method: session.method } });
}

function sameOrigin(req: Request): boolean {
  const origin = req.headers.origin;
  if (origin === undefined || origin === 'null') return true;
  return new URL(origin).host === String(req.headers['x-forwarded-host'] ?? req.headers.host);
}

function textField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value.length === 0 || value.length > 1000) {
    throw new AdminInputError(`"${name}" must be a non-empty text of at most 1000 characters`, 400, 'MissingCredentials');
  }
  return value;
}

function passwordLogin(deps: LoginDeps, login: Extract<AdminLogin, { kind: 'password' }>) {
  return async (req: Request, res: Response): Promise<void> => {
    if (!sameOrigin(req)) return void sendError(res, 403, 'CsrfRefused', 'A login from another site is refused.');
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body !== 'object' || Array.isArray(body)) throw new AdminInputError('expected a JSON object');
    const username = textField(body, 'username').trim();
    const password = textField(body, 'password');
    const keys = [`address:${clientAddress(req, deps.trustProxy)}`, `account:${username.toLowerCase()}`];
    const wait = deps.throttle.waitFor(keys);
    const t = pageContext(req, deps.shell).a;
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      res.setHeader('Retry-After', String(seconds));
      return void sendError(res, 429, 'TooManyAttempts', t('login.throttled', { seconds }));
    }
    const matches = await verifyPassword(password, login.passwordHash);
    if (!matches || username !== login.username) {
      deps.throttle.failed(keys);
      return void sendError(res, 401, 'LoginFailed', t('login.failed'));
    }
    deps.throttle.succeeded(keys);
    await openSession(res, deps, deps.signer.newSession(login.username, login.username, 'password', deps.sessionHours));
    res.json(200, { redirect: safeNext(body.next) });
  };
}

function oidcStart(deps: LoginDeps, oidc: OidcLogin) {
  return async (req: Request, res: Response): Promise<void> => {
    const context = pageContext(req, deps.shell);
    const next = safeNext(queryOf(req).get('next'));
    let started: { url: string; pending: PendingLogin };
    try {
      started = await oidc.start(`${next}${next.includes('?') ? '&' : '?'}lang=${context.lang}`, deps.now() + LOGIN_MINUTES * 60_000);
    } catch {
      return sendAdminPage(res, context, loginPage(context, { method: 'oidc', next, error: 'issuerDown' }), 503);
    }
    setCookie(res, deps.cookies, LOGIN_COOKIE, deps.signer.seal('login', started.pending), LOGIN_MINUTES * 60);
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, started.url, () => undefined);
  };
}

function oidcCallback(deps: LoginDeps, oidc: OidcLogin, allowed: readonly string[]) {
  const allowedSet = new Set(allowed.map((value) => value.toLowerCase()));
  return async (req: Request, res: Response): Promise<void> => {
    const context = pageContext(req, deps.shell);
    const refuse = (error: string, status: number) =>
      sendAdminPage(res, context, loginPage(context, { method: 'oidc', next: '/admin', error }), status);
    const pending = deps.signer.open<PendingLogin>('login', readCookie(req, deps.cookies, LOGIN_COOKIE));
    if (!pending) return refuse('expired', 400);
    setCookie(res, deps.cookies, LOGIN_COOKIE, '', 0);
    let identity;
    try {
      identity = await oidc.finish(new URL(req.url ?? '/', 'http://local').search, pending);
    } catch (error) {
      if (error instanceof OidcLoginError) return refuse('expired', 400);
      return refuse('issuerDown', 503);
    }
    if (allowedSet.size > 0 && !identity.identifiers.some((id) => allowedSet.has(id))) return refuse('refused', 403);
    await openSession(res, deps, deps.signer.newSession(identity.user, identity.name, 'oidc', deps.sessionHours));
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, safeNext(pending.next), () => undefined);
  };
}

/** `/admin/login` (the page, and the password's POST or the OpenID Connect redirect and callback), `/admin/logout`. */
export function registerLogin(router: AdminRouter, deps: LoginDeps): void {
  const { login } = deps;
  router.open('GET', '/admin/login', async (req, res) => {
    const context = pageContext(req, deps.shell);
    const next = safeNext(queryOf(req).get('next'));
    if (sessionOf(req, deps)) return void res.redirect(302, next, () => undefined);
    res.setHeader('Cache-Control', 'no-store');
    sendAdminPage(res, context, loginPage(context, { method: login.kind, next }));
  });
  if (login.kind === 'password') {
    router.open('POST', '/admin/login', passwordLogin(deps, login));
  } else {
    const oidc = new OidcLogin(login.oidc);
    router.open('GET', '/admin/login/oidc', oidcStart(deps, oidc));
    router.open('GET', '/admin/login/callback', oidcCallback(deps, oidc, login.allowed));
  }
  router.api('POST', '/admin/logout', async (_req, res, session) => {
    setCookie(res, deps.cookies, SESSION_COOKIE, '', 0);
    await deps.audit.record({ actor: session.user, action: 'logout', target: null, details: null });
    res.json(200, { redirect: '/admin/login' });
  });
}
