import { spawn, type ChildProcess } from 'node:child_process';
import { projectPath } from '../../../config/paths';
import { freePort } from './free-port';

export interface BotProcess {
  url: string;
  port: number;
  pid: number;
  /** Everything the process printed so far. */
  output(): string;
  /** Still running (not exited, not killed). */
  alive(): boolean;
  /** SIGKILL, as a crash or an OOM killer would: no shutdown code runs. Resolves once it is gone. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 90_000;

/** `index.ts --local` in its own process, as `npm start` runs it (from the sources), with `env` on top. */
export async function startBotProcess(env: NodeJS.ProcessEnv, port?: number): Promise<BotProcess> {
  const listenPort = port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', projectPath('index.ts'), '--local'], {
    cwd: projectPath(),
    env: { ...process.env, TSX_DISABLE_CACHE: '1', HOST: '127.0.0.1', PORT: String(listenPort), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (!alive()) return;
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.kill('SIGTERM');
    await exited;
    clearTimeout(killer);
  };
  await waitUntilListening(child, () => output).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return {
    url: `http://127.0.0.1:${listenPort}`,
    port: listenPort,
    pid: child.pid as number,
    output: () => output,
    alive,
    kill: async () => {
      if (!alive()) return;
      child.kill('SIGKILL');
      await exited;
    },
    stop,
  };
}

function waitUntilListening(child: ChildProcess, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const fail = (reason: string) => {
      clearInterval(poll);
      reject(new Error(`[bot-process] ${reason}. Output:\n${output()}`));
    };
    const poll = setInterval(() => {
      if (output().includes('FAQ Santé Bot on http://')) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > START_TIMEOUT_MS) fail(`not listening after ${START_TIMEOUT_MS} ms`);
    }, 50);
    child.once('exit', (code, signal) => fail(`exited (${String(code ?? signal)})`));
  });
}
