import { plugins, type Next, type Request, type RequestHandler, type Response, type Server } from 'restify';
import { sendError } from '../../http/errors';
import { readCookie, SESSION_COOKIE, type CookiePolicy } from './auth/cookies';
import type { AdminSession, CookieSigner } from './auth/session';

/** `public`: the login itself; `page`: HTML, a redirect to the login without a session; `api`: 401 without one. */
export type Access = 'public' | 'page' | 'api';
export type Method = 'GET' | 'POST';

export interface AdminRoute {
  method: Method;
  path: string;
  access: Access;
}

/** A refusal of bad input, answered 400 (or `status`) with its reason; any other error is a 500 without details. */
export class AdminInputError extends Error {
  constructor(
    message: string,
    readonly status = 400,
    readonly code = 'BadRequest',
  ) {
    super(message);
    this.name = 'AdminInputError';
  }
}

export type AdminHandler = (req: Request, res: Response, session: AdminSession) => Promise<void>;
export type PublicHandler = (req: Request, res: Response) => Promise<void>;

export interface RouterDeps {
  signer: CookieSigner;
  cookies: CookiePolicy;
  maxBodyBytes: number;
  log: (message: string, error: unknown) => void;
}

const sessions = new WeakMap<Request, AdminSession>();

/** The session of a request, when its cookie is signed by this server and still valid. */
export function sessionOf(req: Request, deps: Pick<RouterDeps, 'signer' | 'cookies'>): AdminSession | undefined {
  return deps.signer.open<AdminSession>('session', readCookie(req, deps.cookies, SESSION_COOKIE));
}

function loginRedirect(req: Request, res: Response): void {
  const next = new URL(req.url ?? '/admin', 'http://local');
  const target = `/admin/login?next=${encodeURIComponent(next.pathname + next.search)}`;
  res.setHeader('Cache-Control', 'no-store');
  res.redirect(302, target, () => undefined);
}

/** A change must come from the admin's own pages: same origin when the browser says, and the session's CSRF token. */
function changeAllowed(req: Request, session: AdminSession, signer: CookieSigner): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null') {
    const host = req.headers['x-forwarded-host'] ?? req.headers.host;
    if (new URL(origin).host !== String(host)) return false;
  }
  const token = req.headers['x-csrf-token'];
  return signer.checkCsrf(session, Array.isArray(token) ? token[0] : token);
}

/**
 * Registers the admin routes and remembers them. Every route but the login's goes through the session guard first
 * (before its body is even read): there is no way to add an admin route that skips it.
 */
export class AdminRouter {
  readonly routes: AdminRoute[] = [];

  constructor(
    private readonly server: Server,
    private readonly deps: RouterDeps,
  ) {}

  page(path: string, handler: AdminHandler): void {
    this.add('GET', path, 'page', handler);
  }

  api(method: Method, path: string, handler: AdminHandler): void {
    this.add(method, path, 'api', handler);
  }

  open(method: Method, path: string, handler: PublicHandler): void {
    this.routes.push({ method, path, access: 'public' });
    const chain = [...(method === 'POST' ? this.bodyParsers() : []), this.wrap((req, res) => handler(req, res))];
    this.register(method, path, chain);
  }

  private add(method: Method, path: string, access: Access, handler: AdminHandler): void {
    this.routes.push({ method, path, access });
    const guard = this.guard(access, method);
    const chain = [guard, ...(method === 'POST' ? this.bodyParsers() : []), this.wrap(handler)];
    this.register(method, path, chain);
  }

  private register(method: Method, path: string, chain: RequestHandler[]): void {
    if (method === 'GET') this.server.get(path, ...chain);
    else this.server.post(path, ...chain);
  }

  private guard(access: Access, method: Method): RequestHandler {
    return (req: Request, res: Response, next: Next): void => {
      res.setHeader('Cache-Control', 'no-store');
      const session = sessionOf(req, this.deps);
      if (!session) {
        if (access === 'page') loginRedirect(req, res);
        else sendError(res, 401, 'Unauthorized', 'Log in to the admin page first.');
        return next(false);
      }
      if (method !== 'GET' && !changeAllowed(req, session, this.deps.signer)) {
        sendError(res, 403, 'CsrfRefused', 'Missing or invalid CSRF token, or a request from another site.');
        return next(false);
      }
      sessions.set(req, session);
      next();
    };
  }

  private bodyParsers(): RequestHandler[] {
    return [
      plugins.bodyReader({ maxBodySize: this.deps.maxBodyBytes }),
      ...plugins.jsonBodyParser({ mapParams: false, bodyReader: true }),
    ];
  }

  private wrap(handler: AdminHandler): RequestHandler {
    return async (req: Request, res: Response): Promise<void> => {
      try {
        await handler(req, res, sessions.get(req) as AdminSession);
      } catch (error) {
        if (error instanceof AdminInputError) return void sendError(res, error.status, error.code, error.message);
        const id = sendError(res, 500, 'ServiceError', 'Internal error.');
        this.deps.log(`[admin] ${req.method} ${req.path()} failed (correlation id ${id})`, error);
      }
    };
  }
}
