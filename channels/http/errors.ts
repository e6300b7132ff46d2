import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';

/**
 * Every error answer of the bot's own routes: a stable code, a message written for the caller (never an exception's
 * text or a stack trace) and the id under which the details were logged. It is Bot Framework's and Direct Line's
 * `{ error: { code, message } }` with one more field, so their clients read it unchanged.
 */
export interface ErrorBody {
  error: { code: string; message: string; correlationId: string };
}

/** Where the edge logs what it refused or what failed, with the correlation id the answer gave. */
export type HttpLog = (message: string, error?: unknown) => void;

export const consoleLog: HttpLog = (message, error) =>
  error === undefined ? console.error(message) : console.error(message, error);

export function newCorrelationId(): string {
  return randomUUID();
}

export function errorBody(code: string, message: string, correlationId = newCorrelationId()): ErrorBody {
  return { error: { code, message, correlationId } };
}

/** Sends an error answer; resolves with its correlation id, for the log line that goes with it. */
export function sendError(res: Response, status: number, code: string, message: string): string {
  const body = errorBody(code, message);
  res.send(status, body);
  return body.error.correlationId;
}

/** restify's own refusals (unknown route, bad JSON, body too large…), by restify error name. */
const KNOWN: Record<string, { code: string; message: string }> = {
  InvalidContentError: { code: 'BadSyntax', message: 'The request body is not valid JSON.' },
  ResourceNotFoundError: { code: 'NotFound', message: 'No such resource.' },
  MethodNotAllowedError: { code: 'MethodNotAllowed', message: 'Method not allowed on this resource.' },
  PayloadTooLargeError: { code: 'MessageSizeTooBig', message: 'The request body is too large.' },
  RequestEntityTooLargeError: { code: 'MessageSizeTooBig', message: 'The request body is too large.' },
  UnsupportedMediaTypeError: { code: 'UnsupportedMediaType', message: 'Only JSON request bodies are accepted.' },
  NotAcceptableError: { code: 'NotAcceptable', message: 'No acceptable representation.' },
};

function statusOf(error: unknown): number {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** The answer to an error restify caught: known refusals keep their status; everything else is a generic 500. */
export function answerFor(error: unknown): { status: number; code: string; message: string } {
  const status = statusOf(error);
  const known = KNOWN[(error as { name?: string } | null)?.name ?? ''];
  if (known && status < 500) return { status, ...known };
  if (status < 500) return { status, code: 'BadRequest', message: 'The request was refused.' };
  return { status: 500, code: 'ServiceError', message: 'Internal error.' };
}

/**
 * Replaces restify's error bodies (which carry exception messages and echo request paths) by `ErrorBody`, and logs
 * server-side failures with their correlation id. Runs for every error a route handler throws or passes on.
 */
export function mapRestifyErrors(server: Server, log: HttpLog): void {
  server.on('restifyError', (req: Request, res: Response, error: unknown, done: () => void) => {
    if (!res.headersSent) {
      const answer = answerFor(error);
      const correlationId = sendError(res, answer.status, answer.code, answer.message);
      if (answer.status >= 500) log(`[http] ${req.method} ${req.path()} failed (correlation ${correlationId})`, error);
    }
    done();
  });
}
