import type { Request, Response, Server } from 'restify';
import type { Config } from '../../config/config';
import { LANGS, type Lang } from '../../knowledge/types';
import { languageOf, translator } from '../../locales';
import type { BotTurn } from '../bot-turn';
import { preflight } from '../directline/http';
import { LocalDirectLine } from '../directline/local-direct-line';
import { normaliseOrigins, type OriginPolicy } from '../directline/origin-policy';
import { SlidingWindowLimiter } from '../directline/rate-limit';
import type { TurnQueue } from '../turn-queue';
import type { PageContext } from './layout';
import { accessibilityPage, chatPage, homePage } from './pages';
import { newNonce, sendPage, type PagePolicy } from './security-headers';
import { loadAssets, sendAsset, type Asset, type WebAssets } from './static-assets';
import { azureTokens, localTokens, tokenRoute, type TokenSource } from './token-endpoint';

export interface WebChannelDeps {
  config: Config;
  botTurn: BotTurn;
  /** The bot's turn queue (`assembleBot`): the local Direct Line queues each conversation's work in it. */
  turns: TurnQueue;
  /** Clock of tokens, idle expiry and rate limits (tests move it). */
  now?: () => number;
  /** For Azure mode's token exchange (tests pass a fake). */
  fetch?: typeof fetch;
  /** Where failures go (a bot turn that threw, Azure refusing the secret…). Default: console.error. */
  log?: (message: string, error: unknown) => void;
}

export interface WebChannel {
  /** Undefined in Azure mode (DIRECTLINE_SECRET set): Azure's Direct Line is used instead. */
  directLine?: LocalDirectLine;
  close(): Promise<void>;
}

const EMBED_CACHE = 'public, max-age=3600';
const EMBED_KEYS = ['open', 'openLabel', 'close', 'closeLabel', 'title', 'frameTitle'];

function embedStrings(): Record<Lang, Record<string, string>> {
  const entries = LANGS.map((lang) => {
    const t = translator(lang, 'web');
    return [lang, Object.fromEntries(EMBED_KEYS.map((key) => [key, t(`embed.${key}`)]))];
  });
  return Object.fromEntries(entries) as Record<Lang, Record<string, string>>;
}

/** Origins of Azure's Direct Line (HTTPS polling and its WebSocket stream), for the pages' connect-src. */
function azureConnectSources(endpoint: string): string[] {
  const { origin, protocol, host } = new URL(endpoint);
  return [origin, `${protocol === 'https:' ? 'wss' : 'ws'}://${host}`];
}

function requestedLang(req: Request, fallback: Lang): Lang {
  return languageOf(new URL(req.url ?? '/', 'http://local').searchParams.get('lang') ?? undefined) ?? fallback;
}

/**
 * The web channel: the help page with Web Chat at `/`, the chat alone at `/chat` (for the embed widget's iframe),
 * `/embed.js`, the accessibility statement, static assets, the page's token endpoint and, unless Azure's Direct
 * Line is configured, the local Direct Line under `/v3/directline`.
 */
export function registerWebChannel(server: Server, deps: WebChannelDeps): WebChannel {
  const { config } = deps;
  const log = deps.log ?? ((message: string, error: unknown) => console.error(message, error));
  const now = deps.now ?? Date.now;
  // PUBLIC_URL counts as the page's own origin even behind a proxy that rewrites the Host header.
  const allowedOrigins = normaliseOrigins([...config.allowedOrigins, ...(config.publicUrl ? [config.publicUrl] : [])]);
  const originPolicy: OriginPolicy = { allowedOrigins };
  const assets = loadAssets(embedStrings());
  const azure = config.directLineSecret !== undefined;
  const connectTo = azure && config.directLineEndpoint ? azureConnectSources(config.directLineEndpoint) : [];

  let directLine: LocalDirectLine | undefined;
  let tokens: TokenSource;
  if (config.directLineSecret) {
    tokens = azureTokens(config.directLineSecret, config.directLineEndpoint ?? '', deps.fetch);
  } else {
    const { botTurn, turns } = deps;
    directLine = new LocalDirectLine({ ...config, allowedOrigins, botTurn, turns, now, log });
    directLine.register(server);
    tokens = localTokens(directLine);
  }

  const limiter = new SlidingWindowLimiter(config.conversationsPerMinute, 60_000, now);
  server.opts('/api/directline/token', preflight(originPolicy));
  server.post(
    '/api/directline/token',
    tokenRoute({
      tokens,
      limiter,
      policy: originPolicy,
      trustProxy: config.trustProxy,
      defaultLang: config.defaultLang,
      log,
    }),
  );

  registerPages(server, { config, assets, connectTo, allowedOrigins });
  registerAssets(server, assets);
  return { directLine, close: async () => directLine?.close() };
}

interface PageDeps {
  config: Config;
  assets: WebAssets;
  connectTo: string[];
  allowedOrigins: string[];
}

function registerPages(server: Server, { config, assets, connectTo, allowedOrigins }: PageDeps): void {
  const page = (render: (context: PageContext, req: Request) => string, frameAncestors: string[] = []) => {
    const policy: PagePolicy = { frameAncestors, connectTo };
    return async (req: Request, res: Response): Promise<void> => {
      const lang = requestedLang(req, config.defaultLang);
      const nonce = newNonce();
      const context: PageContext = {
        lang,
        t: translator(lang, 'web'),
        assets,
        nonce,
        contactUrl: config.contactUrl ?? '',
      };
      sendPage(res, render(context, req), nonce, policy);
    };
  };
  const embedded = (req: Request) => new URL(req.url ?? '/', 'http://local').searchParams.get('embed') === '1';
  server.get('/', page(homePage));
  server.get(
    '/chat',
    page((context, req) => chatPage(context, embedded(req)), allowedOrigins),
  );
  server.get('/accessibilite', page(accessibilityPage));
  server.get('/accessibility', page(accessibilityPage));
}

function registerAssets(server: Server, assets: WebAssets): void {
  const all = Object.values(assets).flatMap((item: Asset | Asset[]) => (Array.isArray(item) ? item : [item]));
  const byPath = new Map(all.map((item) => [item.url.split('?')[0], item]));
  server.get('/assets/:name', async (req: Request, res: Response) => {
    const item = byPath.get(new URL(req.url ?? '/', 'http://local').pathname);
    if (!item) return void res.send(404, { error: { code: 'NotFound', message: 'No such asset.' } });
    await sendAsset(req, res, item);
  });
  server.get('/embed.js', async (req: Request, res: Response) => {
    // Loaded by other sites' pages: allow it across origins even under their Cross-Origin-Embedder-Policy.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    await sendAsset(req, res, assets.embedScript, EMBED_CACHE);
  });
}
