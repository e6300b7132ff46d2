import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port';

const run = promisify(execFile);

/** A throwaway PostgreSQL cluster of the suite's own (never the shared server on 5432). */
export interface PgCluster {
  url: string;
  port: number;
  /** `pg_ctl stop -m fast`: the server refuses connections until `start`. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOP on the postmaster and every backend: connections stay open, nothing answers. */
  freeze(): number;
  thaw(): void;
  /** Stops the cluster and removes its folder. */
  destroy(): Promise<void>;
}

/** The newest PostgreSQL binaries Debian installed (initdb, pg_ctl). */
function binaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('[pg-cluster] no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)');
  return join(root, newest, 'bin');
}

/** initdb refuses to run as root: then the cluster runs as the `postgres` system user. */
function asClusterOwner(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

async function exec(command: string, args: string[]): Promise<void> {
  const [file, argv] = asClusterOwner(command, args);
  await run(file, argv, { timeout: 60_000 });
}

/** The postmaster (first line of postmaster.pid) and its children, read from /proc. */
function clusterPids(dataDir: string): number[] {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return [];
  const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = binaries();
  const folder = mkdtempSync(join(tmpdir(), 'faq-sante-bot-pg-'));
  const dataDir = join(folder, 'data');
  if (process.getuid?.() === 0) {
    const [uid, gid] = await Promise.all(['-u', '-g'].map(async (flag) => Number((await run('id', [flag, 'postgres'])).stdout)));
    chownSync(folder, uid as number, gid as number);
  }
  await exec(join(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const pgCtl = (...args: string[]) => exec(join(bin, 'pg_ctl'), ['-D', dataDir, ...args]);
  const start = () => pgCtl('-o', options, '-l', join(folder, 'log'), '-w', '-t', '30', 'start');
  await start();
  let frozen: number[] = [];
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pgCtl('-m', 'fast', '-w', 'stop'),
    start,
    freeze: () => {
      frozen = clusterPids(dataDir);
      [...frozen].reverse().forEach((pid) => process.kill(pid, 'SIGSTOP'));
      return frozen.length;
    },
    thaw: () => {
      frozen.forEach((pid) => process.kill(pid, 'SIGCONT'));
      frozen = [];
    },
    destroy: async () => {
      frozen.forEach((pid) => process.kill(pid, 'SIGCONT'));
      await pgCtl('-m', 'immediate', '-w', 'stop').catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
