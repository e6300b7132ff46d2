import type { Request, Response } from 'restify';
import { errorBody, newCorrelationId } from '../http/errors';
import { BodyError } from './body';
import { StoreFullError } from './conversation-store';
import { InboundActivityError } from './inbound';
import { applyCors, decideOrigin, type OriginPolicy } from './origin-policy';
import { TokenError } from './token';

/**
 * A Direct Line error answer: `{ error: { code, message } }`, as Azure's Direct Line shapes them, with the Bot
 * Framework's error codes where one fits (`BadArgument`, `BadSyntax`, `MessageSizeTooBig`, `ServiceError`).
 */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/** One answer for every token or conversation mismatch, so a caller cannot learn which conversations exist. */
export function sendForbidden(res: Response): void {
  sendError(res, 403, 'Forbidden', 'Token not valid for this conversation.');
}

type Handler = (req: Request, res: Response) => Promise<void>;

/**
 * Wraps a route: refuses disallowed browser origins, adds CORS headers for allowed ones, and turns the typed errors
 * of the handlers into their HTTP answers (never a stack trace or an internal message).
 */
export function guarded(policy: OriginPolicy, handler: Handler, log?: (message: string, error: unknown) => void) {
  return async (req: Request, res: Response): Promise<void> => {
    const decision = decideOrigin(req, policy);
    applyCors(req, res, decision);
    if (decision === 'refused') return sendError(res, 403, 'OriginNotAllowed', 'Origin not allowed.');
    try {
      await handler(req, res);
    } catch (error) {
      if (error instanceof TokenError) return sendForbidden(res);
      if (error instanceof BodyError) return sendError(res, error.status, error.code, error.message);
      if (error instanceof StoreFullError) {
        log?.('[DirectLine] conversation refused', error);
        res.header('Retry-After', '60');
        return sendError(res, 503, 'ServiceUnavailable', 'Too many open conversations.');
      }
      if (error instanceof InboundActivityError) return sendError(res, 400, 'BadArgument', error.message);
      const correlationId = newCorrelationId();
      log?.(`[DirectLine] ${req.method} ${req.url} failed (correlation ${correlationId})`, error);
      res.send(500, errorBody('ServiceError', 'Internal error.', correlationId));
    }
  };
}

/** Answers a CORS preflight: 204 with the CORS headers for allowed origins, 403 for the others. */
export function preflight(policy: OriginPolicy) {
  return async (req: Request, res: Response): Promise<void> => {
    const decision = decideOrigin(req, policy);
    applyCors(req, res, decision);
    if (decision === 'refused') return sendError(res, 403, 'OriginNotAllowed', 'Origin not allowed.');
    res.send(204);
  };
}

/** The client address for rate limiting; behind a trusted proxy, the address that proxy saw (last XFF entry). */
export function clientAddress(req: Request, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  const header = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
  const last = header?.split(',').pop()?.trim();
  if (trustProxy && last) return last;
  return req.socket.remoteAddress ?? 'unknown';
}

/** The `watermark` query parameter as a number; undefined when absent or empty; `NaN` when malformed. */
export function watermarkOf(req: Request): number | undefined {
  const raw = new URL(req.url ?? '/', 'http://local').searchParams.get('watermark');
  if (raw === null || raw === '') return undefined;
  return /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
}
