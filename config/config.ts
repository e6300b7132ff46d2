import { ADMIN_SETTINGS, adminLogin } from './admin-settings';
import { CONTACT_SETTINGS, contactSettings } from './contact-settings';
import { LANGS } from './languages';
import { KNOWLEDGE_SETTINGS } from './knowledge-settings';
import { STORAGE_SETTINGS } from './storage-settings';
import { boolean, ConfigError, integer, list, oneOf, optionalText, origins, secret, text, url, type Setting } from './settings';

/**
 * Every environment variable the bot reads, in one place, each with its doc and default. Read and validated once at
 * start-up (`loadConfig`); a bad value stops start-up with a message naming the variable. The README's configuration
 * table is this list.
 */
export const SETTINGS = {
  port: integer('PORT', 'HTTP port of the server (web chat, /api/messages, /healthz).', 3978, 1, 65535),
  host: optionalText('HOST', 'Interface to listen on. Default: 127.0.0.1 in local mode, 0.0.0.0 otherwise.'),
  localMode: boolean(
    'BOT_LOCAL_MODE',
    'Run without Bot Framework authentication (local use only; `npm start` sets it with --local).',
    false,
  ),
  dataDir: text('DATA_DIR', 'Folder of the SQLite database (conversation state and feedback).', 'data'),
  databaseUrl: optionalText('DATABASE_URL', 'PostgreSQL connection string; when set, replaces SQLite (shared state).'),
  ...STORAGE_SETTINGS,
  knowledgeDir: optionalText('KNOWLEDGE_DIR', 'Another knowledge folder (entries/, facets.yaml, lexicon.yaml).'),
  ...KNOWLEDGE_SETTINGS,
  defaultLang: oneOf('DEFAULT_LANG', 'Language when neither the user nor the channel says.', LANGS, 'fr'),
  contactUrl: url('CONTACT_URL', "The agency's contact page, offered when no answer helps.", 'https://esante.gouv.fr/contact'),
  contactEmail: optionalText('CONTACT_EMAIL', "The agency's e-mail address: \"write to the agency\" then opens a pre-filled e-mail to it."),
  ...CONTACT_SETTINGS,
  maxBodyBytes: integer('MAX_BODY_BYTES', 'Largest accepted request body, in bytes (413 beyond).', 262144, 1024, 10485760),
  appId: optionalText('MicrosoftAppId', 'Azure Bot app (client) id. When set, requests to /api/messages are authenticated.'),
  appPassword: optionalText('MicrosoftAppPassword', 'Client secret of the app registration (not for managed identity).'),
  appType: oneOf(
    'MicrosoftAppType',
    'MultiTenant, SingleTenant or UserAssignedMSI.',
    ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const,
    // Azure no longer creates multi-tenant bots (since July 2025): new registrations are single-tenant.
    'SingleTenant',
  ),
  appTenantId: optionalText('MicrosoftAppTenantId', 'Tenant id (SingleTenant and UserAssignedMSI).'),
  publicUrl: url('PUBLIC_URL', 'Public base URL of the bot, used by the embed script and the Teams package.', undefined),
  allowedOrigins: list('ALLOWED_ORIGINS', 'Comma-separated origins allowed to embed the web chat (besides the page itself).'),
  directLineSecret: optionalText(
    'DIRECTLINE_SECRET',
    "Azure Bot Service Direct Line secret: the page then uses Azure's Direct Line (token exchanged server-side).",
  ),
  directLineEndpoint: url(
    'DIRECTLINE_ENDPOINT',
    'Azure Direct Line base URL used with DIRECTLINE_SECRET (a regional one, e.g. https://europe.directline.botframework.com/v3/directline).',
    'https://directline.botframework.com/v3/directline',
  ),
  tokenKey: secret('DIRECTLINE_TOKEN_KEY', 'Key signing the local Direct Line tokens. Set it so open web chats survive restarts; share it between instances.', 32),
  conversationsPerMinute: integer(
    'CONVERSATIONS_PER_MINUTE',
    'Web chat conversations one client address may start per minute (429 beyond).',
    20,
    1,
    10000,
  ),
  maxActivityBytes: integer(
    'DIRECTLINE_MAX_ACTIVITY_BYTES',
    'Largest activity a web chat user may post to the local Direct Line, in bytes (413 beyond).',
    16384,
    1024,
    1048576,
  ),
  maxConversations: integer(
    'DIRECTLINE_MAX_CONVERSATIONS',
    'Local Direct Line conversations held in memory at once (503 beyond; idle ones are dropped after 30 minutes).',
    5000,
    1,
    1000000,
  ),
  headersTimeoutSeconds: integer(
    'HEADERS_TIMEOUT_SECONDS',
    "Time a client has to send a request's headers, in seconds; beyond, 408 and the connection is closed.",
    5,
    1,
    300,
  ),
  requestTimeoutSeconds: integer(
    'REQUEST_TIMEOUT_SECONDS',
    'Time a client has to send a whole request (headers and body), in seconds; beyond, 408 and the connection is closed.',
    10,
    1,
    600,
  ),
  messagesPerMinute: integer(
    'MESSAGES_PER_MINUTE',
    'Local mode: activities one conversation may post to /api/messages per minute (429 with Retry-After beyond).',
    30,
    1,
    100000,
  ),
  localServiceUrls: origins(
    'LOCAL_SERVICE_URLS',
    "Local mode: the only origins the bot posts replies to (Agents Playground's by default). A request naming another serviceUrl is refused (403), unless it asks for expectReplies.",
    ['http://localhost:56150', 'http://127.0.0.1:56150'],
  ),
  trustProxy: boolean(
    'TRUST_PROXY',
    'Behind one reverse proxy (e.g. Azure App Service): take the client address from the last X-Forwarded-For entry.',
    false,
  ),
  ...ADMIN_SETTINGS,
} satisfies Record<string, Setting<unknown>>;

type Settings = typeof SETTINGS;
export type Config = { [K in keyof Settings]: ReturnType<Settings[K]['parse']> };

/** Reads every setting from `env`; throws a `ConfigError` naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const entries = Object.entries(SETTINGS).map(([key, setting]) => [key, setting.parse(env[setting.env])]);
  const config = { ...(Object.fromEntries(entries) as Config), ...overrides };
  checkCredentials(config);
  checkTimeouts(config);
  contactSettings(config);
  adminLogin(config);
  return config;
}

function checkCredentials(config: Config): void {
  if (config.appId) {
    if (!config.appPassword && config.appType !== 'UserAssignedMSI') {
      throw new ConfigError('MicrosoftAppPassword', `required with MicrosoftAppType=${config.appType}`);
    }
    if (!config.appTenantId && config.appType !== 'MultiTenant') {
      throw new ConfigError('MicrosoftAppTenantId', `required with MicrosoftAppType=${config.appType}`);
    }
    return;
  }
  if (config.localMode) return;
  throw new ConfigError(
    'MicrosoftAppId',
    'not set. Set it (and MicrosoftAppPassword) to serve Azure Bot Service / Teams, or run locally with `npm start` (BOT_LOCAL_MODE=true).',
  );
}

function checkTimeouts(config: Config): void {
  if (config.headersTimeoutSeconds > config.requestTimeoutSeconds) {
    throw new ConfigError('HEADERS_TIMEOUT_SECONDS', 'must not exceed REQUEST_TIMEOUT_SECONDS (the headers are part of the request)');
  }
}

/** True when /api/messages runs without Bot Framework authentication (no app id: local use only). */
export function isLocalMode(config: Pick<Config, 'appId'>): boolean {
  return config.appId === undefined;
}

/** The interface to listen on: loopback in local mode unless HOST says otherwise. */
export function listenHost(config: Config): string {
  return config.host ?? (config.localMode ? '127.0.0.1' : '0.0.0.0');
}
