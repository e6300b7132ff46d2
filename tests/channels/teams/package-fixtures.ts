import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

export const BOT_ID = '0f6e4b8a-3c2d-4e1f-9a7b-5c6d7e8f9a0b';
export const TEAMS_APP_ID = 'a1b2c3d4-e5f6-4789-8abc-def012345678';

/** An environment with only what the package reads, so that the runner's own variables cannot leak in. */
export function packageEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { MicrosoftAppId: BOT_ID, ...overrides };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  return env;
}

export interface UnzippedPackage {
  names: string[];
  json: (name: string) => Record<string, unknown>;
  png: (name: string) => PNG;
}

export async function unzip(zipPath: string): Promise<UnzippedPackage> {
  const zip = await JSZip.loadAsync(new Uint8Array(readFileSync(zipPath)));
  const contents = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) contents.set(entry.name, await entry.async('nodebuffer'));
  const read = (name: string): Buffer => {
    const data = contents.get(name);
    if (!data) throw new Error(`${name} is not in ${zipPath}`);
    return data;
  };
  return {
    names: [...contents.keys()].sort(),
    json: (name) => JSON.parse(read(name).toString('utf8')) as Record<string, unknown>,
    png: (name) => PNG.sync.read(read(name)),
  };
}
