import type { Activity } from 'botbuilder';
import { assembleBot } from '../../../channels/assemble';
import { createServer, start, stop } from '../../../channels/server';
import { loadConfig } from '../../../config/config';
import { loadKnowledgeBase } from '../../../knowledge';
import { IN_MEMORY, openStorage, type FeedbackStore } from '../../../storage';

export interface TeamsBotServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** `${url}/api/messages`, where Teams (or Agents Playground) posts. */
  endpoint: string;
  feedback: FeedbackStore;
  /** What the turn-error handler caught; a test expects none. */
  errors: unknown[];
  close(): Promise<void>;
}

/**
 * The bot as `index.ts` wires it for `/api/messages` (knowledge, dialogs, adapter with its turn queue and error
 * handler, server), in local mode (no Bot Framework authentication), with in-memory storage, on a free port.
 */
export async function startTeamsBotServer(
  options: { knowledgeDir?: string; localServiceUrls?: string[] } = {},
): Promise<TeamsBotServer> {
  const overrides = options.localServiceUrls ? { localServiceUrls: options.localServiceUrls } : {};
  const config = loadConfig({ BOT_LOCAL_MODE: 'true' }, { dataDir: IN_MEMORY, ...overrides });
  const kb = loadKnowledgeBase(options.knowledgeDir ?? config.knowledgeDir);
  const storage = await openStorage({ dataDir: IN_MEMORY });
  const errors: unknown[] = [];
  const { bot, adapter } = assembleBot(config, kb, storage, { errorLog: (_message, error) => errors.push(error) });
  const server = createServer({
    adapter,
    bot,
    config,
    health: () => ({ knowledgeEntries: kb.entries.length, storage: 'memory' }),
  });
  const address = await start(server, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    endpoint: `${url}/api/messages`,
    feedback: storage.feedback,
    errors,
    close: async () => {
      server.server.closeAllConnections();
      await stop(server);
      await storage.close();
    },
  };
}

export interface PostResult {
  status: number;
  /** The raw response body ('' for an invoke answered with an empty body). */
  body: string;
  /** The bot's replies, for `expectReplies` posts. */
  replies: Partial<Activity>[];
}

/** POSTs one activity to `/api/messages` as the Bot Framework connector does. */
export async function postActivity(endpoint: string, activity: Partial<Activity>): Promise<PostResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const body = await response.text();
  const replies = body ? ((JSON.parse(body) as { activities?: Partial<Activity>[] }).activities ?? []) : [];
  return { status: response.status, body, replies };
}
