import { loadConfig, type Config } from '../../config/config';
import { ConfigError } from '../../config/settings';
import { isStorageUnavailable } from '../errors';
import { openStorage, storageOptionsOf, type OpenedStorage } from '../open';

/** A command line the tool cannot run: the message says what to fix; the exit code is 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Runs an operator command on the bot's storage (the database the configuration names, as the bot opens it), and
 * sets the exit code: 0 done, 1 failed (storage unavailable, bad configuration), 2 bad usage.
 */
export async function runStorageCommand(
  name: string,
  usage: string,
  command: (storage: OpenedStorage, config: Config) => Promise<string>,
): Promise<void> {
  let storage: OpenedStorage | undefined;
  try {
    // The commands use the storage settings only: no Bot Framework credentials are needed to run them.
    const config = loadConfig(process.env, { localMode: true });
    storage = await openStorage(storageOptionsOf(config));
    process.stdout.write(await command(storage, config));
    process.exitCode = 0;
  } catch (error) {
    process.exitCode = fail(name, usage, error);
  } finally {
    await storage?.close();
  }
}

function fail(name: string, usage: string, error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`${name}: ${error.message}\n\n${usage}\n`);
    return 2;
  }
  if (error instanceof ConfigError) process.stderr.write(`${name}: ${error.message}\n`);
  else if (isStorageUnavailable(error)) process.stderr.write(`${name}: storage unavailable (${(error as Error).message})\n`);
  else process.stderr.write(`${name}: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}

/** `--flag=value` split into `--flag value`. */
export function splitFlags(argv: readonly string[]): string[] {
  return argv.flatMap((arg) => {
    const at = arg.indexOf('=');
    return arg.startsWith('--') && at > 2 ? [arg.slice(0, at), arg.slice(at + 1)] : [arg];
  });
}

export function valueOf(args: readonly string[], index: number, flag: string): string {
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return value;
}
