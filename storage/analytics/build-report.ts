import { titleFor, type Lang } from '../../knowledge';
import type { FeedbackRecord } from '../feedback/feedback-store';
import type { AnalyticsReader, ReportKnowledge } from './analytics-reader';
import { alternateSuggestions, questionGroups } from './question-groups';
import type { QuestionEventRecord } from './question-events';
import { entryFigures, rate, sliceFigures, timeline } from './report-figures';
import type { EditorsReport, ReportFilters, TopicFigures } from './report-types';

const DAY = 86_400_000;
/** Periods longer than this are stepped by week. */
const DAILY_UP_TO_DAYS = 62;
export const DEFAULT_PERIOD_DAYS = 30;

/** The topics (`facet:value`) a record is about: those searched in, and for an answer the entry's own. */
function topicsOf(knowledge: ReportKnowledge, record: { facets: Record<string, string | undefined>; entryId: string | null }): string[] {
  const keys = Object.entries(record.facets).flatMap(([facet, value]) => (value ? [`${facet}:${value}`] : []));
  const entry = record.entryId ? knowledge.entry(record.entryId) : undefined;
  for (const [facet, values] of Object.entries(entry?.facets ?? {})) for (const value of values ?? []) keys.push(`${facet}:${value}`);
  return [...new Set(keys)];
}

function topicFigures(knowledge: ReportKnowledge, slices: ReturnType<typeof sliceFigures>, lang: Lang): TopicFigures[] {
  return slices.map((slice) => {
    const [facet = '', value = ''] = slice.key.split(':');
    const label = knowledge.kb.facets.find((definition) => definition.name === facet)?.values.find((known) => known.id === value)?.label[lang];
    return { ...slice, facet, value, label: label ?? value };
  });
}

/**
 * The editors' report for a period and slice: read once from the store (`reader`), named and grouped with the
 * knowledge being served. The same records give the same report, whichever database holds them.
 */
export async function buildEditorsReport(reader: AnalyticsReader, knowledge: ReportKnowledge, filters: ReportFilters = {}): Promise<EditorsReport> {
  const until = filters.until ?? new Date();
  const since = filters.since ?? new Date(until.getTime() - DEFAULT_PERIOD_DAYS * DAY);
  const lang = filters.displayLang ?? 'fr';
  const step = until.getTime() - since.getTime() > DAILY_UP_TO_DAYS * DAY ? 'week' : 'day';
  const records = await reader.records({ from: since, to: until, lang: filters.lang, channelId: filters.channel });
  const topic = filters.topic ? `${filters.topic.facet}:${filters.topic.value}` : undefined;
  const inTopic = (record: QuestionEventRecord | FeedbackRecord): boolean => topic === undefined || topicsOf(knowledge, record).includes(topic);
  const events = records.events.filter(inTopic);
  const feedback = records.feedback.filter(inTopic);
  const answers = events.filter((event) => event.kind === 'answer');
  const menus = events.filter((event) => event.kind === 'did-you-mean');
  const ratings = feedback.filter((record) => record.entryId !== null && record.helpful !== null);
  const unanswered = feedback.filter((record) => record.entryId === null);
  const helpful = ratings.filter((record) => record.helpful).length;
  const notHelpful = ratings.length - helpful;
  const titleOf = (id: string) => {
    const entry = knowledge.entry(id);
    return entry ? { title: titleFor(entry, lang), known: true } : { title: id, known: false };
  };
  const tag = (keysOf: (record: QuestionEventRecord | FeedbackRecord) => string[]) =>
    sliceFigures({
      answers: answers.map((event) => ({ keys: keysOf(event) })),
      ratings: ratings.map((record) => ({ keys: keysOf(record), helpful: record.helpful === true })),
      unanswered: unanswered.map((record) => ({ keys: keysOf(record) })),
    });
  return {
    period: { since: since.toISOString(), until: until.toISOString(), step },
    filters: { lang: filters.lang ?? null, channel: filters.channel ?? null, topic: filters.topic ?? null },
    totals: { answers: answers.length, helpful, notHelpful, unanswered: unanswered.length, didYouMean: menus.length, helpfulRate: rate(helpful, notHelpful) },
    entries: entryFigures(answers, ratings, titleOf),
    byTopic: topicFigures(knowledge, tag((record) => topicsOf(knowledge, record)), lang),
    byLanguage: tag((record) => [record.lang]),
    byChannel: tag((record) => [record.channelId]),
    timeline: timeline(since, until, step, answers, ratings, unanswered),
    unanswered: questionGroups(knowledge, unanswered, menus),
    suggestions: alternateSuggestions(knowledge, answers, ratings),
  };
}
