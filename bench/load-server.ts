/**
 * Starting the servers the load benchmark measures, as child processes: the bot (`node dist/index.js --local`, what
 * `npm start` runs) on a knowledge folder and a fresh SQLite folder, or the bare echo bot (bench/load-echo.ts). The
 * start-up time is from spawning to the first `/readyz` 200; the resident memory is read from /proc once idle.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../config/paths';

export interface RunningServer {
  url: string;
  startupMs: number;
  /** Resident memory (MB) of the process now. */
  rssMb(): number;
  stop(): Promise<void>;
}

async function firstHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${output()}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function run(args: string[], env: NodeJS.ProcessEnv, port: number): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'faq-load-'));
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: projectPath(),
    env: { ...process.env, ...env, PORT: String(port), DATA_DIR: dataDir, MESSAGES_PER_MINUTE: '100000', CONVERSATIONS_PER_MINUTE: '10000', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await firstHealthy(url, child, () => output);
  const startupMs = performance.now() - started;
  return {
    url,
    startupMs,
    rssMb: () => residentMb(child.pid as number),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** The bot as `npm start` runs it (compiled: `npm run build` first), on `knowledgeDir`. */
export function startBot(knowledgeDir: string, port: number): Promise<RunningServer> {
  return run([projectPath('dist', 'index.js'), '--local'], { KNOWLEDGE_DIR: knowledgeDir }, port);
}

/** A bare botbuilder echo bot that loads and saves ConversationState in SQLite, on the same HTTP path. */
export function startEcho(port: number): Promise<RunningServer> {
  return run(['--require', 'tsx/cjs', projectPath('bench', 'load-echo.ts')], {}, port);
}
