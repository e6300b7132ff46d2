import type { Next, Request, Response } from 'restify';
import { sendError } from './errors';

/** `application/json` and `application/<name>+json` (as restify's JSON parser reads them), with or without a charset. */
const JSON_TYPE = /^application\/(?:[a-z.]+\+)?json\s*(?:;|$)/i;

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return req.headers['transfer-encoding'] !== undefined;
}

function identityEncoded(req: Request): boolean {
  const encoding = req.headers['content-encoding'];
  return encoding === undefined || encoding.trim().toLowerCase() === 'identity';
}

/**
 * Runs before routing, on every request: a body that is not plain JSON is refused with 415 before anything reads
 * it. Multipart bodies would otherwise reach a parser that writes their parts to the temp folder, and compressed
 * ones would be inflated past the size limit (which counts the bytes received). Bodiless requests pass. The refused
 * body is read and dropped by Node (so the client gets the answer), within the request timeout.
 */
export function onlyJsonBodies() {
  return (req: Request, res: Response, next: Next): void => {
    if (!hasBody(req)) return next();
    const type = req.headers['content-type'] ?? '';
    if (JSON_TYPE.test(type) && identityEncoded(req)) return next();
    const message = 'Only uncompressed JSON request bodies (application/json) are accepted.';
    sendError(res, 415, 'UnsupportedMediaType', message);
    next(false);
  };
}
