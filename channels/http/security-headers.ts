import type { Next, Request, Response } from 'restify';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Headers every response carries, JSON and errors included (the web pages add their own CSP): `nosniff`, so that no
 * answer is ever read as another type than the one it declares, and, when the bot is served over HTTPS, HSTS.
 */
export function securityHeaders(publicUrl: string | undefined) {
  const https = publicUrl?.startsWith('https:') ?? false;
  return (_req: Request, res: Response, next: Next): void => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (https) res.setHeader('Strict-Transport-Security', `max-age=${ONE_YEAR_SECONDS}`);
    next();
  };
}
