import type { Request, Response } from 'restify';

/** Who may call the Direct Line and the token endpoint from a browser. */
export interface OriginPolicy {
  /** Origins allowed besides the server's own, e.g. `https://www.example.fr`. */
  allowedOrigins: readonly string[];
}

export type OriginDecision = 'no-origin' | 'same-origin' | 'allowed' | 'refused';

function originOf(value: string): string | undefined {
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

/** Normalises configured origins (`https://site.fr/` → `https://site.fr`); drops values that are not URLs. */
export function normaliseOrigins(origins: readonly string[]): string[] {
  return origins.map(originOf).filter((origin): origin is string => origin !== undefined && origin !== 'null');
}

/**
 * Requests without `Origin` (curl, servers) are not a browser's cross-site call: the token still guards them. A
 * browser's same-origin call carries the server's own host; any other origin must be on the allowlist.
 */
export function decideOrigin(req: Request, policy: OriginPolicy): OriginDecision {
  const origin = req.headers.origin;
  if (origin === undefined) return 'no-origin';
  const parsed = originOf(origin);
  if (!parsed || parsed === 'null') return 'refused';
  if (new URL(parsed).host === req.headers.host) return 'same-origin';
  return policy.allowedOrigins.includes(parsed) ? 'allowed' : 'refused';
}

/** CORS headers for an allowlisted origin; none otherwise (the browser then refuses to read the answer). */
export function applyCors(req: Request, res: Response, decision: OriginDecision): void {
  res.header('Vary', 'Origin');
  if (decision !== 'allowed') return;
  res.header('Access-Control-Allow-Origin', req.headers.origin as string);
  res.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.header('Access-Control-Allow-Headers', 'Authorization, Content-Type');
  res.header('Access-Control-Max-Age', '600');
}
