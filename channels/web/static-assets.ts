import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Request, Response } from 'restify';
import { projectPath } from '../../config/paths';
import { bytes } from '../directline/bytes';

const gzipAsync = promisify(gzip);

/** A file served from memory under a content-versioned URL, so browsers may cache it for a year. */
export interface Asset {
  url: string;
  type: string;
  body: Buffer;
  gzipped?: Promise<Buffer>;
}

const JAVASCRIPT = 'application/javascript; charset=utf-8';
const IMMUTABLE = 'public, max-age=31536000, immutable';

function shortHash(body: Buffer): string {
  return createHash('sha256').update(bytes(body)).digest('base64url').slice(0, 12);
}

function asset(name: string, type: string, body: Buffer): Asset {
  return { url: `/assets/${name}?v=${shortHash(body)}`, type, body };
}

function ownAsset(name: string, type: string, transform: (text: string) => string = (text) => text): Asset {
  const text = readFileSync(projectPath('channels', 'web', 'assets', name), 'utf8');
  return asset(name, type, Buffer.from(transform(text), 'utf8'));
}

/** The official Web Chat bundle from the installed package, named after its version. */
function webChatBundle(): Asset {
  const packageDir = projectPath('node_modules', 'botframework-webchat');
  const { version } = JSON.parse(readFileSync(`${packageDir}/package.json`, 'utf8')) as { version: string };
  const body = readFileSync(`${packageDir}/dist/webchat.js`);
  return { url: `/assets/webchat-${version}.js`, type: JAVASCRIPT, body };
}

const CHAT_SCRIPTS = [
  'connection-watch.js',
  'webchat-locale.js',
  'saved-conversation.js',
  'chat-session.js',
  'chat-view.js',
  'chat-lines.js',
  'page-language.js',
  'chat-events.js',
  'chat.js',
];

export interface WebAssets {
  webChat: Asset;
  /** The chat page's own scripts, in the order they load (chat.js, last, uses the others). */
  chatScripts: Asset[];
  embedScript: Asset;
  stylesheet: Asset;
  favicon: Asset;
  warningIcon: Asset;
}

/** `embedStrings`: the widget's labels per language, written into embed.js (it runs on other sites, without i18n). */
export function loadAssets(embedStrings: Record<string, Record<string, string>>): WebAssets {
  const fillStrings = (text: string) => text.replace('/*@STRINGS@*/ {}', JSON.stringify(embedStrings));
  return {
    webChat: webChatBundle(),
    chatScripts: CHAT_SCRIPTS.map((name) => ownAsset(name, JAVASCRIPT)),
    embedScript: ownAsset('embed.js', JAVASCRIPT, fillStrings),
    stylesheet: ownAsset('site.css', 'text/css; charset=utf-8'),
    favicon: ownAsset('favicon.svg', 'image/svg+xml'),
    warningIcon: ownAsset('info.svg', 'image/svg+xml'),
  };
}

function acceptsGzip(req: Request): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

/**
 * Sends an asset, gzipped when the client accepts it (the Web Chat bundle shrinks from ~4 MB to ~1 MB); the gzip is
 * computed once, on first demand.
 */
export async function sendAsset(req: Request, res: Response, item: Asset, cacheControl = IMMUTABLE): Promise<void> {
  res.setHeader('Content-Type', item.type);
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Vary', 'Accept-Encoding');
  let body = item.body;
  if (acceptsGzip(req) && item.body.length > 1024) {
    item.gzipped ??= gzipAsync(bytes(item.body));
    body = await item.gzipped;
    res.setHeader('Content-Encoding', 'gzip');
  }
  res.setHeader('Content-Length', body.length);
  res.writeHead(200);
  res.end(req.method === 'HEAD' ? undefined : body);
}
