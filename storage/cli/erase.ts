import { dataSubject, eraseSubject, type ErasureReport } from '../retention/erase';
import { runStorageCommand, splitFlags, UsageError, valueOf } from './run-command';

const USAGE = `Usage: npm run --silent erase -- --user ID [--channel CHANNEL]... [--json]

Deletes everything the bot keeps about one user (a data-subject request): their user state, the state of their
conversations, and their feedback. ID is the user's id on their channel (Teams: the 29:… id; web chat: the dl_…
or user id of the page). Without --channel, every channel known or present in the feedback is covered.
Prints the records deleted per table (--json: one JSON object). Exit codes: 0 done, 1 failed, 2 bad usage.`;

interface EraseOptions {
  userId: string;
  channels: string[];
  json: boolean;
  help: boolean;
}

function parse(argv: readonly string[]): EraseOptions {
  const args = splitFlags(argv);
  const options: EraseOptions = { userId: '', channels: [], json: false, help: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--user') options.userId = valueOf(args, i++, arg).trim();
    else if (arg === '--channel') options.channels.push(valueOf(args, i++, arg).trim());
    else if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg !== '--') throw new UsageError(`unknown argument ${arg}`);
  }
  if (!options.help && options.userId === '') throw new UsageError('--user ID is required');
  return options;
}

function asText(report: ErasureReport): string {
  const rows = Object.entries(report.deleted).map(([table, count]) => `  ${table}: ${count} deleted`);
  return [
    `Erased user ${report.userId} (channels: ${report.channels.join(', ')}; ${report.conversations} conversation(s) found)`,
    ...rows,
    '',
  ].join('\n');
}

void runStorageCommand('erase', USAGE, async (storage) => {
  const options = parse(process.argv.slice(2));
  if (options.help) return `${USAGE}\n`;
  const subject = await dataSubject(storage.retention, storage.userRefs, options.userId, options.channels);
  const report = await eraseSubject(storage.retention, subject);
  return options.json ? `${JSON.stringify(report)}\n` : asText(report);
});
