import type { Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorBody } from './errors';

export interface SlowClientLimits {
  /** Time a client has to send its request headers. */
  headersSeconds: number;
  /** Time a client has to send its whole request, headers and body. */
  requestSeconds: number;
}

/**
 * Node's own request timeouts, made short: a connection that trickles its headers or body is answered 408 and
 * closed once its time is up. Node checks them every `connectionsCheckingInterval` (30 s by default, read when the
 * server starts listening), so that interval follows the shortest limit.
 */
export function limitSlowClients(server: HttpServer, limits: SlowClientLimits): void {
  server.headersTimeout = limits.headersSeconds * 1000;
  server.requestTimeout = limits.requestSeconds * 1000;
  // Declared by Node 20 on the server, missing from its type definitions.
  (server as HttpServer & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(
    1000,
    (limits.headersSeconds * 1000) / 4,
  );
  server.on('clientError', answerClientError);
}

const REASONS: Record<string, { status: number; code: string; message: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'RequestTimeout', message: 'The request took too long to arrive.' },
  HPE_HEADER_OVERFLOW: { status: 431, code: 'HeadersTooLarge', message: 'The request headers are too large.' },
};
const MALFORMED = { status: 400, code: 'BadRequest', message: 'Malformed HTTP request.' };
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/** What Node would answer to a request it could not read, with the same error body and headers as every other. */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  const response = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || response?.headersSent) {
    socket.destroy();
    return;
  }
  const reason = REASONS[error.code ?? ''] ?? MALFORMED;
  const body = JSON.stringify(errorBody(reason.code, reason.message));
  socket.end(
    [
      `HTTP/1.1 ${reason.status} ${STATUS_TEXT[reason.status]}`,
      'Content-Type: application/json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'X-Content-Type-Options: nosniff',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}
