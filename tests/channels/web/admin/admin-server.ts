import { loadConfig, type Config } from '../../../../config/config';
import { assembleBot } from '../../../../channels/assemble';
import { createServer, start, stop } from '../../../../channels/server';
import { registerWebChannel, type WebChannel } from '../../../../channels/web';
import { registerAdmin, type AdminChannel } from '../../../../channels/web/admin';
import { hashPassword } from '../../../../channels/web/admin/auth/password';
import { defaultContentDir } from '../../../../knowledge';
import { IN_MEMORY, openLiveKnowledge, openStorage, type OpenedStorage } from '../../../../storage';
import { AuditStore } from '../../../../storage/audit/audit-store';
import type { KnowledgeEditor } from '../../../../storage/knowledge/knowledge-editor';

export const PASSWORD = 'un mot de passe assez long';

export interface AdminServer {
  url: string;
  admin: AdminChannel;
  storage: OpenedStorage;
  editor: KnowledgeEditor;
  server: ReturnType<typeof createServer>;
  close(): Promise<void>;
}

/** The real server with the admin page on (password login, a cheap scrypt cost for speed), in-memory storage. */
export async function startAdminServer(env: Record<string, string> = {}, now?: () => number, port = 0): Promise<AdminServer> {
  const hash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
  const config: Config = loadConfig({ BOT_LOCAL_MODE: 'true', ADMIN_PASSWORD_HASH: hash, ...env }, { dataDir: IN_MEMORY });
  const storage = await openStorage({ dataDir: IN_MEMORY });
  // Read-only: accepted changes go to the store's overlay, the repository's knowledge folder is never written.
  const live = await openLiveKnowledge(storage.database, { dir: defaultContentDir(), readOnly: true, pollSeconds: 0 });
  const { bot, adapter, botTurn, turns } = assembleBot(config, live.editor.knowledge, storage, { errorLog: () => undefined });
  const audit = await AuditStore.open(storage.database);
  let admin: AdminChannel | undefined;
  let web: WebChannel | undefined;
  const server = createServer({
    adapter,
    bot,
    config,
    health: () => ({ knowledgeEntries: 0, storage: 'memory' }),
    routes: [
      (routes) => (web = registerWebChannel(routes, { config, botTurn, turns })),
      (routes) => (admin = registerAdmin(routes, { config, feedback: storage.feedback, events: storage.events, audit, editor: live.editor, now, log: () => undefined })),
    ],
  });
  const address = await start(server, port, '127.0.0.1');
  if (!admin) throw new Error('[admin-server] the admin page is off');
  return {
    url: `http://127.0.0.1:${address.port}`,
    admin,
    storage,
    editor: live.editor,
    server,
    close: async () => {
      await web?.close();
      server.server.closeAllConnections();
      await stop(server);
      await live.close();
      await storage.close();
    },
  };
}

/** Logs in with the password; resolves with the session cookie and the CSRF token of the dashboard page. */
export async function logIn(url: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login refused: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  const page = await (await fetch(`${url}/admin`, { headers: { cookie } })).text();
  const csrf = /data-csrf="([^"]+)"/.exec(page)?.[1] ?? '';
  return { cookie, csrf };
}
