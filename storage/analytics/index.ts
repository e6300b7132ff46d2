/**
 * Analytics for the FAQ's editors: the events the dialogs record (answers shown, "did you mean" menus), and the
 * editors' report built from them, the feedback records and the knowledge base. Used by `npm run report` and the admin
 * page alike; knows nothing of HTTP nor of the bot SDK.
 *
 *   const reader = await SqlAnalyticsReader.open(storage.database);
 *   const report = await buildEditorsReport(reader, matcher, { since, lang: 'fr' });
 */
export * from './report-types';
export * from './question-events';
export type { AnalyticsReader, AnalyticsRecords, ReportKnowledge } from './analytics-reader';
export { buildEditorsReport, DEFAULT_PERIOD_DAYS } from './build-report';
