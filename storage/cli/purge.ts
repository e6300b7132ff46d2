import { purgeExpired, retentionCutoff } from '../retention/purge';
import { runStorageCommand, UsageError } from './run-command';

const USAGE = `Usage: npm run --silent purge [-- --json]

Applies the retention period (RETENTION_DAYS, default 90) now, as the running bot does daily: deletes state not
written since, strips older feedback to its figures. Prints the records changed per table (--json: one JSON object).
Exit codes: 0 done, 1 failed, 2 bad usage.`;

void runStorageCommand('purge', USAGE, async (storage, config) => {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const unknown = args.find((arg) => !['--json', '--help', '-h'].includes(arg));
  if (unknown) throw new UsageError(`unknown argument ${unknown}`);
  if (args.includes('--help') || args.includes('-h')) return `${USAGE}\n`;
  const now = Date.now();
  const changed = await purgeExpired(storage.retention, { retentionDays: config.retentionDays, now: () => now });
  const cutoff = retentionCutoff(config.retentionDays, now).toISOString();
  if (args.includes('--json')) return `${JSON.stringify({ retentionDays: config.retentionDays, cutoff, changed })}\n`;
  const rows = Object.entries(changed).map(([table, count]) => `  ${table}: ${count}`);
  return [`Retention ${config.retentionDays} days (records last changed before ${cutoff}):`, ...rows, ''].join('\n');
});
