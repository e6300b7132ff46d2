/**
 * Load on `/api/messages` (local mode, expectReplies): the bot beside a bare botbuilder echo bot with
 * ConversationState on the same path, at 1, 10 and 50 concurrent conversations, then the bot's start-up (to the
 * first /readyz 200) and idle memory per knowledge size. Prints markdown tables.
 *
 *   npm run bench:load -- [--quick] [--sizes 9,1000,10000] [--turns 30]
 */
import { largeBaseDir } from './large-base';
import { playConversation } from './load-turns';
import { startBot, startEcho, type RunningServer } from './load-server';
import { percentile } from './measure';
import { load } from './scale';

interface LoadRow {
  throughput: number;
  p50: number;
  p99: number;
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function measureLoad(server: RunningServer, concurrency: number, turns: number, tag: string): Promise<LoadRow> {
  const started = performance.now();
  const all = await Promise.all(
    Array.from({ length: concurrency }, (_, index) => playConversation(server.url, `${tag}-${concurrency}-${index}`, turns)),
  );
  const seconds = (performance.now() - started) / 1000;
  const times = all.flat().sort((a, b) => a - b);
  return { throughput: times.length / seconds, p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

async function loadTable(sizes: number[], turns: number): Promise<void> {
  console.log(`## Load on /api/messages (expectReplies, ${turns} turns per conversation)\n`);
  console.log('| entries | conversations | bot turns/s | bot p50 | bot p99 | echo turns/s | echo p99 | throughput ratio (bot/echo) | p99 ratio (bot/echo) | machine |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  const echo = await startEcho(39_790);
  await playConversation(echo.url, 'warm-up', 15);
  try {
    for (const size of sizes) {
      const bot = await startBot(largeBaseDir(size), 39_791);
      await playConversation(bot.url, `warm-up-${size}`, 15);
      try {
        for (const concurrency of [1, 10, 50]) {
          const ours = await measureLoad(bot, concurrency, turns, `bot${size}`);
          const ref = await measureLoad(echo, concurrency, turns, `echo${size}`);
          console.log(`| ${size.toLocaleString('en')} | ${concurrency} | ${ours.throughput.toFixed(0)} | ${ours.p50.toFixed(1)} ms | ` +
            `${ours.p99.toFixed(1)} ms | ${ref.throughput.toFixed(0)} | ${ref.p99.toFixed(1)} ms | ` +
            `${(ours.throughput / ref.throughput).toFixed(2)} | ${(ours.p99 / ref.p99).toFixed(1)} | ${load()} |`);
        }
      } finally {
        await bot.stop();
      }
    }
  } finally {
    await echo.stop();
  }
}

async function startupTable(sizes: number[]): Promise<void> {
  console.log('\n## Start-up and idle memory\n');
  console.log('| entries | start-up to first /readyz 200 | RSS idle | machine |');
  console.log('|---|---|---|---|');
  for (const size of sizes) {
    const bot = await startBot(largeBaseDir(size), 39_792);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    console.log(`| ${size.toLocaleString('en')} | ${bot.startupMs.toFixed(0)} ms | ${bot.rssMb().toFixed(0)} MB | ${load()} |`);
    await bot.stop();
  }
  const echo = await startEcho(39_793);
  console.log(`| echo bot | ${echo.startupMs.toFixed(0)} ms | ${echo.rssMb().toFixed(0)} MB | ${load()} |`);
  await echo.stop();
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const sizes = (flag('--sizes') ?? (quick ? '9,1000' : '9,1000,10000')).split(',').map(Number);
  const turns = Number(flag('--turns') ?? (quick ? 6 : 30));
  await loadTable(sizes, turns);
  await startupTable(sizes);
  console.log('\nTurns: a French/English mix of typed questions, menu clicks, Oui/Non and commands, each timed from request');
  console.log('to full response, after one warm-up conversation per server. The echo bot (bench/load-echo.ts) loads and saves ConversationState in MemoryStorage.');
  console.log('The bot runs as `npm start` runs it (dist/, SQLite in a fresh folder). Machine: its load when the row was measured.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
