import { ConfigError } from './config/settings';
import { listenHost, loadConfig, type Config } from './config/config';
import { assembleBot } from './channels/assemble';
import { createServer, start, stop, type RouteRegistration } from './channels/server';
import { botReadiness } from './channels/readiness';
import { registerWebChannel } from './channels/web';
import { registerAdmin } from './channels/web/admin';
import { AuditStore } from './storage/audit/audit-store';
import { defaultContentDir, KnowledgeError } from './knowledge';
import { openLiveKnowledge, openStorage, scheduleRetention, storageOptionsOf } from './storage';

/** `--local` (what `npm start` passes) runs without Bot Framework authentication, like BOT_LOCAL_MODE=true. */
function configFromCommandLine(argv: readonly string[]): Config {
  return loadConfig(process.env, argv.includes('--local') ? { localMode: true } : {});
}

/** The wiring, in the order data flows: config → storage → knowledge (folder + overlay) → bot + adapter → server → listen. */
async function main(): Promise<void> {
  const config = configFromCommandLine(process.argv.slice(2));
  const storage = await openStorage(storageOptionsOf(config));
  const live = await openLiveKnowledge(storage.database, {
    dir: config.knowledgeDir ?? defaultContentDir(),
    readOnly: config.knowledgeReadOnly,
    pollSeconds: config.knowledgePollSeconds,
  }).catch(async (error: unknown) => {
    await storage.close();
    throw error;
  });
  // `live.editor` is the knowledge editor (add an alternate, create or update an entry) the admin page calls.
  const { knowledge } = live.editor;
  const kb = () => knowledge.kb;
  const { bot, adapter, botTurn, turns } = assembleBot(config, knowledge, storage);
  const audit = await AuditStore.open(storage.database);
  // Other channels plug in here.
  const openChannels: Array<{ close(): Promise<void> }> = [live];
  const routes: RouteRegistration[] = [
    (server) => void openChannels.push(registerWebChannel(server, { config, botTurn, turns })),
    (server) => void registerAdmin(server, { config, feedback: storage.feedback, events: storage.events, audit, editor: live.editor }),
  ];
  const server = createServer({
    adapter,
    bot,
    routes,
    config,
    health: () => ({ knowledgeEntries: kb().entries.length, knowledgeVersion: knowledge.version, storage: config.databaseUrl ? 'postgresql' : 'sqlite' }),
    readiness: botReadiness(storage, kb),
  });
  openChannels.push(scheduleRetention(storage.retention, { retentionDays: config.retentionDays }));
  const address = await start(server, config.port, listenHost(config));
  const auth = config.appId ? 'Bot Framework authentication on' : 'local mode, no authentication';
  console.log(`FAQ Santé Bot on http://${address.address}:${address.port} (${auth})`);
  console.log(`  knowledge: ${kb().entries.length} entries from ${kb().dir} (version ${knowledge.version}, edits to the ${live.editor.writesTo}); storage: ${storage.description}`);

  const shutDown = async (signal: string) => {
    console.log(`${signal}: closing the server and the storage`);
    await stop(server);
    await Promise.all(openChannels.map((channel) => channel.close()));
    await storage.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutDown('SIGTERM'));
  process.once('SIGINT', () => void shutDown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeError) console.error(error.message);
  else console.error('[startup] the bot could not start:', error);
  process.exit(1);
});
