import { loadConfig, type Config } from '../../../config/config';
import { assembleBot } from '../../../channels/assemble';
import { createServer, start, stop } from '../../../channels/server';
import { registerWebChannel, type WebChannel } from '../../../channels/web';
import { loadKnowledgeBase } from '../../../knowledge';
import { IN_MEMORY, openStorage, type OpenedStorage } from '../../../storage';

export interface RunningBot {
  url: string;
  port: number;
  config: Config;
  /** The web channel, to wait for its Direct Line to settle. */
  web: WebChannel;
  close(): Promise<void>;
}

export interface BotServerOptions {
  /** Default: a free port. A restarted server takes the port of the one it replaces. */
  port?: number;
  /** Storage shared with other servers (a restart keeps its database); left open on close. Default: in memory. */
  storage?: OpenedStorage;
}

/**
 * The real bot as `npm start` wires it (knowledge, dialogs, adapter, server, web channel), on a free port, with
 * in-memory storage.
 */
export async function startBotServer(
  overrides: Partial<Config> = {},
  options: BotServerOptions = {},
): Promise<RunningBot> {
  const config = loadConfig({ BOT_LOCAL_MODE: 'true' }, { dataDir: IN_MEMORY, ...overrides });
  const kb = loadKnowledgeBase(config.knowledgeDir);
  const storage = options.storage ?? (await openStorage({ dataDir: IN_MEMORY }));
  const { bot, adapter, botTurn, turns } = assembleBot(config, kb, storage, { errorLog: () => undefined });
  let web: WebChannel | undefined;
  const server = createServer({
    adapter,
    bot,
    config,
    health: () => ({ knowledgeEntries: kb.entries.length, storage: 'memory' }),
    routes: [(routes) => (web = registerWebChannel(routes, { config, botTurn, turns }))],
  });
  const address = await start(server, options.port ?? 0, '127.0.0.1');
  if (!web) throw new Error('[bot-server] the web channel was not registered');
  const channel = web;
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    config,
    web: channel,
    close: async () => {
      await channel.close();
      server.server.closeAllConnections();
      await stop(server);
      if (!options.storage) await storage.close();
    },
  };
}
