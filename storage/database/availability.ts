import { StorageUnavailableError } from '../errors';

/** Network errors of the socket under a PostgreSQL client. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs that say "not now" rather than "wrong request": connection exceptions (class 08), a server shutting
 * down or starting (57P01–57P03), a cancelled statement (57014: statement_timeout), a lock not granted in time
 * (55P03: lock_timeout), too many connections, disk full, out of memory, an idle transaction ended by the server.
 */
const POSTGRES_STATES = new Set(['57P01', '57P02', '57P03', '57014', '55P03', '53300', '53100', '53200', '25P03']);

/** What pg says when a connection cannot be had or is lost, or when the bot stopped waiting for an answer. */
const POSTGRES_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'is not queryable',
  'Cannot use a pool after calling end',
];

/** SQLite result codes of a file another process holds, or that cannot be read or written right now. */
const SQLITE_PREFIXES = ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_IOERR', 'SQLITE_FULL', 'SQLITE_CANTOPEN', 'SQLITE_READONLY'];

/** True when `error` means the database cannot serve now (as opposed to a bad statement or a broken rule). */
export function isUnreachable(error: unknown): boolean {
  // Read by shape, not `instanceof Error`: errors of Node's own modules come from another realm under test runners.
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || POSTGRES_STATES.has(code) || code.startsWith('08')) return true;
    if (SQLITE_PREFIXES.some((prefix) => code.startsWith(prefix))) return true;
  }
  return typeof message === 'string' && POSTGRES_MESSAGES.some((known) => message.includes(known));
}

/** `error` as a `StorageUnavailableError` when the database is unreachable; other errors unchanged. */
export function classified(operation: string, error: unknown): unknown {
  return isUnreachable(error) ? new StorageUnavailableError(operation, { cause: error }) : error;
}

/** Runs `work`, rethrowing an unreachable database as `StorageUnavailableError`. */
export async function guarded<T>(operation: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw classified(operation, error);
  }
}

/** The synchronous form, for better-sqlite3. */
export function guardedSync<T>(operation: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw classified(operation, error);
  }
}
