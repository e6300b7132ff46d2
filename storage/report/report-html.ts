import { readFileSync } from 'node:fs';
import { projectPath } from '../../config/paths';
import type { TFunction } from 'i18next';
import type { EditorsReport } from '../analytics/report-types';

/** chart.js's UMD build (its package exports do not list it, hence the path). */
const CHART_JS = (): string => projectPath('node_modules', 'chart.js', 'dist', 'chart.umd.min.js');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** JSON inside a <script>: `<` escaped so that no text closes the element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

function table(headers: string[], rows: Array<Array<string | number>>): string {
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((value) => `<td>${escapeHtml(String(value))}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A page that needs nothing else: chart.js's UMD build inlined, the figures as JSON beside it, no CDN. */
export function reportHtml(report: EditorsReport, t: TFunction, lang: string): string {
  const { totals } = report;
  const rate = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)} %`);
  const series = {
    labels: report.timeline.map((point) => point.start),
    answers: report.timeline.map((point) => point.answers),
    unanswered: report.timeline.map((point) => point.unanswered),
    names: { answers: t('answers'), unanswered: t('unanswered') },
  };
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(t('title'))}</title>
<style>body{font-family:Marianne,Arial,sans-serif;margin:2rem;color:#161616}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ddd;padding:.3rem .6rem;text-align:left}h1{color:#000091}</style>
</head><body>
<h1>${escapeHtml(t('title'))}</h1>
<p>${escapeHtml(t('period', { since: report.period.since.slice(0, 10), until: report.period.until.slice(0, 10) }))}</p>
<h2>${escapeHtml(t('totals'))}</h2>
${table([t('answers'), t('helpful'), t('notHelpful'), t('unanswered'), t('didYouMean'), t('rate')], [[totals.answers, totals.helpful, totals.notHelpful, totals.unanswered, totals.didYouMean, rate(totals.helpfulRate)]])}
<h2>${escapeHtml(t('timeline'))}</h2>
<canvas id="timeline" width="800" height="300" role="img" aria-label="${escapeHtml(t('timeline'))}"></canvas>
<h2>${escapeHtml(t('entries'))}</h2>
${table([t('entry'), 'id', t('shown'), t('helpful'), t('notHelpful'), t('rate')], report.entries.map((entry) => [entry.title, entry.id, entry.shown, entry.helpful, entry.notHelpful, rate(entry.rate)]))}
<h2>${escapeHtml(t('groups'))}</h2>
${table([t('question'), t('count'), t('examples'), t('closest')], report.unanswered.map((group) => [group.text, group.count, group.examples.join(' · '), group.closest.map((entry) => entry.title).join(' · ')]))}
<h2>${escapeHtml(t('suggestions'))}</h2>
${table([t('entry'), t('question'), t('users')], report.suggestions.map((suggestion) => [suggestion.title, suggestion.question, suggestion.users]))}
<script id="report-data" type="application/json">${scriptJson(report)}</script>
<script>${readFileSync(CHART_JS(), 'utf8').replace(/<\/script/gi, '<\\/script')}</script>
<script>(function(){var s=${scriptJson(series)};new Chart(document.getElementById('timeline'),{type:'bar',data:{labels:s.labels,datasets:[{label:s.names.answers,data:s.answers,backgroundColor:'#000091'},{label:s.names.unanswered,data:s.unanswered,backgroundColor:'#e1000f'}]},options:{animation:false,responsive:false}});})();</script>
</body></html>
`;
}
