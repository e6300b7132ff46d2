import { writeFileSync } from 'node:fs';
import { loadKnowledgeBase, Matcher } from '../../knowledge';
import { translator } from '../../locales';
import { buildEditorsReport } from '../analytics/build-report';
import { parseReportArgs, type ReportArgs } from '../report/report-args';
import { reportCsv, reportJson, reportMarkdown } from '../report/report-formats';
import { reportHtml } from '../report/report-html';
import { runStorageCommand } from './run-command';

const USAGE = `Usage: npm run --silent report -- [--since 30d|YYYY-MM-DD] [--format md|csv|json|html] [--out FILE]
                                   [--until 0d|YYYY-MM-DD] [--lang fr|en] [--channel ID] [--topic facet:value]
                                   [--display-lang fr|en]

The editors' report from the store the bot uses (DATA_DIR / DATABASE_URL) and its knowledge (KNOWLEDGE_DIR):
answers shown, ratings, unanswered questions grouped by need, alternates suggested by users. Default: the last 30
days, as Markdown on the standard output. Exit codes: 0 done, 1 failed, 2 bad usage.`;

function render(args: ReportArgs, report: Awaited<ReturnType<typeof buildEditorsReport>>): string {
  const lang = args.filters.displayLang ?? 'fr';
  const t = translator(lang, 'report');
  if (args.format === 'json') return reportJson(report);
  if (args.format === 'csv') return reportCsv(report);
  if (args.format === 'html') return reportHtml(report, t, lang);
  return reportMarkdown(report, t);
}

void runStorageCommand('report', USAGE, async (storage, config) => {
  const args = parseReportArgs(process.argv.slice(2), new Date());
  if (args.help) return `${USAGE}\n`;
  const kb = loadKnowledgeBase(config.knowledgeDir);
  const report = await buildEditorsReport(storage.events, new Matcher(kb), { ...args.filters, displayLang: args.filters.displayLang ?? config.defaultLang });
  const text = render(args, report);
  if (args.out === undefined) return text;
  writeFileSync(args.out, text);
  return '';
});
