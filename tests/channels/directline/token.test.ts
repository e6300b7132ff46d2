import { createHmac } from 'node:crypto';
import { bearerToken, signToken, TokenError, verifyToken, type TokenClaims } from '../../../channels/directline/token';

const KEY = 'a-test-key-that-is-long-enough-0123456789';
const NOW = 1_800_000_000_000;
const claims: TokenClaims = {
  conversationId: 'conv-1',
  userId: 'dl_user',
  lang: 'en',
  expiresAt: NOW + 60_000,
  started: false,
};

const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function reason(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof TokenError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('Direct Line tokens', () => {
  it('round-trips the claims of a genuine token', () => {
    expect(verifyToken(KEY, signToken(KEY, claims), NOW)).toEqual(claims);
  });

  it('carries whether its conversation was started (only such tokens may re-open a conversation)', () => {
    const started = { ...claims, started: true };
    expect(verifyToken(KEY, signToken(KEY, started), NOW)).toEqual(started);
    const [header] = signToken(KEY, claims).split('.');
    const payload = encode({ conv: 'c', user: 'u', lang: 'en', exp: NOW / 1000 + 60, started: 'yes' });
    const sig = createHmac('sha256', KEY).update(`${header}.${payload}`).digest('base64url');
    expect(reason(() => verifyToken(KEY, `${header}.${payload}.${sig}`, NOW))).toBe('malformed');
  });

  it('refuses a token signed with another key', () => {
    expect(reason(() => verifyToken(KEY, signToken(`${KEY}-other`, claims), NOW))).toBe('bad-signature');
  });

  it('refuses a token whose claims were changed after signing', () => {
    const [header, , sig] = signToken(KEY, claims).split('.');
    const forged = encode({ conv: 'conv-2', user: 'dl_user', lang: 'en', exp: (NOW + 60_000) / 1000 });
    expect(reason(() => verifyToken(KEY, `${header}.${forged}.${sig}`, NOW))).toBe('bad-signature');
  });

  it('is a JWT whose user claim Web Chat can read', () => {
    const [header, payload] = signToken(KEY, claims).split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ user: 'dl_user' });
  });

  it('refuses a token claiming another algorithm, even correctly signed', () => {
    const header = encode({ alg: 'none', typ: 'JWT' });
    const payload = encode({ conv: 'conv-1', user: 'dl_user', lang: 'en', exp: (NOW + 60_000) / 1000 });
    const sig = createHmac('sha256', KEY).update(`${header}.${payload}`).digest('base64url');
    expect(reason(() => verifyToken(KEY, `${header}.${payload}.${sig}`, NOW))).toBe('malformed');
    expect(reason(() => verifyToken(KEY, `${header}.${payload}.`, NOW))).toBe('malformed');
  });

  it('refuses an expired token, from its expiry instant on', () => {
    const token = signToken(KEY, claims);
    expect(reason(() => verifyToken(KEY, token, claims.expiresAt - 1))).toBeUndefined();
    expect(reason(() => verifyToken(KEY, token, claims.expiresAt))).toBe('expired');
  });

  it.each(['', 'abc', 'a.b.c', 'a.b.c.d', '.sig', 'payload.'])('refuses the malformed token %p', (token) => {
    expect(reason(() => verifyToken(KEY, token, NOW))).toMatch(/missing|malformed|bad-signature/);
  });

  it('refuses a correctly signed payload of the wrong shape', () => {
    const [header] = signToken(KEY, claims).split('.');
    const payload = encode({ conv: 'conv', user: 'user', lang: 'de', exp: NOW / 1000 + 1 });
    const sig = createHmac('sha256', KEY).update(`${header}.${payload}`).digest('base64url');
    expect(reason(() => verifyToken(KEY, `${header}.${payload}.${sig}`, NOW))).toBe('malformed');
  });

  it('reads bearer tokens from Authorization headers', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer   abc.def ')).toBe('abc.def');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
