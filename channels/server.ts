import type { AddressInfo } from 'node:net';
import type { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import { createServer as createRestifyServer, plugins, type Request, type Response, type Server } from 'restify';
import { activityShapeProblem } from './activity-shape';

/** What `/healthz` reports. */
export interface Health {
  knowledgeEntries: number;
  /** e.g. "sqlite" or "postgresql". */
  storage: string;
}

export type RouteRegistration = (server: Server) => void;

export interface ServerDeps {
  adapter: Pick<CloudAdapter, 'process'>;
  bot: Pick<ActivityHandlerBase, 'run'>;
  /** Largest accepted body on `/api/messages`; beyond: 413. */
  maxBodyBytes: number;
  health: () => Health;
  /** Other channels' routes (web chat, Direct Line, Teams), registered after the bot's own. */
  routes?: readonly RouteRegistration[];
  name?: string;
}

/**
 * The HTTP server, built but not listening (tests build it without racing for a port): `POST /api/messages` for
 * Azure Bot Service / Teams (and for `expectReplies` callers, who get the replies in the response), `GET /healthz`,
 * then whatever routes the other channels register.
 */
export function createServer(deps: ServerDeps): Server {
  const server = createRestifyServer({ name: deps.name ?? 'faq-sante-bot' });
  server.post('/api/messages', jsonBody(deps.maxBodyBytes), async (req: Request, res: Response) => {
    const problem = activityShapeProblem(req.body);
    if (problem) return void res.json(400, { code: 'BadRequest', message: problem });
    await deps.adapter.process(req, res, (context) => deps.bot.run(context));
  });
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.json(200, { status: 'ok', ...deps.health() });
  });
  for (const register of deps.routes ?? []) register(server);
  return server;
}

/**
 * JSON only, size-limited, on this route alone: other channels read their own bodies. restify answers a malformed
 * body with 400 and an oversized one with 413, both as JSON errors, and the server carries on.
 */
function jsonBody(maxBodyBytes: number) {
  return plugins.bodyParser({ maxBodySize: maxBodyBytes, mapParams: false, mapFiles: false, rejectUnknown: true });
}

/** Listens and resolves with the bound address (port 0 gives a free port). */
export function start(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.removeListener('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Stops accepting connections and resolves once the open ones are done. */
export function stop(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
