import { SETTINGS } from './config';
import type { Setting } from './settings';
import { PACKAGE_SETTINGS } from './teams-package-settings';

/** Prints the README's configuration tables from the settings themselves, so the two cannot drift apart. */
function table(settings: Record<string, Setting<unknown>>): string {
  const rows = Object.values(settings).map((s) => `| \`${s.env}\` | ${s.defaultText} | ${s.doc} |`);
  return ['| Variable | Default | Meaning |', '|---|---|---|', ...rows].join('\n');
}

process.stdout.write(`${table(SETTINGS)}\n\nTeams package (\`npm run teams:package\`):\n\n${table(PACKAGE_SETTINGS)}\n`);
