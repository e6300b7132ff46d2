import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small HTTP proxy between Agents Playground and the bot that makes the Playground behave like a Teams client in
 * the two ways it does not (Playground 0.2.28):
 *
 * 1. Locale. The Playground hard-codes `en-US` in every activity (`locale` and the `clientInfo` entity) and has no
 *    setting for it. The shim sets the locale a French (or other) Teams client would send.
 * 2. Adaptive Card buttons whose `Action.Submit` data carries Teams' `msteams` object (`imBack`, `messageBack`):
 *    the Playground's card renderer swallows those clicks (nothing is sent, nothing logged), while Teams posts them
 *    as the user's message. The shim hides the `msteams` object from the Playground under another key (so the click
 *    comes back as a plain submit, which the Playground does post), then turns that submit into exactly the message
 *    Teams would post: `imBack` → text = value; `messageBack` → text and value. The card the user sees is unchanged.
 *
 * To see bot → Playground traffic at all, the shim rewrites each inbound activity's `serviceUrl` (the Playground's
 * mock connector, `http://localhost:<port>/_connector`) to itself and forwards the bot's connector calls.
 */

const HIDDEN_TEAMS_DATA = 'teamsClientShim';
const CONNECTOR_PREFIX = '/_connector';

export interface TeamsClientShim {
  /** Give this to the Playground as its app endpoint. */
  endpoint: string;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

/** `botEndpoint` may be given later (a function): the bot allows the shim's origin, so the shim starts first. */
export async function startTeamsClientShim(options: {
  botEndpoint: string | (() => string);
  locale: string;
}): Promise<TeamsClientShim> {
  const botEndpoint = () => (typeof options.botEndpoint === 'string' ? options.botEndpoint : options.botEndpoint());
  let connectorUrl: string | undefined;
  let ownUrl = '';
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`[teams-client-shim] ${String(error)}`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (req.url?.startsWith(CONNECTOR_PREFIX)) {
      if (!connectorUrl) throw new Error('the bot called the connector before the Playground sent anything');
      const outbound = body ? JSON.stringify(hideTeamsCardData(JSON.parse(body) as unknown)) : undefined;
      return forward(req, res, `${connectorUrl}${req.url.slice(CONNECTOR_PREFIX.length)}`, outbound);
    }
    const activity = JSON.parse(body) as Json;
    connectorUrl = String(activity.serviceUrl).replace(/\/$/, '');
    const inbound = asTeamsWouldSend({ ...activity, serviceUrl: `${ownUrl}${CONNECTOR_PREFIX}` }, options.locale);
    return forward(req, res, botEndpoint(), JSON.stringify(inbound));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ownUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint: `${ownUrl}/api/messages`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    req.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function forward(req: IncomingMessage, res: ServerResponse, url: string, body: string | undefined): Promise<void> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string' && !['host', 'content-length', 'connection'].includes(name)) headers[name] = value;
  }
  const response = await fetch(url, { method: req.method, headers, body: req.method === 'GET' ? undefined : body });
  const answer = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type');
  res.writeHead(response.status, type ? { 'content-type': type } : {});
  res.end(answer);
}

/** The Playground's activity as Teams would send it: the client's locale, and card clicks as Teams posts them. */
function asTeamsWouldSend(activity: Json, locale: string): Json {
  const entities = Array.isArray(activity.entities) ? (activity.entities as Json[]) : [];
  const localised: Json = {
    ...activity,
    locale,
    entities: entities.map((entity) => (entity.type === 'clientInfo' ? { ...entity, locale } : entity)),
  };
  const hidden = (activity.value as Json | undefined)?.[HIDDEN_TEAMS_DATA] as Json | undefined;
  if (activity.type !== 'message' || !hidden) return localised;
  if (hidden.type === 'imBack') return { ...localised, text: hidden.value, value: undefined };
  if (hidden.type === 'messageBack') return { ...localised, text: hidden.text, value: hidden.value };
  return localised;
}

/** Every Action.Submit whose data has `msteams`, anywhere in the bot's activity, with that data hidden. */
function hideTeamsCardData(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(hideTeamsCardData);
  if (typeof node !== 'object' || node === null) return node;
  const object = node as Json;
  const copy: Json = Object.fromEntries(Object.entries(object).map(([key, value]) => [key, hideTeamsCardData(value)]));
  const data = object.data as Json | undefined;
  if (object.type === 'Action.Submit' && data?.msteams) copy.data = { [HIDDEN_TEAMS_DATA]: data.msteams };
  return copy;
}
