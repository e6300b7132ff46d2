import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Files written at once: enough to keep the disk busy, few enough for any open-files limit. */
const PARALLEL_WRITES = 32;

/** A new file is written in place; an existing one is replaced by a renamed copy, so no reader sees half a file. */
async function writeOne(target: string, content: string): Promise<void> {
  try {
    await writeFile(target, content, { encoding: 'utf8', flag: 'wx' });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, target);
}

/** Writes the files of a knowledge folder (paths relative to `dir`), creating its folders. */
export async function writeFolder(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const targets = [...files].map(([path, content]) => [join(dir, path), content] as const);
  for (const folder of new Set(targets.map(([target]) => dirname(target)))) await mkdir(folder, { recursive: true });
  for (let start = 0; start < targets.length; start += PARALLEL_WRITES) {
    await Promise.all(targets.slice(start, start + PARALLEL_WRITES).map(([target, content]) => writeOne(target, content)));
  }
}
