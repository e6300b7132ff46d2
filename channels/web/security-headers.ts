import { randomBytes } from 'node:crypto';
import type { Response } from 'restify';

export interface PagePolicy {
  /** Who may put the page in a frame: `'self'` plus, for the chat page, the sites allowed to embed it. */
  frameAncestors: readonly string[];
  /** Where the page's scripts may connect besides its own origin (Azure's Direct Line in Azure mode). */
  connectTo: readonly string[];
}

/** A fresh nonce per page: Web Chat (emotion) tags the <style> elements it injects with it. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The hash of an empty <style> element. Web Chat's react-scroll-to-bottom creates its emotion <style> without the
 * nonce, empty, then fills it through CSSOM `insertRule` (which CSP does not govern): allowing exactly "empty" lets
 * that sheet exist without allowing any inline CSS text.
 */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

export function contentSecurityPolicy(nonce: string, policy: PagePolicy): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...policy.connectTo].join(' '),
    ["frame-ancestors 'self'", ...policy.frameAncestors].join(' '),
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Sends an HTML page with its CSP and the usual hardening headers. */
export function sendPage(res: Response, body: string, nonce: string, policy: PagePolicy, status = 200): void {
  const buffer = Buffer.from(body, 'utf8');
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', buffer.length);
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, policy));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  res.setHeader('Cache-Control', 'no-cache');
  res.writeHead(status);
  res.end(buffer);
}
