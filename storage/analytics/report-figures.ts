import type { FeedbackRecord } from '../feedback/feedback-store';
import { FEEDBACK_REASONS } from '../feedback/feedback-store';
import type { QuestionEventRecord } from './question-events';
import type { EntryFigures, ReachedByCounts, SliceFigures, TimelinePoint } from './report-types';

export const rate = (helpful: number, notHelpful: number): number | null =>
  helpful + notHelpful === 0 ? null : Math.round((helpful / (helpful + notHelpful)) * 1000) / 1000;

const REACH_FIELD = { cascade: 'cascade', typed: 'typed', 'did-you-mean': 'didYouMean', alternative: 'alternative', 'see-also': 'seeAlso' } as const;

function emptyEntry(id: string, title: string, known: boolean): EntryFigures {
  const reasons = Object.fromEntries(FEEDBACK_REASONS.map((reason) => [reason, 0])) as EntryFigures['notHelpfulReasons'];
  const reachedBy: ReachedByCounts = { cascade: 0, typed: 0, didYouMean: 0, alternative: 0, seeAlso: 0 };
  return { id, title, known, shown: 0, helpful: 0, notHelpful: 0, rate: null, notHelpfulReasons: reasons, reachedBy };
}

/** Per entry: answers shown and how reached (events), ratings and reasons (feedback). Most shown first. */
export function entryFigures(
  answers: readonly QuestionEventRecord[],
  ratings: readonly FeedbackRecord[],
  titleOf: (id: string) => { title: string; known: boolean },
): EntryFigures[] {
  const byId = new Map<string, EntryFigures>();
  const of = (id: string): EntryFigures => {
    let figures = byId.get(id);
    if (!figures) {
      const { title, known } = titleOf(id);
      figures = emptyEntry(id, title, known);
      byId.set(id, figures);
    }
    return figures;
  };
  for (const event of answers) {
    const figures = of(event.entryId ?? '');
    figures.shown += 1;
    if (event.reachedBy) figures.reachedBy[REACH_FIELD[event.reachedBy]] += 1;
  }
  for (const record of ratings) {
    const figures = of(record.entryId ?? '');
    if (record.helpful) figures.helpful += 1;
    else figures.notHelpful += 1;
    if (record.reason) figures.notHelpfulReasons[record.reason] += 1;
  }
  const all = [...byId.values()].map((figures) => ({ ...figures, rate: rate(figures.helpful, figures.notHelpful) }));
  return all.sort((a, b) => b.shown - a.shown || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Records tagged with the slice keys they belong to (a language, a channel, topics). */
export interface Tagged {
  answers: Array<{ keys: string[] }>;
  ratings: Array<{ keys: string[]; helpful: boolean }>;
  unanswered: Array<{ keys: string[] }>;
}

/** Figures per slice key, by key. */
export function sliceFigures(tagged: Tagged): SliceFigures[] {
  const byKey = new Map<string, SliceFigures>();
  const of = (key: string): SliceFigures => {
    let figures = byKey.get(key);
    if (!figures) byKey.set(key, (figures = { key, answers: 0, helpful: 0, notHelpful: 0, unanswered: 0, rate: null }));
    return figures;
  };
  for (const { keys } of tagged.answers) for (const key of keys) of(key).answers += 1;
  for (const { keys, helpful } of tagged.ratings) for (const key of keys) of(key)[helpful ? 'helpful' : 'notHelpful'] += 1;
  for (const { keys } of tagged.unanswered) for (const key of keys) of(key).unanswered += 1;
  return [...byKey.values()].map((figures) => ({ ...figures, rate: rate(figures.helpful, figures.notHelpful) })).sort((a, b) => (a.key < b.key ? -1 : 1));
}

const DAY = 86_400_000;

/** The first day of `at`'s step (UTC): the day, or the Monday of its week. */
function stepStart(at: Date, step: 'day' | 'week'): number {
  const day = Math.floor(at.getTime() / DAY) * DAY;
  if (step === 'day') return day;
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return day - weekday * DAY;
}

/** One point per step from `since` to `until`, empty steps included. */
export function timeline(
  since: Date,
  until: Date,
  step: 'day' | 'week',
  answers: readonly { at: Date }[],
  ratings: readonly { at: Date; helpful: boolean | null }[],
  unanswered: readonly { at: Date }[],
): TimelinePoint[] {
  const points = new Map<number, TimelinePoint>();
  const width = step === 'day' ? DAY : 7 * DAY;
  for (let start = stepStart(since, step); start < until.getTime(); start += width) {
    const day = new Date(start).toISOString().slice(0, 10);
    points.set(start, { start: day, answers: 0, unanswered: 0, helpful: 0, notHelpful: 0, helpfulRate: null });
  }
  const at = (date: Date): TimelinePoint | undefined => points.get(stepStart(date, step));
  for (const event of answers) { const point = at(event.at); if (point) point.answers += 1; }
  for (const record of unanswered) { const point = at(record.at); if (point) point.unanswered += 1; }
  for (const record of ratings) { const point = at(record.at); if (point) point[record.helpful ? 'helpful' : 'notHelpful'] += 1; }
  return [...points.values()].map((point) => ({ ...point, helpfulRate: rate(point.helpful, point.notHelpful) }));
}
