import { LANGS, type Lang } from '../../knowledge/types';
import type { ReportFilters } from '../analytics/report-types';
import { splitFlags, UsageError, valueOf } from '../cli/run-command';

export const REPORT_FORMATS = ['md', 'csv', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportArgs {
  filters: ReportFilters;
  format: ReportFormat;
  out?: string;
  help: boolean;
}

const DAY = 86_400_000;

/** `30d` (days before now) or `YYYY-MM-DD` (that day, UTC). */
export function parseSince(value: string, now: Date): Date {
  const days = /^(\d{1,4})d$/.exec(value);
  if (days) return new Date(now.getTime() - Number(days[1]) * DAY);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isFinite(date.getTime()) && date.toISOString().startsWith(value)) return date;
  }
  throw new UsageError(`--since expects a number of days such as 30d, or a date YYYY-MM-DD, got "${value}"`);
}

function topicOf(value: string): { facet: string; value: string } {
  const [facet, id, ...rest] = value.split(':');
  if (!facet || !id || rest.length > 0) throw new UsageError(`--topic expects facet:value (e.g. offer:segur), got "${value}"`);
  return { facet, value: id };
}

function langOf(value: string, flag: string): Lang {
  if (!(LANGS as readonly string[]).includes(value)) throw new UsageError(`${flag} expects ${LANGS.join(' or ')}, got "${value}"`);
  return value as Lang;
}

/** The command line of `npm run report`; anything unknown or malformed is a `UsageError` (exit code 2). */
export function parseReportArgs(argv: readonly string[], now: Date): ReportArgs {
  const args = splitFlags(argv.filter((arg) => arg !== '--'));
  const parsed: ReportArgs = { filters: { until: now }, format: 'md', help: false };
  for (let index = 0; index < args.length; index += 1) {
    const flag = args[index] as string;
    if (flag === '--help' || flag === '-h') {
      parsed.help = true;
      continue;
    }
    const value = (): string => valueOf(args, index++, flag);
    if (flag === '--since') parsed.filters.since = parseSince(value(), now);
    else if (flag === '--until') parsed.filters.until = parseSince(value(), now);
    else if (flag === '--format') {
      const format = value();
      if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format expects ${REPORT_FORMATS.join(', ')}, got "${format}"`);
      parsed.format = format as ReportFormat;
    } else if (flag === '--out') parsed.out = value();
    else if (flag === '--lang') parsed.filters.lang = langOf(value(), flag);
    else if (flag === '--display-lang') parsed.filters.displayLang = langOf(value(), flag);
    else if (flag === '--channel') parsed.filters.channel = value();
    else if (flag === '--topic') parsed.filters.topic = topicOf(value());
    else throw new UsageError(`unknown argument ${flag}`);
  }
  const { since, until } = parsed.filters;
  if (since && until && since >= until) throw new UsageError('--since must be before --until');
  return parsed;
}
