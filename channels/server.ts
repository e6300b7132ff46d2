import type { AddressInfo } from 'node:net';
import type { ActivityHandlerBase } from 'botbuilder';
import { createServer as createRestifyServer, type Request, type Response, type Server } from 'restify';
import type { BotEndpointAdapter } from './http/bot-endpoint';
import { botRoute, hardenServer, type EdgeConfig } from './http/edge';
import { consoleLog, type HttpLog } from './http/errors';
import type { ReadinessReport } from './readiness';

/** What `/healthz` reports. */
export interface Health {
  knowledgeEntries: number;
  /** e.g. "sqlite" or "postgresql". */
  storage: string;
}

export type RouteRegistration = (server: Server) => void;

export interface ServerDeps {
  adapter: BotEndpointAdapter;
  bot: Pick<ActivityHandlerBase, 'run'>;
  /** Body size, timeouts, local-mode limits and headers (see `channels/http/edge.ts`). */
  config: EdgeConfig;
  /** Liveness: answered whenever the process serves HTTP, whatever storage does. */
  health: () => Health;
  /** Readiness (`/readyz`): 503 while storage or the knowledge base is unusable. Default: ready. */
  readiness?: () => Promise<ReadinessReport>;
  /** Other channels' routes (web chat, Direct Line, Teams), registered after the bot's own. */
  routes?: readonly RouteRegistration[];
  name?: string;
  /** Where refused and failed requests are logged, with their correlation id. Default: the console. */
  log?: HttpLog;
}

/**
 * The HTTP server, built but not listening (tests build it without racing for a port): `POST /api/messages` for
 * Azure Bot Service / Teams (and for `expectReplies` callers, who get the replies in the response), `GET /healthz`
 * (liveness), `GET /readyz` (readiness), then whatever routes the other channels register.
 */
export function createServer(deps: ServerDeps): Server {
  const server = createRestifyServer({ name: deps.name ?? 'faq-sante-bot' });
  const log = deps.log ?? consoleLog;
  hardenServer(server, deps.config, log);
  server.post('/api/messages', botRoute(deps.config, { adapter: deps.adapter, bot: deps.bot, log }));
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.json(200, { status: 'ok', ...deps.health() });
  });
  server.get('/readyz', async (_req: Request, res: Response) => {
    const report = (await deps.readiness?.()) ?? { ready: true, checks: {} };
    res.header('Cache-Control', 'no-store');
    res.json(report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'unavailable', checks: report.checks });
  });
  for (const register of deps.routes ?? []) register(server);
  return server;
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
