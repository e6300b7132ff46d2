import { createHmac, timingSafeEqual } from 'node:crypto';
import { bytes } from './bytes';
import { LANGS, type Lang } from '../../knowledge/types';

/** What a local Direct Line token grants: one conversation, as one server-chosen user, until `expiresAt`. */
export interface TokenClaims {
  conversationId: string;
  userId: string;
  /** The page's language, carried so the welcome is in it (Web Chat's own POST /conversations has no body). */
  lang: Lang;
  /** Epoch milliseconds (the token keeps whole seconds, rounded up). */
  expiresAt: number;
  /**
   * The conversation was opened (`POST /conversations`), so a server that does not hold it (restarted, or another
   * instance) may re-open it. The token endpoint's tokens are not started: they must open their conversation first.
   */
  started: boolean;
}

/** Thirty minutes, refreshable: Web Chat refreshes its token every fifteen minutes. */
export const TOKEN_LIFETIME_MS = 30 * 60 * 1000;

/** Why a token was refused; never shown to the client (every refusal answers the same 403). */
export class TokenError extends Error {
  constructor(readonly reason: 'missing' | 'malformed' | 'bad-signature' | 'expired') {
    super(`[DirectLineToken] ${reason}`);
    this.name = 'TokenError';
  }
}

/** The JWT claims: `user` is the claim Web Chat reads to know the user id without being told. */
interface WirePayload {
  conv: string;
  user: string;
  lang: Lang;
  /** Expiry in epoch seconds, as JWT says. */
  exp: number;
  started?: true;
}

/** The only header accepted: a token claiming another algorithm (`none`…) is refused before anything else. */
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function signature(key: string, signed: string): Buffer {
  return createHmac('sha256', key).update(signed).digest();
}

/**
 * An HS256 JSON Web Token. The JWT shape is for Web Chat, which decodes (without verifying) the `user` claim of its
 * Direct Line token and uses it as the user id; only this server verifies the signature.
 */
export function signToken(key: string, claims: TokenClaims): string {
  const wire: WirePayload = {
    conv: claims.conversationId,
    user: claims.userId,
    lang: claims.lang,
    exp: Math.ceil(claims.expiresAt / 1000),
    ...(claims.started ? { started: true } : {}),
  };
  const signed = `${HEADER}.${Buffer.from(JSON.stringify(wire)).toString('base64url')}`;
  return `${signed}.${signature(key, signed).toString('base64url')}`;
}

function isWirePayload(value: unknown): value is WirePayload {
  if (typeof value !== 'object' || value === null) return false;
  const wire = value as Record<string, unknown>;
  return (
    typeof wire.conv === 'string' &&
    typeof wire.user === 'string' &&
    typeof wire.exp === 'number' &&
    LANGS.includes(wire.lang as Lang) &&
    (wire.started === undefined || wire.started === true)
  );
}

function decodePayload(payload: string): WirePayload {
  try {
    const wire: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (isWirePayload(wire)) return wire;
  } catch {
    // falls through to the same error as a well-formed JSON of the wrong shape
  }
  throw new TokenError('malformed');
}

/** The claims of a genuine, unexpired token; throws a `TokenError` otherwise. */
export function verifyToken(key: string, token: string | undefined, now: number): TokenClaims {
  if (!token) throw new TokenError('missing');
  const [header, payload, sig, ...rest] = token.split('.');
  if (header !== HEADER || !payload || !sig || rest.length > 0) throw new TokenError('malformed');
  const expected = signature(key, `${header}.${payload}`);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(bytes(given), bytes(expected))) {
    throw new TokenError('bad-signature');
  }
  const wire = decodePayload(payload);
  const expiresAt = wire.exp * 1000;
  if (expiresAt <= now) throw new TokenError('expired');
  return { conversationId: wire.conv, userId: wire.user, lang: wire.lang, expiresAt, started: wire.started === true };
}

/** The bearer token of an `Authorization` header, if any. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
