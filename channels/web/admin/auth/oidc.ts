import * as client from 'openid-client';
import type { OidcSettings } from '../../../../config/admin-settings';

/** What the login keeps (signed, in a short-lived cookie) between the redirect to the issuer and its callback. */
export interface PendingLogin {
  verifier: string;
  state: string;
  nonce: string;
  next: string;
  expires: number;
}

export interface OidcIdentity {
  /** e-mail, else preferred_username, else subject: how the audit log names the person. */
  user: string;
  name: string;
  /** Every identifier of the person that ADMIN_ALLOWED may list (lower case). */
  identifiers: string[];
}

/** Thrown when the callback is not a valid answer of the issuer to this login (wrong state, error, refused code…). */
export class OidcLoginError extends Error {
  override readonly name = 'OidcLoginError';
}

const isLoopback = (issuer: string): boolean => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(issuer).hostname);

/**
 * The authorisation-code flow with PKCE, state and nonce against the configured issuer (Microsoft Entra ID in
 * production), through openid-client. The issuer's metadata is discovered on first use and kept; a failed discovery
 * is retried at the next login.
 */
export class OidcLogin {
  private configuration?: Promise<client.Configuration>;

  constructor(private readonly settings: OidcSettings) {}

  private discovered(): Promise<client.Configuration> {
    // Plain HTTP is only accepted for an issuer on this machine (a development or test provider).
    const options = isLoopback(this.settings.issuer) ? { execute: [client.allowInsecureRequests] } : undefined;
    this.configuration ??= client
      .discovery(new URL(this.settings.issuer), this.settings.clientId, this.settings.clientSecret, undefined, options)
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  /** The issuer's authorisation URL for a new login, and what the callback will need to check its answer. */
  async start(next: string, expires: number): Promise<{ url: string; pending: PendingLogin }> {
    const configuration = await this.discovered();
    const verifier = client.randomPKCECodeVerifier();
    const pending = { verifier, state: client.randomState(), nonce: client.randomNonce(), next, expires };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUrl,
      scope: 'openid profile email',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** Exchanges the callback's code for a checked ID token. @throws OidcLoginError when the answer is not valid. */
  async finish(callbackQuery: string, pending: PendingLogin): Promise<OidcIdentity> {
    const configuration = await this.discovered();
    const current = new URL(this.settings.redirectUrl);
    current.search = callbackQuery;
    let tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers;
    try {
      tokens = await client.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new OidcLoginError(error instanceof Error ? error.message : String(error), { cause: error });
    }
    return identityOf(tokens.claims());
  }
}

function identityOf(claims: client.IDToken | undefined): OidcIdentity {
  if (!claims) throw new OidcLoginError('the issuer returned no ID token');
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
  const email = text(claims.email);
  const username = text(claims.preferred_username);
  const user = email ?? username ?? claims.sub;
  const identifiers = [email, username, claims.sub, text(claims.oid)].filter((value) => value !== undefined);
  return { user, name: text(claims.name) ?? user, identifiers: identifiers.map((value) => value.toLowerCase()) };
}
