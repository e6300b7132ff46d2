import type { Request, Response } from 'restify';

export interface CookiePolicy {
  /** HTTPS only (and the `__Host-` prefix, which browsers then bind to this host and path `/`). */
  secure: boolean;
}

export const SESSION_COOKIE = 'admin_session';
export const LOGIN_COOKIE = 'admin_login';

function fullName(policy: CookiePolicy, name: string): string {
  return policy.secure ? `__Host-${name}` : name;
}

/** The cookies of a request, by name (the last value wins, as browsers send the most specific first). */
export function readCookie(req: Request, policy: CookiePolicy, name: string): string | undefined {
  const wanted = fullName(policy, name);
  const header = String(req.headers.cookie ?? '');
  let found: string | undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === wanted) found = part.slice(index + 1).trim();
  }
  return found;
}

/**
 * Sets (or, with `maxAgeSeconds` 0, clears) an admin cookie: HttpOnly, SameSite=Lax (the OpenID Connect callback is
 * a top-level GET from the issuer, which Strict would strip), path `/`, Secure when served over HTTPS.
 */
export function setCookie(res: Response, policy: CookiePolicy, name: string, value: string, maxAgeSeconds: number): void {
  const parts = [`${fullName(policy, name)}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAgeSeconds}`];
  if (policy.secure) parts.push('Secure');
  const previous = res.getHeader('Set-Cookie');
  const list = Array.isArray(previous) ? previous : previous ? [String(previous)] : [];
  res.setHeader('Set-Cookie', [...list, parts.join('; ')]);
}
