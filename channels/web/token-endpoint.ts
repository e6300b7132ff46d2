import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'restify';
import type { Lang } from '../../knowledge/types';
import { languageOf } from '../../locales';
import { clientAddress, guarded, sendError } from '../directline/http';
import { DIRECT_LINE_PATH, type LocalDirectLine } from '../directline/local-direct-line';
import type { OriginPolicy } from '../directline/origin-policy';
import type { SlidingWindowLimiter } from '../directline/rate-limit';

/** What the page needs to start Web Chat: a Direct Line token and where that Direct Line is. */
export interface ChatSession {
  token: string;
  conversationId: string;
  expires_in: number;
  userId: string;
  /** Base URL of the Direct Line, relative to the page for the local one. */
  domain: string;
  webSocket: boolean;
}

/** Where the page's Direct Line tokens come from: the local Direct Line, or Azure's through the secret. */
export interface TokenSource {
  create(lang: Lang): Promise<ChatSession>;
}

/** Azure's Direct Line refused or could not be reached (answered 502; details logged, never sent). */
export class DirectLineExchangeError extends Error {
  constructor(problem: string, options?: { cause?: unknown }) {
    super(`[AzureDirectLine] token exchange failed: ${problem}`, options);
    this.name = 'DirectLineExchangeError';
  }
}

export function localTokens(directLine: LocalDirectLine): TokenSource {
  return { create: async (lang) => ({ ...directLine.issue(lang), domain: DIRECT_LINE_PATH, webSocket: false }) };
}

interface GeneratedToken {
  conversationId: string;
  token: string;
  expires_in: number;
}

function isGeneratedToken(value: unknown): value is GeneratedToken {
  const body = value as Partial<GeneratedToken> | null;
  return typeof body?.token === 'string' && typeof body.conversationId === 'string';
}

/**
 * Exchanges the Direct Line secret for a one-conversation token, server-side, so the secret never reaches the
 * browser. The `dl_` prefix marks the user id as chosen by a trusted server (Direct Line enhanced authentication).
 */
export function azureTokens(secret: string, endpoint: string, fetchImpl: typeof fetch = fetch): TokenSource {
  const base = endpoint.replace(/\/+$/, '');
  return {
    async create() {
      const userId = `dl_${randomBytes(12).toString('base64url')}`;
      let response: globalThis.Response;
      try {
        response = await fetchImpl(`${base}/tokens/generate`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ user: { id: userId } }),
          signal: AbortSignal.timeout(10_000),
        });
      } catch (error) {
        throw new DirectLineExchangeError('Direct Line unreachable', { cause: error });
      }
      if (!response.ok) throw new DirectLineExchangeError(`HTTP ${response.status}`);
      const body: unknown = await response.json().catch(() => undefined);
      if (!isGeneratedToken(body)) throw new DirectLineExchangeError('unexpected answer');
      return { ...body, expires_in: body.expires_in ?? 3600, userId, domain: base, webSocket: true };
    },
  };
}

export interface TokenRouteOptions {
  tokens: TokenSource;
  limiter: SlidingWindowLimiter;
  policy: OriginPolicy;
  trustProxy: boolean;
  defaultLang: Lang;
  log?: (message: string, error: unknown) => void;
}

/** `POST /api/directline/token?lang=fr`: one new conversation per call, rate-limited per client address. */
export function tokenRoute(options: TokenRouteOptions) {
  const handler = async (req: Request, res: Response): Promise<void> => {
    res.header('Cache-Control', 'no-store');
    const decision = options.limiter.check(clientAddress(req, options.trustProxy));
    if (!decision.allowed) {
      res.header('Retry-After', String(decision.retryAfterSeconds));
      return sendError(res, 429, 'TooManyRequests', 'Too many conversations started; retry later.');
    }
    const lang = languageOf(new URL(req.url ?? '/', 'http://local').searchParams.get('lang') ?? undefined);
    try {
      res.send(200, await options.tokens.create(lang ?? options.defaultLang));
    } catch (error) {
      if (!(error instanceof DirectLineExchangeError)) throw error;
      options.log?.('[web] no Direct Line token for the page', error);
      sendError(res, 502, 'BadGateway', 'Direct Line token unavailable.');
    }
  };
  return guarded(options.policy, handler, options.log);
}
