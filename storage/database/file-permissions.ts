import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** The database folder: its owner only may list or enter it. */
export const PRIVATE_DIR_MODE = 0o700;
/** The database and its -wal and -shm files: read and written by their owner only. */
export const PRIVATE_FILE_MODE = 0o600;
/** SQLite's companions of a database file in WAL mode (created with the database file's own mode). */
export const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'];

export type PermissionLog = (message: string) => void;

const looserThan = (mode: number, allowed: number): boolean => (mode & 0o777 & ~allowed) !== 0;
const octal = (mode: number): string => (mode & 0o777).toString(8).padStart(4, '0');

/**
 * Creates the folder of `file` readable by its owner only. A folder that already exists is the operator's (it may be
 * shared with other things): it is never changed, only reported when others can read it.
 */
export function preparePrivateFolder(file: string, log: PermissionLog): void {
  const folder = dirname(file);
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true, mode: PRIVATE_DIR_MODE });
    // mkdir applies the umask; a umask cannot add bits, but say it plainly rather than trust it.
    chmodSync(folder, PRIVATE_DIR_MODE);
    return;
  }
  const { mode } = statSync(folder);
  if (looserThan(mode, PRIVATE_DIR_MODE)) {
    log(`[SqliteDatabase] the folder ${folder} is readable by others (mode ${octal(mode)}): consider chmod 700`);
  }
}

/**
 * Creates the database file with mode 0600 before SQLite opens it (SQLite gives its -wal and -shm files the
 * database file's mode), and tightens a file, or companion, that an earlier version left readable by others.
 */
export function preparePrivateFiles(file: string, log: PermissionLog): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  for (const path of [file, ...SQLITE_COMPANIONS.map((suffix) => `${file}${suffix}`)]) {
    if (!existsSync(path)) continue;
    const { mode } = statSync(path);
    if (!looserThan(mode, PRIVATE_FILE_MODE)) continue;
    chmodSync(path, PRIVATE_FILE_MODE);
    log(`[SqliteDatabase] ${path} was readable by others (mode ${octal(mode)}): now 0600`);
  }
}
