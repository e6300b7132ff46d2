import { request } from 'node:http';
import { connect } from 'node:net';

/** What came back: a status, or the connection closed (by a limit) without one. */
export interface Outcome {
  status: number | 'closed';
  body: string;
  headers: Record<string, string | string[] | undefined>;
  ms: number;
}

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
}

/** One request as a hostile client sends it: any method, any header, any bytes; never throws. */
export function send(base: string, { method, path, headers = {}, body, timeoutMs = 15_000 }: RawRequest): Promise<Outcome> {
  const url = new URL(base);
  const started = Date.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (outcome: Omit<Outcome, 'ms'>) => {
      if (done) return;
      done = true;
      resolve({ ...outcome, ms: Date.now() - started });
    };
    const req = request(
      { host: url.hostname, port: url.port, method, path, headers, timeout: timeoutMs, insecureHTTPParser: true },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += text.length < 100_000 ? chunk : ''));
        res.on('end', () => finish({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
        res.on('error', () => finish({ status: res.statusCode ?? 'closed', body: text, headers: res.headers }));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => finish({ status: 'closed', body: '', headers: {} }));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/**
 * A client that sends `head` then trickles `tail` one byte every `everyMs` (or nothing more at all), reading what
 * the server answers until it closes the connection.
 */
export function trickle(base: string, head: string, tail: string, everyMs: number, giveUpMs = 30_000): Promise<Outcome> {
  const url = new URL(base);
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname);
    let answer = '';
    let index = 0;
    const timer = setInterval(() => {
      if (index < tail.length && !socket.destroyed) socket.write(tail[index++] as string);
    }, everyMs);
    const giveUp = setTimeout(() => socket.destroy(), giveUpMs);
    const finish = () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      const match = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      resolve({ status: match ? Number(match[1]) : 'closed', body: answer, headers: {}, ms: Date.now() - started });
    };
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('close', finish);
    socket.on('error', () => socket.destroy());
    socket.write(head);
  });
}
