import type { FeedbackStats } from '../../../../storage';
import { html } from '../../html';
import type { AdminPageContext } from './shell';

export interface DashboardView {
  stats: FeedbackStats;
  days: number;
}

function rate(stats: FeedbackStats, lang: string): string {
  const rated = stats.helpful + stats.notHelpful;
  if (rated === 0) return '—';
  return new Intl.NumberFormat(lang, { style: 'percent' }).format(stats.helpful / rated);
}

/** The dashboard: the period's figures, then the answers' ratings. */
export function dashboardBody(context: AdminPageContext, view: DashboardView) {
  const { a, lang } = context;
  const { stats } = view;
  const figure = (label: string, value: string | number) =>
    html`<li class="figure"><span class="figure__value">${String(value)}</span> <span class="figure__label">${label}</span></li>`;
  const periods = [7, 30, 90, 365];
  return html`<h1>${a('dashboard.title')}</h1>
    <p class="lead">${a('dashboard.intro')}</p>
    <form class="filters" method="get" action="/admin">
      <input type="hidden" name="lang" value="${lang}" />
      <div class="form-field">
        <label for="period">${a('filters.period')}</label>
        <select id="period" name="days">
          ${periods.map((days) => html`<option value="${days}" ${days === view.days ? html`selected` : ''}>${a(`filters.since${days}`)}</option>`)}
        </select>
      </div>
      <button class="button" type="submit">${a('filters.apply')}</button>
    </form>
    <ul class="figures" id="figures">
      ${figure(a('dashboard.answers'), stats.total - stats.unanswered)} ${figure(a('dashboard.helpful'), stats.helpful)}
      ${figure(a('dashboard.notHelpful'), stats.notHelpful)} ${figure(a('dashboard.unanswered'), stats.unanswered)}
      ${figure(a('dashboard.rate'), rate(stats, lang))}
    </ul>
    <table class="data-table">
      <caption>${a('dashboard.byEntry')}</caption>
      <thead><tr><th scope="col">${a('dashboard.entry')}</th><th scope="col" class="number">${a('dashboard.helpful')}</th><th scope="col" class="number">${a('dashboard.notHelpful')}</th></tr></thead>
      <tbody>
        ${stats.byEntry.length === 0 ? html`<tr><td colspan="3">${a('dashboard.noData')}</td></tr>` : ''}
        ${stats.byEntry.map((row) => html`<tr><td>${row.entryId}</td><td class="number">${row.helpful}</td><td class="number">${row.notHelpful}</td></tr>`)}
      </tbody>
    </table>`;
}
