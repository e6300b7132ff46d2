import type { Activity } from 'botbuilder';

/**
 * Where the replies of an activity may go, in local mode (no authentication, so anybody can name a `serviceUrl`):
 * - `post`: to its `serviceUrl`, one of the local channel's origins (Agents Playground, by default);
 * - `in-process`: only in the HTTP response (`expectReplies`, and invokes, whose answer is the response); the
 *   `serviceUrl` is replaced by one that resolves nowhere, so nothing the turn does can reach the address named;
 * - `refused`: neither (403), before the turn runs.
 */
export type ServiceUrlDecision = 'post' | 'in-process' | 'refused';

/** `.invalid` is reserved (RFC 2606): this address can never be reached. */
export const UNREACHABLE_SERVICE_URL = 'http://in-process.invalid/';

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

export function localServiceUrlPolicy(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return (activity: Activity): ServiceUrlDecision => {
    const origin = originOf(activity.serviceUrl);
    if (origin !== undefined && allowed.has(origin)) return 'post';
    if (activity.deliveryMode !== 'expectReplies' && activity.type !== 'invoke') return 'refused';
    activity.serviceUrl = UNREACHABLE_SERVICE_URL;
    return 'in-process';
  };
}
