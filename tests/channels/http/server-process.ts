import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { projectPath } from '../../../config/paths';

export interface ServerProcess {
  url: string;
  /** Everything the process printed so far. */
  output(): string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `index.ts --local` in its own process (as `npm start` runs it, from the sources), with `env` on top. */
export async function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', projectPath('index.ts'), '--local'], {
    cwd: projectPath(),
    env: { ...process.env, TSX_DISABLE_CACHE: '1', DATA_DIR: ':memory:', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const stop = () => stopProcess(child);
  try {
    await waitFor(() => output.includes('FAQ Santé Bot on http://'), child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, output: () => output, stop };
}

function waitFor(ready: () => boolean, child: ChildProcess, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearInterval(poll);
      reject(new Error(`[server-process] ${reason}. Output:\n${output()}`));
    };
    const started = Date.now();
    const poll = setInterval(() => {
      if (ready()) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > START_TIMEOUT_MS) fail(`not listening after ${START_TIMEOUT_MS} ms`);
    }, 50);
    child.once('exit', (code) => fail(`exited with code ${String(code)}`));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
