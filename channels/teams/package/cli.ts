import { parseArgs } from 'node:util';
import { ConfigError } from '../../../config/settings';
import { buildTeamsPackage } from './build';
import { formatIssue, TeamsPackageValidationError } from './errors';
import { DEFAULT_OUT_PATH } from './layout';

/* Operator tool: its messages are for whoever deploys the bot, in English like the logs, not through i18next. */

const USAGE = `Usage: npm run teams:package -- [--out <file.zip>]

Builds the Microsoft Teams app package (manifest.json, fr.json, color.png, outline.png).
  --out <file.zip>  where to write it (default: ${DEFAULT_OUT_PATH})

Environment: MicrosoftAppId (required), PUBLIC_URL, TEAMS_APP_ID, TEAMS_APP_VERSION, TEAMS_DEVELOPER_NAME,
TEAMS_PRIVACY_URL, TEAMS_TERMS_URL.`;

function readArgs(argv: string[]): { out?: string; help: boolean } | undefined {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    });
    return { out: values.out, help: values.help ?? false };
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return undefined;
  }
}

function report(error: unknown): void {
  if (error instanceof TeamsPackageValidationError) {
    console.error(`The Teams package is invalid (${error.issues.length} problem(s)); nothing was written:`);
    for (const issue of error.issues) console.error(`  - ${formatIssue(issue)}`);
  } else if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
}

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv);
  if (!args) return 2;
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    const built = await buildTeamsPackage({ outPath: args.out });
    for (const name of built.placeholders) console.warn(`Warning: ${name} is not set; the package uses a placeholder.`);
    console.log(`Teams app package written to ${built.zipPath}`);
    const { id, bots, version } = built.manifest;
    console.log(`  app id ${id}, bot id ${bots?.[0]?.botId}, version ${version}`);
    return 0;
  } catch (error) {
    report(error);
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
