import { stringify } from 'csv-stringify/sync';
import type { TFunction } from 'i18next';
import type { EditorsReport } from '../analytics/report-types';

const percent = (rate: number | null): string => (rate === null ? '–' : `${Math.round(rate * 100)} %`);
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function reportJson(report: EditorsReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** One table; `section` says what a row counts (totals, entry, language, channel, topic, day/week, unanswered, suggestion). */
export function reportCsv(report: EditorsReport): string {
  const rows: Array<Array<string | number>> = [['section', 'key', 'label', 'answers', 'helpful', 'notHelpful', 'unanswered', 'count', 'rate']];
  const { totals } = report;
  const rate = (value: number | null) => (value === null ? '' : value);
  rows.push(['totals', '', '', totals.answers, totals.helpful, totals.notHelpful, totals.unanswered, totals.didYouMean, rate(totals.helpfulRate)]);
  for (const entry of report.entries) rows.push(['entry', entry.id, entry.title, entry.shown, entry.helpful, entry.notHelpful, '', '', rate(entry.rate)]);
  for (const [section, slices] of [['language', report.byLanguage], ['channel', report.byChannel], ['topic', report.byTopic]] as const) {
    for (const slice of slices) rows.push([section, slice.key, 'label' in slice ? slice.label : '', slice.answers, slice.helpful, slice.notHelpful, slice.unanswered, '', rate(slice.rate)]);
  }
  for (const point of report.timeline) rows.push([report.period.step, point.start, '', point.answers, point.helpful, point.notHelpful, point.unanswered, '', rate(point.helpfulRate)]);
  for (const group of report.unanswered) rows.push(['unanswered', group.text, group.examples.join(' | '), '', '', '', group.unanswered, group.count, '']);
  for (const suggestion of report.suggestions) rows.push(['suggestion', suggestion.entryId, suggestion.question, '', '', '', '', suggestion.users, '']);
  return stringify(rows);
}

export function reportMarkdown(report: EditorsReport, t: TFunction): string {
  const { totals } = report;
  const lines = [
    `# ${t('title')}`,
    '',
    t('period', { since: report.period.since.slice(0, 10), until: report.period.until.slice(0, 10) }),
    '',
    `## ${t('totals')}`,
    '',
    `| ${t('answers')} | ${t('helpful')} | ${t('notHelpful')} | ${t('unanswered')} | ${t('didYouMean')} | ${t('rate')} |`,
    '|---:|---:|---:|---:|---:|---:|',
    `| ${totals.answers} | ${totals.helpful} | ${totals.notHelpful} | ${totals.unanswered} | ${totals.didYouMean} | ${percent(totals.helpfulRate)} |`,
    '',
    `## ${t('entries')}`,
    '',
    `| ${t('entry')} | id | ${t('shown')} | ${t('helpful')} | ${t('notHelpful')} | ${t('rate')} |`,
    '|---|---|---:|---:|---:|---:|',
    ...report.entries.map((entry) => `| ${cell(entry.title)} | ${entry.id} | ${entry.shown} | ${entry.helpful} | ${entry.notHelpful} | ${percent(entry.rate)} |`),
    '',
    `## ${t('groups')}`,
    '',
    `| ${t('question')} | ${t('count')} | ${t('examples')} | ${t('closest')} |`,
    '|---|---:|---|---|',
    ...report.unanswered.map((group) => `| ${cell(group.text)} | ${group.count} | ${cell(group.examples.join(' · '))} | ${group.closest.map((entry) => entry.id).join(', ')} |`),
    '',
    `## ${t('suggestions')}`,
    '',
    `| ${t('entry')} | ${t('question')} | ${t('users')} |`,
    '|---|---|---:|',
    ...report.suggestions.map((suggestion) => `| ${suggestion.entryId} | ${cell(suggestion.question)} | ${suggestion.users} |`),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
