import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { bytes } from '../../../directline/bytes';

/** Who is logged in, carried in the signed session cookie (no server-side session table: instances share the key). */
export interface AdminSession {
  /** The account as the audit log names it (e-mail or user name). */
  user: string;
  /** Display name. */
  name: string;
  method: 'password' | 'oidc';
  /** Random per login: the CSRF token is derived from it. */
  id: string;
  /** Expiry, in milliseconds since the epoch. */
  expires: number;
}

function sign(key: string, purpose: string, value: string): string {
  return createHmac('sha256', key).update(`${purpose}\n${value}`).digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(bytes(left), bytes(right));
}

/** Signs and checks the values of the admin cookies (the session, and the OpenID Connect login in progress). */
export class CookieSigner {
  constructor(
    private readonly key: string,
    private readonly now: () => number = Date.now,
  ) {}

  seal(purpose: string, payload: object): string {
    const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
    return `${body}.${sign(this.key, purpose, body)}`;
  }

  /** The payload, or undefined when the value was not signed by this key for this purpose, or has expired. */
  open<T extends { expires: number }>(purpose: string, sealed: string | undefined): T | undefined {
    const [body, signature, extra] = (sealed ?? '').split('.');
    if (!body || !signature || extra !== undefined || !sameText(signature, sign(this.key, purpose, body))) return undefined;
    try {
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T;
      return typeof payload.expires === 'number' && payload.expires > this.now() ? payload : undefined;
    } catch {
      return undefined;
    }
  }

  newSession(user: string, name: string, method: AdminSession['method'], hours: number): AdminSession {
    return { user, name, method, id: randomBytes(16).toString('base64url'), expires: this.now() + hours * 3_600_000 };
  }

  /** The CSRF token of a session: pages embed it, every change sends it back in `X-CSRF-Token`. */
  csrfToken(session: AdminSession): string {
    return sign(this.key, 'csrf', session.id);
  }

  checkCsrf(session: AdminSession, token: string | undefined): boolean {
    return token !== undefined && sameText(token, this.csrfToken(session));
  }
}
