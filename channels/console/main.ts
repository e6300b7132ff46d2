import { createInterface } from 'node:readline';
import { loadConfig } from '../../config/config';
import { ConfigError } from '../../config/settings';
import { KnowledgeError, loadKnowledgeBase, type Lang } from '../../knowledge';
import { IN_MEMORY, openStorage, storageOptionsOf } from '../../storage';
import { assembleBot } from '../assemble';
import { ConsoleChat } from './console-chat';
import { ANSI, PLAIN } from './render';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };

interface ConsoleOptions {
  lang?: Lang;
  /** Keep nothing: state and feedback in memory only. */
  memory: boolean;
}

function parseArguments(argv: readonly string[]): ConsoleOptions {
  const options: ConsoleOptions = { memory: argv.includes('--memory') };
  const langAt = argv.indexOf('--lang');
  if (langAt >= 0) {
    const lang = argv[langAt + 1];
    if (lang !== 'fr' && lang !== 'en') throw new ConfigError('--lang', `expected fr or en, got "${lang ?? ''}"`);
    options.lang = lang;
  }
  return options;
}

/** `npm run chat [-- --lang en] [-- --memory]`: the bot in the terminal, one line per message; scriptable through a pipe. */
async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const config = loadConfig(process.env, { localMode: true });
  const kb = loadKnowledgeBase(config.knowledgeDir);
  const storage = await openStorage({
    ...storageOptionsOf(config),
    dataDir: options.memory ? IN_MEMORY : config.dataDir,
  });
  const { botTurn } = assembleBot(config, kb, storage);
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  // `--lang` is a choice for this session; without it the bot uses the saved choice, else DEFAULT_LANG.
  const locale = options.lang ? LOCALES[options.lang] : undefined;
  const chat = new ConsoleChat(botTurn, locale, (text) => process.stdout.write(text), interactive ? ANSI : PLAIN);
  try {
    await chat.start();
    const lines = createInterface({
      input: process.stdin,
      output: interactive ? process.stdout : undefined,
      terminal: interactive,
    });
    if (interactive) lines.setPrompt('> ');
    lines.prompt();
    for await (const line of lines) {
      if (!interactive) process.stdout.write(`> ${line}\n`);
      await chat.say(line);
      lines.prompt();
    }
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeError) console.error(error.message);
  else console.error('[console]', error);
  process.exitCode = 1;
});
