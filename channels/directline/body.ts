import type { Request } from 'restify';
import { bytes } from './bytes';

/** A request body refused: 413 when too large, 400 when not JSON. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    problem: string,
  ) {
    super(`[DirectLine] request body: ${problem}`);
    this.name = 'BodyError';
  }

  /** The Bot Framework error code of the answer (its connector's `ErrorCodes`). */
  get code(): 'MessageSizeTooBig' | 'BadSyntax' {
    return this.status === 413 ? 'MessageSizeTooBig' : 'BadSyntax';
  }
}

function parseJson(text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'malformed JSON');
  }
}

/** Reads at most `maxBytes` bytes. Drains (without keeping) an oversized body, so the 413 reaches the client. */
function readRaw(req: Request, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(bytes(chunk));
    });
    req.on('end', () =>
      size > maxBytes ? reject(new BodyError(413, `over ${maxBytes} bytes`)) : resolve(Buffer.concat(chunks)),
    );
    req.on('error', reject);
  });
}

/**
 * The JSON body of a request, `undefined` when empty. Uses what a server-wide body parser already read, if any
 * (that parser then enforces its own size limit).
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyError(413, `over ${maxBytes} bytes`);
  const parsed: unknown = (req as { body?: unknown }).body;
  if (parsed !== undefined) {
    if (Buffer.isBuffer(parsed)) return parseJson(parsed.toString('utf8'));
    return typeof parsed === 'string' ? parseJson(parsed) : parsed;
  }
  return parseJson((await readRaw(req, maxBytes)).toString('utf8'));
}
