import { boolean, ConfigError, integer, list, optionalSecret, optionalText, text, url, type Setting } from './settings';

/** `scrypt$<N>$<r>$<p>$<salt base64url>$<key base64url>`, as `npm run admin:hash-password` prints it. */
export const PASSWORD_HASH_FORMAT = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]{16,}\$[A-Za-z0-9_-]{32,}$/;

function passwordHash(env: string, doc: string): Setting<string | undefined> {
  const parse = (raw: string | undefined): string | undefined => {
    const value = raw?.trim();
    if (!value) return undefined;
    if (!PASSWORD_HASH_FORMAT.test(value)) {
      throw new ConfigError(env, 'expected a hash printed by `npm run admin:hash-password` (scrypt$N$r$p$salt$key)');
    }
    return value;
  };
  return { env, doc, defaultText: '(unset)', parse };
}

/** The admin page's settings; the README's configuration table lists them with the others. */
export const ADMIN_SETTINGS = {
  adminPasswordHash: passwordHash(
    'ADMIN_PASSWORD_HASH',
    'Turns the admin page (/admin) on with a password login: the scrypt hash of the password (`npm run admin:hash-password`). Unset with no ADMIN_OIDC_ISSUER: no admin page.',
  ),
  adminUsername: text('ADMIN_USERNAME', 'The account name of the password login (recorded in the audit log).', 'admin'),
  adminOidcIssuer: url(
    'ADMIN_OIDC_ISSUER',
    'Turns the admin page on with an OpenID Connect login (replaces the password), e.g. https://login.microsoftonline.com/<tenant id>/v2.0 for Microsoft Entra ID.',
    undefined,
  ),
  adminOidcClientId: optionalText('ADMIN_OIDC_CLIENT_ID', 'Client (application) id of the admin page at the issuer.'),
  adminOidcClientSecret: optionalText('ADMIN_OIDC_CLIENT_SECRET', 'Client secret of the admin page at the issuer.'),
  adminOidcRedirectUrl: url(
    'ADMIN_OIDC_REDIRECT_URL',
    'Redirect URI registered at the issuer. Default: PUBLIC_URL followed by /admin/login/callback.',
    undefined,
  ),
  adminAllowed: list(
    'ADMIN_ALLOWED',
    'Comma-separated accounts allowed in (e-mail, preferred_username or subject of the OpenID Connect ID token). Empty: every account the issuer signs in.',
  ),
  adminSessionSecret: optionalSecret(
    'ADMIN_SESSION_SECRET',
    'Key signing admin sessions (32 characters at least). Unset: random at each start (sessions end with the process); share it between instances.',
    32,
  ),
  adminSessionHours: integer('ADMIN_SESSION_HOURS', 'How long an admin session lasts, in hours.', 8, 1, 168),
  adminSecureCookies: boolean(
    'ADMIN_SECURE_COOKIES',
    'Mark the admin cookies Secure (HTTPS only). Also on when PUBLIC_URL is https or TRUST_PROXY is set.',
    false,
  ),
} satisfies Record<string, Setting<unknown>>;

type AdminConfigOf<S> = { [K in keyof S]: S[K] extends Setting<infer T> ? T : never };
export type AdminConfig = AdminConfigOf<typeof ADMIN_SETTINGS>;

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
}

/** How the admin page logs people in, or `off` when nothing configures it. */
export type AdminLogin =
  | { kind: 'off' }
  | { kind: 'password'; username: string; passwordHash: string }
  | { kind: 'oidc'; oidc: OidcSettings; allowed: string[] };

interface AdminContext extends AdminConfig {
  publicUrl?: string;
}

/** The login method the settings describe. @throws ConfigError when OpenID Connect lacks a client id, secret or redirect. */
export function adminLogin(config: AdminContext): AdminLogin {
  if (config.adminOidcIssuer) {
    const redirectUrl =
      config.adminOidcRedirectUrl ?? (config.publicUrl ? new URL('/admin/login/callback', config.publicUrl).toString() : undefined);
    if (!config.adminOidcClientId) throw new ConfigError('ADMIN_OIDC_CLIENT_ID', 'required with ADMIN_OIDC_ISSUER');
    if (!config.adminOidcClientSecret) throw new ConfigError('ADMIN_OIDC_CLIENT_SECRET', 'required with ADMIN_OIDC_ISSUER');
    if (!redirectUrl) throw new ConfigError('ADMIN_OIDC_REDIRECT_URL', 'required with ADMIN_OIDC_ISSUER when PUBLIC_URL is unset');
    const oidc = { issuer: config.adminOidcIssuer, clientId: config.adminOidcClientId, clientSecret: config.adminOidcClientSecret, redirectUrl };
    return { kind: 'oidc', oidc, allowed: config.adminAllowed };
  }
  if (config.adminPasswordHash) {
    return { kind: 'password', username: config.adminUsername, passwordHash: config.adminPasswordHash };
  }
  return { kind: 'off' };
}
