import { randomBytes } from 'node:crypto';
import type { Server } from 'restify';
import type { Config } from '../../../config/config';
import { adminLogin } from '../../../config/admin-settings';
import type { AnalyticsReader, FeedbackReader } from '../../../storage';
import type { AuditStore } from '../../../storage/audit/audit-store';
import type { KnowledgeEditor } from '../../../storage/knowledge/knowledge-editor';
import { loadAssets, sendAsset, type Asset } from '../static-assets';
import { loadAdminAssets } from './admin-assets';
import { registerLogin } from './auth/login-routes';
import { CookieSigner } from './auth/session';
import { LoginThrottle } from './auth/throttle';
import { registerContent } from './content-routes';
import { reportInsights, servedMatcher } from './insights';
import { AdminInputError, AdminRouter, type AdminRoute } from './router';

export interface AdminDeps {
  config: Config;
  feedback: FeedbackReader;
  /** `storage.events`: the question events the inbox groups by need. */
  events: AnalyticsReader;
  /** `AuditStore.open(storage.database)`: where every change is logged. */
  audit: AuditStore;
  editor: KnowledgeEditor;
  now?: () => number;
  log?: (message: string, error: unknown) => void;
}

export interface AdminChannel {
  routes: readonly AdminRoute[];
  audit: AuditStore;
}

function registerAssets(router: AdminRouter, assets: ReturnType<typeof loadAdminAssets>): void {
  const send = (item: Asset) => async (req: Parameters<typeof sendAsset>[0], res: Parameters<typeof sendAsset>[1]) => sendAsset(req, res, item);
  router.open('GET', '/admin/admin.css', send(assets.stylesheet));
  router.open('GET', '/admin/login.js', send(assets.login));
  const behind = new Map([...assets.dashboard, ...assets.inbox, ...assets.suggestions].map((item) => [item.url.split('?')[0], item]));
  router.api('GET', '/admin/assets/:name', async (req, res) => {
    const item = behind.get(new URL(req.url ?? '/', 'http://local').pathname);
    if (!item) throw new AdminInputError('No such asset.', 404, 'NotFound');
    await sendAsset(req, res, item);
  });
}

/**
 * The admin page under `/admin`, when ADMIN_PASSWORD_HASH or ADMIN_OIDC_ISSUER turns it on (undefined otherwise: no
 * route at all). Every route but the login's requires a session (see `AdminRouter`).
 */
export function registerAdmin(server: Server, deps: AdminDeps): AdminChannel | undefined {
  const { config } = deps;
  const login = adminLogin(config);
  if (login.kind === 'off') return undefined;
  const now = deps.now ?? Date.now;
  const log = deps.log ?? ((message: string, error: unknown) => console.error(message, error));
  const secret = config.adminSessionSecret ?? randomSecret();
  const signer = new CookieSigner(secret, now);
  const cookies = { secure: config.adminSecureCookies || config.trustProxy || Boolean(config.publicUrl?.startsWith('https:')) };
  const { audit } = deps;
  const adminAssets = loadAdminAssets();
  const shell = { webAssets: loadAssets({}), adminAssets, defaultLang: config.defaultLang, contactUrl: config.contactUrl ?? '' };
  const router = new AdminRouter(server, { signer, cookies, maxBodyBytes: Math.min(config.maxBodyBytes, 65536), log });
  registerAssets(router, adminAssets);
  registerLogin(router, { login, signer, cookies, throttle: new LoginThrottle(now), audit, shell, sessionHours: config.adminSessionHours, trustProxy: config.trustProxy, now });
  const matcher = servedMatcher(deps.editor.knowledge);
  const insights = reportInsights(deps.feedback, deps.events, matcher);
  registerContent(router, { insights, matcher, editor: deps.editor, audit, shell, signer, now });
  return { routes: router.routes, audit };
}

function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}
