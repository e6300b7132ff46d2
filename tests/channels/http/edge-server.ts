import type { Server } from 'restify';
import { assembleBot } from '../../../channels/assemble';
import { createServer, start, stop } from '../../../channels/server';
import { loadConfig, type Config } from '../../../config/config';
import { loadKnowledgeBase } from '../../../knowledge';
import { IN_MEMORY, openStorage } from '../../../storage';
import { FIXTURE_KNOWLEDGE } from '../../dialogs/harness';

const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);

export interface EdgeServer {
  url: string;
  config: Config;
  server: Server;
  /** What the turn-error handler caught: a refused request must leave it empty. */
  turnErrors: unknown[];
  /** What the edge logged (refusals with details, failures), message then error. */
  logs: Array<{ message: string; error: unknown }>;
  close(): Promise<void>;
}

/** The real bot behind the real server (as index.ts wires it, in-memory storage), on a free port. */
export async function startEdgeServer(env: NodeJS.ProcessEnv): Promise<EdgeServer> {
  const config = loadConfig(env);
  const storage = await openStorage({ dataDir: IN_MEMORY });
  const turnErrors: unknown[] = [];
  const logs: EdgeServer['logs'] = [];
  const { bot, adapter } = assembleBot(config, kb, storage, { errorLog: (_message, error) => turnErrors.push(error) });
  const server = createServer({
    adapter,
    bot,
    config,
    health: () => ({ knowledgeEntries: kb.entries.length, storage: 'memory' }),
    log: (message, error) => logs.push({ message, error }),
  });
  const address = await start(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${address.port}`,
    config,
    server,
    turnErrors,
    logs,
    close: async () => {
      server.server.closeAllConnections();
      await stop(server);
      await storage.close();
    },
  };
}

let conversationNumber = 0;

/** An activity as a local script would post it, replies in the response; `changes` override or remove fields. */
export function activity(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    text: 'aide',
    channelId: 'test',
    serviceUrl: 'http://localhost:9/unused',
    locale: 'fr-FR',
    deliveryMode: 'expectReplies',
    conversation: { id: `edge-${++conversationNumber}` },
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    ...changes,
  };
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}
