/**
 * Drives French and English conversations through the real bot in-process (the `BotTurn` of the local Direct Line
 * and the console: dialogs, matcher, SQLite state in memory, feedback) and prints turns per second. With `--profile
 * FILE`, V8's CPU profiler records the measured turns only (not the start-up) into FILE, which Chrome's DevTools
 * open and `bench/profile-summary.ts` sums up:
 *
 *   npx tsx bench/profile-turns.ts [conversations per language] [--profile /tmp/turns.cpuprofile]
 *
 * Each conversation clicks a topic, picks a question by its position, rates it, asks its own question, says why an
 * answer did not help, picks another, asks for help and starts over: menu replies, commands and questions in the
 * proportions of a real session. The first conversations (start-up, first use of every model) are not counted.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import type { Activity } from 'botbuilder';
import { assembleBot } from '../channels/assemble';
import { loadConfig } from '../config/config';
import { loadKnowledgeBase, type Lang } from '../knowledge';
import { IN_MEMORY, openStorage } from '../storage';

const SCRIPTS: Record<Lang, string[]> = {
  fr: ['Labels', 'le deuxième', 'Oui', 'Comment accéder aux données du ROR ?', 'Non', '2', 'la 1re', 'Oui', 'aide',
    'recommencer', 'Peu importe', 'numéro 3', 'Quels tests pour le ROR ?', 'merci'],
  en: ['Software labels', 'the second one', 'Yes', 'How can I access ROR data?', 'No', '2', 'the first one', 'Yes',
    'help', 'restart', 'Any', 'number 3', 'Which tests for the ROR?', 'thanks'],
};
const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const profileAt = args.indexOf('--profile');
  const profileFile = profileAt >= 0 ? args[profileAt + 1] : undefined;
  const perLanguage = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 20);
  const started = performance.now();
  const config = loadConfig({ ...process.env, DATA_DIR: IN_MEMORY }, { localMode: true });
  const storage = await openStorage({ dataDir: IN_MEMORY });
  const { botTurn } = assembleBot(config, loadKnowledgeBase(config.knowledgeDir), storage);
  const converse = async (id: string, lang: Lang): Promise<number> => {
    const base: Partial<Activity> = { conversation: { id } as Activity['conversation'], from: { id: `u-${id}`, name: 'User' }, locale: LOCALES[lang] };
    await botTurn({ ...base, type: 'conversationUpdate', membersAdded: [{ id: `u-${id}`, name: 'User' }] });
    for (const text of SCRIPTS[lang]) await botTurn({ ...base, type: 'message', text });
    return SCRIPTS[lang].length + 1;
  };
  await converse('warm-fr', 'fr');
  await converse('warm-en', 'en');
  const profiler = profileFile ? await startProfiler() : undefined;
  const ready = performance.now();
  let turns = 0;
  for (let index = 0; index < perLanguage; index += 1) {
    turns += await converse(`fr-${index}`, 'fr');
    turns += await converse(`en-${index}`, 'en');
  }
  const ms = performance.now() - ready;
  if (profiler && profileFile) writeFileSync(profileFile, JSON.stringify(await profiler.stop()));
  console.log(`start-up and first two conversations: ${(ready - started).toFixed(0)} ms`);
  console.log(`${turns} turns in ${ms.toFixed(0)} ms: ${((turns * 1000) / ms).toFixed(0)} turns/s, ${(ms / turns).toFixed(2)} ms/turn`);
  await storage.close();
}

async function startProfiler(): Promise<{ stop(): Promise<unknown> }> {
  const session = new Session();
  session.connect();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) => {
      session.post(method, (error: Error | null, result: unknown) => (error ? reject(error) : resolve(result)));
    });
  await post('Profiler.enable');
  await post('Profiler.start');
  return {
    async stop() {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      session.disconnect();
      return profile;
    },
  };
}

void main();
